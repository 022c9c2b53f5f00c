/**
 * A number or a day OCR was unsure of (issue 18: "a handwritten number that OCR cannot read is null with a diagnostic
 * rather than a wrong number"): the OCR reader's word confidences reach the document model, and the header takes no
 * số / ký hiệu or date from digits read with low confidence. Pages are built as the OCR reader hands them to the
 * layout (words with boxes and confidences), so the test runs through layout and segmentation both.
 */
import { describe, expect, it } from "vitest";
import type { DocumentModel, Paragraph } from "../../src/model/types.js";
import { layoutPages } from "../../src/read/layout/index.js";
import type { PositionedText } from "../../src/read/layout/types.js";
import { segment } from "../../src/segment/index.js";

/** A line of OCR words at 6 pt a character, each read at `confidence` unless `doubtful` names it. */
function line(text: string, x: number, y: number, doubtful: Record<string, number> = {}, confidence = 95): PositionedText[] {
  const words: PositionedText[] = [];
  let cursor = x;
  for (const w of text.split(" ")) {
    words.push({ text: w, x: cursor, y, width: w.length * 6, height: 12, confidence: doubtful[w] ?? confidence });
    cursor += w.length * 6 + 4;
  }
  return words;
}

interface Header {
  number?: string;
  numberDoubt?: Record<string, number>;
  dateDoubt?: Record<string, number>;
}

function scannedPlan({ number = "Số: 589 /KH-BCA", numberDoubt = {}, dateDoubt = {} }: Header, ocr = true): DocumentModel {
  const items = [
    ...line("BỘ CÔNG AN", 90, 60),
    ...line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 300, 60),
    ...line("Độc lập - Tự do - Hạnh phúc", 330, 76),
    ...line(number, 70, 110, numberDoubt),
    ...line("Hà Nội, ngày 22 tháng 10 năm 2025", 320, 110, dateDoubt),
    ...line("KẾ HOẠCH", 270, 160),
    ...line("Tổ chức hội nghị tập huấn", 230, 176),
    ...line("I. MỤC ĐÍCH, YÊU CẦU", 60, 220),
    ...line("Nâng cao nhận thức của cán bộ.", 60, 240),
    ...line("II. TỔ CHỨC THỰC HIỆN", 60, 270),
    ...line("Cục C04 chủ trì thực hiện.", 60, 290),
  ].map((item) => (ocr ? item : { ...item, confidence: undefined }));
  const { value } = layoutPages([{ page: 1, width: 595, height: 842, items, rulings: [], ocr }]);
  return { type: "root", children: value, source: { format: "pdf", pages: 1, ocrPages: ocr ? [1] : [] } };
}

const codes = (model: DocumentModel) => segment(model).diagnostics.map((d) => d.code);

describe("OCR word confidences in the document model", () => {
  it("each OCR'd paragraph carries its words as read, with their confidences; text-layer paragraphs carry none", () => {
    const paragraphs = (model: DocumentModel): Paragraph[] =>
      model.children.flatMap((b) => (b.type === "paragraph" ? [b] : b.type === "table" ? b.rows.flatMap((r) => r.cells.flatMap((c) => c.content)) : []));
    const scanned = paragraphs(scannedPlan({ numberDoubt: { "589": 38 } }));
    const numberLine = scanned.find((p) => p.lines.join(" ").startsWith("Số:"));
    expect(numberLine?.ocrWords).toEqual([
      { text: "Số:", confidence: 95 },
      { text: "589", confidence: 38 },
      { text: "/KH-BCA", confidence: 95 },
    ]);
    expect(paragraphs(scannedPlan({}, false)).every((p) => p.ocrWords === undefined)).toBe(true);
  });
});

describe("a number or a date whose digits OCR was unsure of", () => {
  it("reads number and date read with confidence (control)", () => {
    const { meta } = segment(scannedPlan({})).value;
    expect(meta).toMatchObject({ number: "589/KH-BCA", date: "2025-10-22", place: "Hà Nội", year: 2025 });
  });

  it("leaves the number null with number-low-confidence, not number-missing", () => {
    const model = scannedPlan({ numberDoubt: { "589": 38 } });
    expect(segment(model).value.meta).toMatchObject({ number: null, date: "2025-10-22" });
    expect(codes(model)).toContain("number-low-confidence");
    expect(codes(model)).not.toContain("number-missing");
    const message = segment(model).diagnostics.find((d) => d.code === "number-low-confidence")?.message ?? "";
    expect(message).toContain('"589"');
  });

  it("leaves the date null with date-low-confidence when the day is doubtful, and keeps the year", () => {
    const model = scannedPlan({ dateDoubt: { "22": 41 } });
    expect(segment(model).value.meta).toMatchObject({ number: "589/KH-BCA", date: null, place: "Hà Nội", year: 2025 });
    expect(codes(model)).toContain("date-low-confidence");
    expect(codes(model)).not.toContain("date-missing");
  });

  it("takes no year from a doubtful year", () => {
    const model = scannedPlan({ dateDoubt: { "2025": 20 } });
    expect(segment(model).value.meta).toMatchObject({ date: null, year: null });
  });

  it("does not judge digits glued to a symbol or a word: tesseract's doubt there is about the token, not its digits", () => {
    const model = scannedPlan({ number: "Số: 1105KH-ĐKT", numberDoubt: { "1105KH-ĐKT": 0 } });
    expect(segment(model).value.meta.number).toBe("1105/KH-ĐKT");
    expect(codes(model)).not.toContain("number-low-confidence");
  });

  it("leaves other low-confidence words alone (a doubtful place name, a doubtful label)", () => {
    const model = scannedPlan({ numberDoubt: { "Số:": 20 }, dateDoubt: { "Nội,": 30, "tháng": 25 } });
    expect(segment(model).value.meta).toMatchObject({ number: "589/KH-BCA", date: "2025-10-22" });
  });
});
