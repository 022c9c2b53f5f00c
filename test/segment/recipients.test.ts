/**
 * The recipients' list at the foot of a scanned plan, as OCR reads it: its label misspelt ("Noi nhận:", "Nơi nhân:",
 * "ơinhận:" with the "N" under the seal's ink) or lost altogether, the list then known by its last line "- Lưu: VT".
 * Whatever its label, the list ends the plan's body: it is no section's text and gives no duty. The plan below was
 * written by the team in the shape the OCR reader gives scanned pages (a paragraph a line).
 */
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import { afterRecipientsLabel, isRecipientsLabel } from "../../src/segment/header.js";

const PLAN = [
  "BỘ CÔNG AN",
  "Số: 12/KH-BCA",
  "Hà Nội, ngày 02 tháng 10 năm 2025",
  "KẾ HOẠCH",
  "Tổ chức hội nghị triển khai công tác phòng, chống ma túy",
  "I. MỤC ĐÍCH, YÊU CẦU",
  "Bảo đảm hội nghị diễn ra an toàn, hiệu quả.",
  "II. TỔ CHỨC THỰC HIỆN",
  "1. Giao C04 chủ trì, phối hợp với V01 chuẩn bị nội dung hội nghị.",
  "2. Công an các địa phương chuẩn bị điểm cầu trực tuyến.",
];
const FOOT = ["- Văn phòng Chính phủ (để phối hợp);", "- Công an các tỉnh, thành phố (để thực hiện);", "- Lưu: VT, C04."];
const SIGNATURE = ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Thượng tướng Nguyễn Văn Long"];

async function parse(lines: string[]) {
  return parsePlan(Buffer.from(lines.join("\n\n"), "utf8"), { path: "scan-foot.md" });
}

describe("the recipients' label as OCR reads it", () => {
  it.each(["Nơi nhận:", "Nơi nhận", "Noi nhận:", "Nơi nhân:", "Nơi nhặn;", "Nơinhận:", "ơinhận: kép", "NƠI NHẬN:", "Noi nhan: - Như trên;"])("%s", (label) => {
    expect(isRecipientsLabel(label)).toBe(true);
  });
  it("is no label in running text, where a misread word has no colon", () => {
    expect(isRecipientsLabel("Nơi nhân dân tham gia góp ý")).toBe(false);
    expect(isRecipientsLabel("Ngoài nhận thức chung")).toBe(false);
    expect(afterRecipientsLabel("Nơi nhận: - Như trên;")).toBe("- Như trên;");
  });
});

describe("the recipients' list ends the body", () => {
  it.each(["Noi nhận:", "Nơi nhân:", "ơinhận:"])("under a misread label '%s': recipients, not duties or section text", async (label) => {
    const plan = await parse([...PLAN, label, ...FOOT, ...SIGNATURE]);
    expect(plan.meta.recipients).toEqual(["Văn phòng Chính phủ (để phối hợp)", "Công an các tỉnh, thành phố (để thực hiện)", "Lưu: VT, C04"]);
    expect(plan.sections.map((s) => s.numeral)).toEqual(["I", "II"]);
    expect(plan.sections[1]!.text).not.toMatch(/Văn phòng Chính phủ|Lưu/u);
    expect(plan.tasks.map((t) => t.number)).toEqual(["1", "2"]);
    expect(plan.meta.signer).toBe("Nguyễn Văn Long");
  });

  it("with its label lost: the recipient lines up to '- Lưu: VT'", async () => {
    const plan = await parse([...PLAN, ...FOOT, ...SIGNATURE]);
    expect(plan.meta.recipients).toEqual(["Văn phòng Chính phủ (để phối hợp)", "Công an các tỉnh, thành phố (để thực hiện)", "Lưu: VT, C04"]);
    expect(plan.sections[1]!.text).not.toMatch(/Văn phòng Chính phủ|Lưu/u);
    expect(plan.tasks.map((t) => t.number)).toEqual(["1", "2"]);
  });

  it("with its label lost and a bullet misread as a number ('4. H05, K02 (để thực hiện);')", async () => {
    const plan = await parse([...PLAN, "- Văn phòng Chính phủ (để phối hợp);", "4. H05, K02 (để thực hiện);", "- Lưu: VT, C04.", ...SIGNATURE]);
    expect(plan.meta.recipients).toEqual(["Văn phòng Chính phủ (để phối hợp)", "4. H05, K02 (để thực hiện)", "Lưu: VT, C04"]);
    expect(plan.tasks.map((t) => t.number)).toEqual(["1", "2"]);
  });
});

describe("the signature block beside the recipients, read into the same lines by OCR", () => {
  // On a scan the signer's column stands beside the list; OCR reading line by line glues its words to a recipient.
  it("drops a signing title read as the first line of a recipient's paragraph", async () => {
    const plan = await parse([...PLAN, "KT. BỘ TRƯỞNG", "THỨ TRƯỚNG\n- Văn phòng Chính phủ (để phối hợp);", ...FOOT.slice(1), "Thượng tướng Nguyễn Văn Long"]);
    expect(plan.meta.recipients).toEqual(["Văn phòng Chính phủ (để phối hợp)", "Công an các tỉnh, thành phố (để thực hiện)", "Lưu: VT, C04"]);
    expect(plan.meta.signer).toBe("Nguyễn Văn Long");
  });

  it("cuts a title in capitals, as OCR misreads it, off a recipient's end, and joins the recipient's next line back", async () => {
    const plan = await parse([
      ...PLAN,
      "Nơi nhận:",
      "- Bộ Công an, Bộ Tài chính, Bộ Y PHÓ TỔ TRƯỜNG THƯỜNG",
      "tế, Bộ Quốc phòng (để báo cáo);",
      "- UBND các tỉnh, thành phố (để phối hợp);",
      "- Lưu: VT, C04.",
      "Đại tá Bùi Duy Hưng",
    ]);
    expect(plan.meta.recipients).toEqual(["Bộ Công an, Bộ Tài chính, Bộ Y tế, Bộ Quốc phòng (để báo cáo)", "UBND các tỉnh, thành phố (để phối hợp)", "Lưu: VT, C04"]);
  });

  it("cuts a recipient's line at 'KT.', 'TM.' or 'Q.' and keeps acronyms in capitals", async () => {
    const plan = await parse([...PLAN, "Nơi nhận:", "- Như trên; KT. CHỦ TỊCH", "- Sở NN&MT, UBND, HĐND (để biết);", "- Lưu: VT, NC."]);
    expect(plan.meta.recipients).toEqual(["Như trên", "Sở NN&MT, UBND, HĐND (để biết)", "Lưu: VT, NC"]);
  });
});
