/**
 * A plan's staff as a whole ("Cán bộ, công chức, viên chức", "… và người lao động") assigned a duty of their own in
 * the implementation part: the group leads that duty, one lead (the group is one body, its commas are its name's).
 * Only where the group is directly followed by its label's colon or a duty verb; a sentence about the staff (what
 * happens to them, what they are) stays text. Expected records written by hand from the plan below.
 */
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import type { PlanDocument } from "../../src/schema/plan.js";

const PLAN = [
  "ỦY BAN NHÂN DÂN",
  "XÃ TÂN LẬP",
  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "Độc lập - Tự do - Hạnh phúc",
  "",
  "Số: 15/KH-UBND",
  "Tân Lập, ngày 10 tháng 02 năm 2026",
  "",
  "KẾ HOẠCH",
  "Thực hiện kỷ luật, kỷ cương hành chính năm 2026",
  "",
  "I. MỤC ĐÍCH, YÊU CẦU",
  "1. Cán bộ, công chức, viên chức nâng cao ý thức trách nhiệm trong thực thi công vụ.",
  "2. Cán bộ, công chức thực hiện nghiêm quy định về văn hóa công sở.",
  "",
  "II. TỔ CHỨC THỰC HIỆN",
  "1. Văn phòng HĐND và UBND xã: chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch, báo cáo kết quả trước ngày 15/12/2026.",
  "2. Cán bộ, công chức, viên chức: nghiêm túc chấp hành giờ giấc làm việc, đeo thẻ công chức khi thi hành công vụ.",
  "3. Cán bộ, công chức, viên chức và người lao động tham gia đầy đủ các lớp bồi dưỡng về văn hóa công vụ trong Quý III/2026.",
  "4. Cán bộ, công chức, viên chức vi phạm kỷ luật sẽ bị xử lý theo quy định của pháp luật.",
  "5. Cán bộ, công chức là người trực tiếp giải quyết thủ tục hành chính cho người dân.",
  "",
  "Nơi nhận:",
  "- UBND huyện;",
  "- Lưu: VT.",
  "",
  "TM. ỦY BAN NHÂN DÂN",
  "CHỦ TỊCH",
  "Nguyễn Văn An",
].join("\n");

describe("the staff as a group leading its duty", () => {
  let doc: PlanDocument;
  it("parses", async () => {
    doc = await parsePlan(new TextEncoder().encode(PLAN), { path: "staff-group.txt" });
    expect(doc.meta.issuer).toBe("UBND xã Tân Lập");
  });

  it("the group with its colon and the group before its verb lead; the sentences about the staff, here and in the purpose section, are no records", () => {
    expect(doc.tasks.map((t) => [t.number, t.lead])).toEqual([
      ["1", ["Văn phòng HĐND và UBND xã"]],
      ["2", ["Cán bộ, công chức, viên chức"]],
      ["3", ["Cán bộ, công chức, viên chức và người lao động"]],
    ]);
  });

  it("the duty after the group", () => {
    expect(doc.tasks[1]!.task).toBe("Nghiêm túc chấp hành giờ giấc làm việc, đeo thẻ công chức khi thi hành công vụ.");
    expect(doc.tasks[2]!.task).toBe("Tham gia đầy đủ các lớp bồi dưỡng về văn hóa công vụ trong Quý III/2026.");
  });
});
