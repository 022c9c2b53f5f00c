/**
 * Small hand-made appendix tables, one per quirk real plans have. Each table is written as a text plan (TAB-separated
 * rows) and goes through the whole pipeline; expected records are what a careful reader of the table writes down.
 */
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import type { PlanDocument } from "../../src/schema/plan.js";

const HEAD = "KẾ HOẠCH\nCải cách hành chính năm 2024\n\nI. MỤC TIÊU\n\nNội dung.\n\nPHỤ LỤC\n\n";

function plan(rows: string[][], options: { head?: string } = {}): Promise<PlanDocument> {
  const table = rows.map((r) => r.join("\t")).join("\n");
  return parsePlan(Buffer.from(`${options.head ?? HEAD}${table}\n`, "utf8"), { path: "quirk.txt" });
}

const SIX = ["Nhiệm vụ chung", "Nhiệm vụ cụ thể", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"];

describe("column mapping", () => {
  it("maps columns by header words in any order and subset, unknown columns to extra", async () => {
    const doc = await plan([
      ["Thời hạn", "STT", "Nội dung", "Đơn vị thực hiện", "Ghi chú"],
      ["Quý III/2024", "1", "Rà soát thủ tục hành chính", "Văn phòng UBND", "Ưu tiên"],
    ]);
    expect(doc.tables[0]?.columns).toEqual(["Thời hạn", "STT", "Nội dung", "Đơn vị thực hiện", "Ghi chú"]);
    expect(doc.tasks).toHaveLength(1);
    expect(doc.tasks[0]).toMatchObject({
      number: "1",
      task: "Rà soát thủ tục hành chính",
      lead: ["Văn phòng UBND"],
      deadline: { start: "2024-07-01", end: "2024-09-30" },
      extra: { "Ghi chú": "Ưu tiên" },
    });
    expect(doc.diagnostics.some((d) => d.code === "column-unmapped" && d.message.includes("Ghi chú"))).toBe(true);
  });
  it("reads a header whose words lost their spaces and drops the header repeated after a page break", async () => {
    const doc = await plan([
      ["TT", "Nhiệm vụ", "Chủ trìthực hiện", "Phối hợp", "Thời gian hoàn thành"],
      ["1", "Việc một", "Phòng Nội vụ", "", "Năm 2024"],
      [],
      ["TT", "Nhiệm vụ", "Chủ trìthực hiện", "Phối hợp", "Thời gian hoàn thành"],
      ["2", "Việc hai", "Phòng Tư pháp", "", "Tháng 5/2024"],
    ]);
    expect(doc.tasks.map((t) => [t.number, t.task, t.lead[0]])).toEqual([
      ["1", "Việc một", "Phòng Nội vụ"],
      ["2", "Việc hai", "Phòng Tư pháp"],
    ]);
  });
});

describe("groups", () => {
  it("sets areaLabel from group rows and subArea from lettered sub-groups, in upper case or not", async () => {
    const doc = await plan([
      ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"],
      ["I", "CẢI CÁCH THỂ CHẾ", "", "", ""],
      ["1", "Rà soát văn bản", "Phòng Tư pháp", "", "Năm 2024"],
      ["II", "XÂY DỰNG CHÍNH QUYỀN SỐ", "", "", ""],
      ["A", "Chính quyền điện tử", "", "", ""],
      ["1", "Số hóa hồ sơ", "Văn phòng", "", "Năm 2024"],
      ["B", "Áp dụng ISO", "", "", ""],
      ["1", "Duy trì ISO", "Văn phòng", "", "Năm 2024"],
    ]);
    expect(doc.tasks.map((t) => [t.area, t.areaLabel, t.subArea])).toEqual([
      ["institutions", "Cải cách thể chế", null],
      ["digital_government", "Xây dựng chính quyền số", "Chính quyền điện tử"],
      ["digital_government", "Xây dựng chính quyền số", "Áp dụng ISO"],
    ]);
  });
  it("fills the group cell down and treats a label repeated after a page break as the same group", async () => {
    const doc = await plan([
      SIX,
      ["Cải cách công vụ", "1. Một", "Báo cáo", "Phòng Nội vụ", "", "Năm 2024"],
      ["", "2. Hai", "Báo cáo", "Phòng Nội vụ", "", "Năm 2024"],
      [],
      ["Cải cách công vụ", "3. Ba", "Báo cáo", "Phòng Nội vụ", "", "Năm 2024"],
    ]);
    expect(doc.tasks.map((t) => [t.number, t.areaLabel])).toEqual([
      ["1", "Cải cách công vụ"],
      ["2", "Cải cách công vụ"],
      ["3", "Cải cách công vụ"],
    ]);
    expect(doc.diagnostics.filter((d) => d.code === "numbering")).toEqual([]);
  });
});

describe("rows cut and packed", () => {
  it("merges a continuation row cut mid-sentence back into its row, never a record of its own", async () => {
    const doc = await plan([
      SIX,
      ["Cải cách thể chế", "1. Xây dựng văn bản quy phạm pháp luật theo Nghị định số", "Quyết định", "Sở Tư pháp", "Các sở", "Quý I/2024"],
      [],
      ["", "34/2016/NĐ-CP của Chính phủ", "", "", "và UBND cấp huyện", ""],
    ]);
    expect(doc.tasks).toHaveLength(1);
    expect(doc.tasks[0]!.task).toBe("Xây dựng văn bản quy phạm pháp luật theo Nghị định số 34/2016/NĐ-CP của Chính phủ");
    expect(doc.tasks[0]!.partners).toEqual(["Các sở và UBND cấp huyện"]);
  });
  it("splits a row packing numbered tasks into one record each, with cells divided by paragraph", async () => {
    const doc = await plan([
      ["TT", "Nhiệm vụ", "Sản phẩm", "Chủ trì", "Thời gian"],
      ["1", "<p>1.1. Việc một</p><p>1.2. Việc hai</p>", "<p>Báo cáo</p><p>Kế hoạch</p>", "Phòng Nội vụ", "Năm 2024"],
    ]);
    expect(doc.tasks.map((t) => [t.number, t.task, t.products, t.lead])).toEqual([
      ["1.1", "Việc một", ["Báo cáo"], ["Phòng Nội vụ"]],
      ["1.2", "Việc hai", ["Kế hoạch"], ["Phòng Nội vụ"]],
    ]);
    expect(doc.diagnostics.some((d) => d.code === "packed-row-alignment")).toBe(false);
  });
  it("says so when the division of a packed row is a guess", async () => {
    const doc = await plan([
      ["TT", "Nhiệm vụ", "Sản phẩm", "Chủ trì", "Thời gian"],
      ["1", "<p>1.1. Việc một</p><p>1.2. Việc hai</p>", "<p>A</p><p>B</p><p>C</p>", "Phòng Nội vụ", "Năm 2024"],
    ]);
    expect(doc.tasks).toHaveLength(2);
    expect(doc.diagnostics.some((d) => d.code === "packed-row-alignment")).toBe(true);
  });
});

describe("merged cells and sub-items", () => {
  it("fills lead, partners and budget down into another row of the same task", async () => {
    const doc = await plan([
      ["TT", "Nhiệm vụ", "Hoạt động", "Chủ trì", "Phối hợp", "Thời gian", "Kinh phí"],
      ["1", "Tập huấn CCHC", "1.1. Mở lớp", "Phòng Nội vụ", "Các xã", "Quý II/2024", "Ngân sách huyện"],
      ["", "", "1.2. Đánh giá", "", "", "Quý IV/2024", ""],
    ]);
    expect(doc.tasks.map((t) => [t.number, t.task, t.activities, t.lead, t.partners, t.budget, t.deadline.end])).toEqual([
      ["1", "Tập huấn CCHC", ["1.1. Mở lớp"], ["Phòng Nội vụ"], ["Các xã"], "Ngân sách huyện", "2024-06-30"],
      ["1", "Tập huấn CCHC", ["1.2. Đánh giá"], ["Phòng Nội vụ"], ["Các xã"], "Ngân sách huyện", "2024-12-31"],
    ]);
  });
  it("turns a header-only task into the parent of its '- sub-item' rows", async () => {
    const doc = await plan([
      SIX,
      ["Công tác chỉ đạo điều hành", "1. Hoạt động kiểm tra", "", "", "", ""],
      ["", "- Kiểm tra CCHC", "Báo cáo", "Sở Nội vụ", "", "Quý III/2024"],
      ["", "- Kiểm tra công vụ", "Báo cáo", "Sở Nội vụ", "", "Quý IV/2024"],
    ]);
    expect(doc.tasks.map((t) => [t.number, t.task, t.parent])).toEqual([
      [null, "Kiểm tra CCHC", "Hoạt động kiểm tra"],
      [null, "Kiểm tra công vụ", "Hoạt động kiểm tra"],
    ]);
  });
});

describe("odd rows", () => {
  it("drops an extra empty cell that shifts a row right, and pads short rows", async () => {
    const doc = await plan([
      ["TT", "Nhiệm vụ", "Chủ trì", "Thời gian"],
      ["", "1", "Việc một", "Phòng Nội vụ", "Năm 2024"],
      ["2", "Việc hai", "Phòng Tư pháp"],
    ]);
    expect(doc.tasks.map((t) => [t.number, t.task, t.lead[0], t.deadline.raw])).toEqual([
      ["1", "Việc một", "Phòng Nội vụ", "Năm 2024"],
      ["2", "Việc hai", "Phòng Tư pháp", null],
    ]);
  });
  it("keeps numbering that jumps or repeats as written, and diagnoses it", async () => {
    const doc = await plan([
      ["TT", "Nhiệm vụ", "Chủ trì", "Thời gian"],
      ["1", "Một", "Phòng A", "Năm 2024"],
      ["3", "Ba", "Phòng A", "Năm 2024"],
      ["3", "Ba nữa", "Phòng A", "Năm 2024"],
    ]);
    expect(doc.tasks.map((t) => t.number)).toEqual(["1", "3", "3"]);
    expect(doc.diagnostics.filter((d) => d.code === "numbering")).toHaveLength(2);
  });
  it("sentence-cases a task cell written in capitals", async () => {
    const doc = await plan([
      ["TT", "Nhiệm vụ", "Chủ trì", "Thời gian"],
      ["1", "TỔ CHỨC TẬP HUẤN NGHIỆP VỤ CCHC", "PHÒNG NỘI VỤ", "Năm 2024"],
    ]);
    expect(doc.tasks[0]).toMatchObject({ task: "Tổ chức tập huấn nghiệp vụ CCHC", lead: ["Phòng Nội vụ"] });
  });
});
