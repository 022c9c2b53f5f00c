/**
 * Header and part recognition on text as OCR gives it: no bold, a number line whose slash was lost or read as a
 * stroke, part numbers with a lost or stray stop. Each text is written by hand here, in the shapes tesseract produces.
 */
import { describe, expect, it } from "vitest";
import { readText } from "../../src/read/text.js";
import { findCentralIssuer, findNumber, hasBlankNumber, readNumber } from "../../src/segment/header.js";
import { segment } from "../../src/segment/index.js";

const parts = async (text: string) => segment(await readText(text, "txt"));

describe("a số / ký hiệu whose slash OCR lost", () => {
  it.each([
    ["Số: 1105KH-ĐKT", "1105/KH-ĐKT"],
    ["Số: 589 lKH-BCA-C04", "589/KH-BCA-C04"],
    ["Số: 12 |QĐ-UBND", "12/QĐ-UBND"],
    ["Số: 7 IBC-UBND", "7/BC-UBND"],
    ["Số: 45 1TTr-SNV", "45/TTr-SNV"],
    ["SỐ: 33CV-SYT", "33/CV-SYT"],
  ])("%s → %s, marked as corrected", (line, number) => {
    expect(readNumber(line)).toEqual({ number, corrected: expect.any(String) });
  });

  it("keeps a digit glued to the number as the number's (it may be its last digit)", () => {
    expect(findNumber("Số: 11051KH-ĐKT")).toBe("11051/KH-ĐKT");
  });

  it.each([
    ["só: 45/KH-UBND", "45/KH-UBND"],
    ["Sô: 12/QĐ-UBND", "12/QĐ-UBND"],
    ["SÓ: 7/BC-SNV", "7/BC-SNV"],
    ["Sá: 53 /KH-BCA-C04", "53/KH-BCA-C04"],
  ])("takes the label with its accent misread, before a colon: %s", (line, number) => {
    expect(findNumber(line)).toBe(number);
  });

  it("a misread label without its colon is running text", () => {
    expect(findNumber("so 45/KH-UBND")).toBeUndefined();
  });

  it("a handwritten number OCR could not read, under a misread label, is a blank number", () => {
    expect(hasBlankNumber("só:Øổ /KH-TCTLNTW-C04")).toBe(true);
  });

  it("a number with its slash is not marked", () => {
    expect(readNumber("Số: 60 /QĐ-UBND")).toEqual({ number: "60/QĐ-UBND" });
  });

  it.each(["số 3 KHU dân cư", "Số 2 TT khác", "Số: 12 KHÁCH-SẠN", "Số: 5KH"])("running text is no number: %s", (line) => {
    expect(findNumber(line)).toBeUndefined();
  });

  it("the plan's meta takes the repaired number and says so", async () => {
    const { value, diagnostics } = await parts(
      ["SỞ CÔNG THƯƠNG", "Số: 1105KH-ĐKT", "Lào Cai, ngày 10 tháng 3 năm 2026", "", "KẾ HOẠCH", "Kiểm tra việc chấp hành quy định", "", "1. Mục tiêu", "", "Nội dung."].join("\n"),
    );
    expect(value.meta.number).toBe("1105/KH-ĐKT");
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: "number-corrected", severity: "info" }));
    expect(diagnostics.map((d) => d.code)).not.toContain("number-missing");
  });
});

