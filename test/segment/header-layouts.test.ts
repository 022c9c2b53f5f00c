/**
 * Header lines as real files lay them out (issue 18, "Headers as real files lay them out"): the number line with and
 * without its colon, spaced or with a year in the symbol, on one line with the date at any distance; a công văn's
 * "V/v …" under its number before the plan it submits; the place-date line split over two lines; a draft whose day and
 * month are left blank. Each variant is written by hand here.
 */
import { describe, expect, it } from "vitest";
import { readText } from "../../src/read/text.js";
import { findNumber, findPlaceDate } from "../../src/segment/header.js";
import { segment } from "../../src/segment/index.js";

const parse = async (lines: string[], format: "md" | "txt" = "md") => segment(await readText(lines.join("\n\n"), format));
const body = ["**KẾ HOẠCH**", "**Cải cách hành chính năm 2026**", "**I. MỤC ĐÍCH, YÊU CẦU**", "Nội dung.", "**II. TỔ CHỨC THỰC HIỆN**", "1. Sở Nội vụ chủ trì, theo dõi."];
const committee = ["**ỦY BAN NHÂN DÂN**", "**TỈNH LÂM ĐỒNG**"];

describe("the number line", () => {
  it.each([
    ["Số:  12 /KH-UBND", "12/KH-UBND"],
    ["Số 12/KH-UBND", "12/KH-UBND"],
    ["Số: 12/2026/KH-UBND", "12/2026/KH-UBND"],
    ["Số:12/KH-UBND", "12/KH-UBND"],
    ["SỐ: 12/KH-UBND", "12/KH-UBND"],
  ])("%s", (line, number) => {
    expect(findNumber(line)).toBe(number);
  });

  it.each([" ", "   ", "\t", "\t\t\t", " ".repeat(40)])("with the date on the same line, %j between them", (gap) => {
    for (const [label, number] of [["Số: 12/2026/KH-UBND", "12/2026/KH-UBND"], ["Số 12/KH-UBND", "12/KH-UBND"], ["Số:  12 /KH-UBND", "12/KH-UBND"]] as const) {
      const line = `${label}${gap}Lâm Đồng, ngày 22 tháng 12 năm 2025`;
      expect(findNumber(line)).toBe(number);
      expect(findPlaceDate(line)).toEqual({ place: "Lâm Đồng", date: "2025-12-22" });
    }
  });

  it("gives both through the whole header, a line of text laid out with spaces", async () => {
    const result = await parse([...committee, "Số: 12/2026/KH-UBND                Lâm Đồng, ngày 22 tháng 12 năm 2025", ...body], "txt");
    expect(result.value.meta).toMatchObject({ number: "12/2026/KH-UBND", date: "2025-12-22", place: "Lâm Đồng", issuer: "UBND tỉnh Lâm Đồng" });
  });
});

describe("the place-date line split over two lines", () => {
  it("in one paragraph ('Lâm Đồng, ngày 22 tháng 12' / 'năm 2025')", async () => {
    const result = await parse([...committee, "Số: 12/KH-UBND", "Lâm Đồng, ngày 22 tháng 12  \nnăm 2025", ...body]);
    expect(result.value.meta).toMatchObject({ number: "12/KH-UBND", date: "2025-12-22", place: "Lâm Đồng" });
  });
  it("as two paragraphs", async () => {
    const result = await parse([...committee, "Số: 12/KH-UBND", "Lâm Đồng, ngày 22 tháng 12", "năm 2025", ...body]);
    expect(result.value.meta).toMatchObject({ date: "2025-12-22", place: "Lâm Đồng", year: 2026 });
  });
  it("split after 'ngày 22 tháng' ('12 năm 2025' on the next line)", async () => {
    const result = await parse([...committee, "Số: 12/KH-UBND", "Lâm Đồng, ngày 22 tháng", "12 năm 2025", ...body]);
    expect(result.value.meta).toMatchObject({ date: "2025-12-22", place: "Lâm Đồng" });
  });
});

describe("a draft with day and month left blank", () => {
  it.each(["Lâm Đồng, ngày  tháng  năm 2026", "Lâm Đồng, ngày      tháng      năm 2026", "Lâm Đồng, ngày … tháng … năm 2026", "Lâm Đồng, ngày.....tháng.....năm 2026"])(
    "%j: date null with a diagnostic saying it is blank, year 2026",
    async (line) => {
      const result = await parse([...committee, "Số:      /KH-UBND", line, "**KẾ HOẠCH**", "**Thi đua cải cách hành chính**", "**I. MỤC ĐÍCH, YÊU CẦU**", "Nội dung."]);
      expect(result.value.meta).toMatchObject({ number: null, date: null, place: "Lâm Đồng", year: 2026 });
      const blank = result.diagnostics.find((d) => d.code === "date-blank");
      expect(blank?.severity).toBe("warning");
      expect(result.diagnostics.map((d) => d.code)).not.toContain("date-missing");
    },
  );
});

describe("a công văn submitting the plan, its 'V/v …' under its number", () => {
  const letter = [
    "**UBND TỈNH LÂM ĐỒNG**",
    "**SỞ NỘI VỤ**",
    "Số: 1520/SNV-CCHC",
    "V/v trình ban hành Kế hoạch cải cách hành chính năm 2026",
    "Lâm Đồng, ngày 18 tháng 12 năm 2025",
    "Kính gửi: Ủy ban nhân dân tỉnh",
    "Sở Nội vụ kính trình dự thảo Kế hoạch cải cách hành chính năm 2026 để Ủy ban nhân dân tỉnh xem xét, ban hành.",
    "Nơi nhận:",
    "- Như trên;",
    "- Lưu: VT.",
    "**GIÁM ĐỐC**",
    "Nguyễn Văn Bình",
  ];
  const plan = [...committee, "Số: 9669/KH-UBND", "Lâm Đồng, ngày 24 tháng 12 năm 2025", ...body];

  it("before the plan: meta and sections are the plan's, a diagnostic names the cover", async () => {
    const result = await parse([...letter, ...plan]);
    expect(result.value.meta).toMatchObject({ docType: "ke_hoach", number: "9669/KH-UBND", date: "2025-12-24", issuer: "UBND tỉnh Lâm Đồng", title: "Cải cách hành chính năm 2026" });
    expect(result.value.sections.map((s) => s.numeral)).toEqual(["I", "II"]);
    expect(result.diagnostics.find((d) => d.code === "cover-document")?.message).toMatch(/công văn \(1520\/SNV-CCHC\)/);
  });

  it("alone: not a plan", async () => {
    const result = await parse(letter);
    expect(result.value.meta).toMatchObject({ docType: "other", number: "1520/SNV-CCHC", date: "2025-12-18", title: "Trình ban hành Kế hoạch cải cách hành chính năm 2026" });
    expect(result.diagnostics.map((d) => d.code)).toContain("not-a-plan");
  });

  it("a plan whose own title starts 'V/v' is no công văn", async () => {
    const result = await parse([...committee, "Số: 12/KH-UBND", "Lâm Đồng, ngày 22 tháng 12 năm 2025", "**KẾ HOẠCH**", "**V/v cải cách hành chính năm 2026**", "**I. MỤC ĐÍCH, YÊU CẦU**", "Nội dung."]);
    expect(result.value.meta).toMatchObject({ docType: "ke_hoach", number: "12/KH-UBND", title: "Cải cách hành chính năm 2026" });
    expect(result.diagnostics.map((d) => d.code)).not.toContain("cover-document");
  });
});