describe("Arabic-numbered parts in text without emphasis", () => {
  const plan = [
    "SỞ CÔNG THƯƠNG",
    "Số: 12/KH-ĐKT",
    "Lào Cai, ngày 10 tháng 3 năm 2026",
    "",
    "KẾ HOẠCH",
    "Kiểm tra việc chấp hành quy định pháp luật",
    "",
    "l. Mục tiêu",
    "",
    "- Đánh giá toàn diện tình hình chấp hành các quy định của pháp luật.",
    "",
    "2 . Yêu cầu",
    "",
    "1. Tổ chức kiểm tra đúng trình tự, thủ tục theo quy định.",
    "",
    "2. Bảo đảm tính chính xác, khách quan, công khai, minh bạch.",
    "",
    "3. Đối tượng, nội dung kiểm tra:",
    "",
    "3.1. Đối tượng kiểm tra",
    "",
    "Các đơn vị sử dụng vật liệu nổ công nghiệp.",
    "",
    "32. Nội dung kiểm tra",
    "",
    "Hồ sơ, tài liệu.",
    "",
    "4. Phân công nhiệm vụ",
    "",
    "4.1 Trưởng đoàn",
    "",
    "Phụ trách chung.",
  ].join("\n");

  it("takes short numbered lines in order as the parts; numbered sentences inside a part are not parts", async () => {
    const { value } = await parts(plan);
    expect(value.sections.map((s) => [s.numeral, s.heading])).toEqual([
      ["1", "Mục tiêu"],
      ["2", "Yêu cầu"],
      ["3", "Đối tượng, nội dung kiểm tra"],
      ["4", "Phân công nhiệm vụ"],
    ]);
  });

  it("reads a sub-item whose dot OCR lost, and one without its final stop", async () => {
    const { value } = await parts(plan);
    expect(value.sections[2]!.subsections.map((s) => s.number)).toEqual(["3.1", "3.2"]);
    expect(value.sections[3]!.subsections.map((s) => [s.number, s.heading])).toEqual([["4.1", "Trưởng đoàn"]]);
  });

  it("where the text has emphasis, a plain numbered line is not a part", async () => {
    const emphasised = plan.replace("Kiểm tra việc chấp hành quy định pháp luật", "**Kiểm tra việc chấp hành quy định pháp luật**");
    const { value } = segment(await readText(emphasised, "md"));
    expect(value.sections).toEqual([]);
  });
});

describe("a header's two columns read as one line", () => {
  it("a ministry's name before the national motto is the issuer, without the motto", () => {
    expect(findCentralIssuer("BỘ CÔNG AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")?.department).toBe("Bộ Công an");
    expect(findCentralIssuer("BỘ TƯ PHÁP CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")?.department).toBe("Bộ Tư pháp");
  });
});

describe("Roman part numbers as OCR misreads them", () => {
  const plan = (third: string) =>
    ["BỘ CÔNG AN", "Số: 9/KH-BCA", "Hà Nội, ngày 2 tháng 3 năm 2026", "", "KẾ HOẠCH", "Phối hợp kiểm soát", "", "I. MỤC ĐÍCH, YÊU CẦU", "", "Nội dung.", "", "II. NỘI DUNG", "", "Nội dung.", "", `${third} TỔ CHỨC THỰC HIỆN`, "", "1. Giao Phòng 5 chủ trì."].join("\n");

  it.each(["HI.", "IlI.", "1II."])("%s where III is due is section III, with a diagnostic", async (third) => {
    const { value, diagnostics } = await parts(plan(third));
    expect(value.sections.map((s) => [s.numeral, s.heading])).toEqual([
      ["I", "MỤC ĐÍCH, YÊU CẦU"],
      ["II", "NỘI DUNG"],
      ["III", "TỔ CHỨC THỰC HIỆN"],
    ]);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: "section-numbering", severity: "info" }));
  });

  it("a look-alike that is not the numeral due is no section", async () => {
    const { value } = await parts(plan("H."));
    expect(value.sections.map((s) => s.numeral)).toEqual(["I", "II"]);
  });

  // The first part's "I" with its serifs read as a foot ("L"), or as "l" / "1" with the stop lost.
  it.each(["L", "l.", "1"])("%s before the first heading in capitals, part II following, is section I, with a diagnostic", async (first) => {
    const { value, diagnostics } = await parts(plan("III.").replace("I. MỤC ĐÍCH, YÊU CẦU", `${first} MỤC ĐÍCH, YÊU CẦU`));
    expect(value.sections.map((s) => [s.numeral, s.heading])).toEqual([
      ["I", "MỤC ĐÍCH, YÊU CẦU"],
      ["II", "NỘI DUNG"],
      ["III", "TỔ CHỨC THỰC HIỆN"],
    ]);
    // A typed file is no OCR output: the diagnostic says what was written, not that OCR misread it.
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: "section-numbering", message: expect.stringContaining(`read as section I (its numeral written "${first.charAt(0)}", which looks like I)`) }));
    expect(diagnostics.some((d) => /OCR/.test(d.message))).toBe(false);
  });

  it("an 'L' or '1' heading with no part II after it is no Roman part", async () => {
    const arabic = plan("III.").replace("I. MỤC ĐÍCH, YÊU CẦU", "L MỤC ĐÍCH, YÊU CẦU").replace("II. NỘI DUNG", "NỘI DUNG").replace("III. TỔ CHỨC", "TỔ CHỨC");
    const { value } = await parts(arabic);
    expect(value.sections.map((s) => s.numeral)).not.toContain("I");
  });
});
