/**
 * Scans of three more kinds, all of one plan written for them (fixtures/make/scan-sources/s3-tanlap.html and its
 * appendix s3-tanlap-phuluc.html, made by `fixtures/make/make-degraded-scans.sh s3`): a commune's plan whose four-row
 * task table has its header row shaded dark grey behind the bold heads, then a landscape appendix page with a five-row
 * task table.
 *
 * - s3.shaded: the plan's page at 200 dpi grey, JPEG quality 75: the shaded header row is a dark band the rules run
 *   into, with the column heads in bold on it.
 * - s3.jpeg300: the same page at 300 dpi grey saved at JPEG quality 20: blocks and ringing round every letter and rule.
 * - s3.sideways: the plan's page, then the landscape appendix fed into the scanner like a portrait page: its image is
 *   portrait, the table's lines running up the page.
 *
 * Expected values were written from reading the source. OCR allowances as in scan-degraded.test.ts: task text within
 * 5% character error, names within two characters a name. Read with native tesseract, as the other scan tests;
 * without it the tests skip.
 */
import { describe, expect, it } from "vitest";
import { characterErrorRate } from "../../src/read/ocr/cer.js";
import type { Task } from "../../src/schema/plan.js";
import { scanSet, type Row } from "./scan-set.js";

const KINDS = ["shaded", "jpeg300", "sideways"] as const;
const { why, read } = await scanSet("s3", KINDS);

const VP = "Văn phòng HĐND và UBND xã";
const VHXH = "Phòng Văn hóa - Xã hội";

// "II. NHIỆM VỤ TRỌNG TÂM", the table under the shaded header.
const BODY: Row[] = [
  { number: "1", task: "Rà soát, công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của UBND xã", lead: [VP], partners: [VHXH], start: "2026-01-01", end: "2026-03-31" },
  { number: "2", task: "Kiện toàn Bộ phận Một cửa xã theo mô hình chính quyền địa phương hai cấp", lead: ["Phòng Kinh tế"], partners: [VP], start: "2026-06-01", end: "2026-06-30" },
  { number: "3", task: "Tổ chức đối thoại với người dân về giải quyết thủ tục hành chính", lead: [VHXH], partners: ["Công an xã"], start: "2026-07-01", end: "2026-09-30" },
  { number: "4", task: "Tổng hợp, báo cáo kết quả cải cách hành chính năm 2026", lead: [VP], partners: ["Các thôn"], start: null, end: "2026-12-10" },
];
const BODY_COLUMNS = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"];

// "PHỤ LỤC / PHÂN CÔNG NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026", the landscape page.
const APPENDIX: Array<Row & { product: string }> = [
  { number: "1", task: "Rà soát văn bản quy phạm pháp luật do HĐND, UBND xã ban hành", lead: ["Công chức Tư pháp - Hộ tịch"], partners: [VP], start: "2026-04-01", end: "2026-06-30", product: "Báo cáo kết quả rà soát" },
  { number: "2", task: "Cập nhật, công khai thủ tục hành chính trên Cổng Dịch vụ công quốc gia", lead: [VP], partners: ["Phòng Kinh tế"], start: "2026-01-01", end: "2026-12-31", product: "Thủ tục được công khai" },
  { number: "3", task: "Đánh giá, xếp loại chất lượng cán bộ, công chức năm 2026", lead: [VHXH], partners: ["Các thôn"], start: "2026-12-01", end: "2026-12-31", product: "Quyết định xếp loại" },
  { number: "4", task: "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa", lead: ["Bộ phận Một cửa xã"], partners: ["Công chức Văn phòng - Thống kê"], start: null, end: "2026-09-30", product: "Hồ sơ được số hóa" },
  { number: "5", task: "Tuyên truyền về cải cách hành chính trên hệ thống truyền thanh xã", lead: [VHXH], partners: ["Đoàn Thanh niên xã"], start: "2026-01-01", end: "2026-12-31", product: "Tin, bài tuyên truyền" },
];

const RECIPIENTS = ["UBND tỉnh", "Sở Nội vụ", "Thường trực Đảng ủy xã", "Lưu: VT"];

function sameNames(found: readonly string[], expected: readonly string[], what: string): void {
  expect(found, what).toHaveLength(expected.length);
  found.forEach((name, i) => expect(characterErrorRate(expected[i]!, name), `${what}: "${name}" for "${expected[i]}"`).toBeLessThanOrEqual(2 / expected[i]!.length));
}

/** The row's text, lead and partners, and its time unless `untimed` (a time OCR misreads on every scan of it). */
function sameRow(task: Task | undefined, row: Row, what: string, untimed = false): void {
  expect(task, what).toBeDefined();
  expect(characterErrorRate(row.task, task!.task), `${what}: ${task!.task}`).toBeLessThanOrEqual(0.05);
  sameNames(task!.lead, row.lead, `lead of ${what}`);
  sameNames(task!.partners, row.partners, `partners of ${what}`);
  if (!untimed) expect([task!.deadline.start, task!.deadline.end], `time of ${what}`).toEqual([row.start, row.end]);
}

/** The found task whose text is nearest the row's, within 5% character error. */
function taskLike(tasks: readonly Task[], row: Row): Task | undefined {
  const rated = tasks.map((task) => ({ task, rate: characterErrorRate(row.task, task.task) })).sort((a, b) => a.rate - b.rate);
  return rated[0] && rated[0].rate <= 0.05 ? rated[0].task : undefined;
}

const bodyTasks = (kind: string) => read.get(kind)!.tasks.filter((task) => task.origin === "body");

describe.skipIf(why !== "")("the header and the recipients, whatever the scan", () => {
  for (const kind of KINDS) {
    it(`${kind}: number, date, issuer, title, signer, recipients`, () => {
      const doc = read.get(kind)!;
      expect(doc.meta).toMatchObject({ docType: "ke_hoach", number: "25/KH-UBND", date: "2026-02-12", issuer: "UBND xã Tân Lập", signer: "Trần Thị Mai", year: 2026 });
      expect(characterErrorRate("Cải cách hành chính năm 2026", doc.meta.title ?? "")).toBeLessThanOrEqual(0.05);
      sameNames(doc.meta.recipients, RECIPIENTS, "recipients");
    });
  }
});

describe.skipIf(why !== "")("a table whose header row is shaded dark grey (s3.shaded), and the page at 300 dpi, JPEG 20 (s3.jpeg300)", () => {
  for (const kind of ["shaded", "jpeg300"] as const) {
    it(`${kind}: the table's columns are the bold heads on the shaded row`, () => {
      const table = read.get(kind)!.tables.find((t) => t.where === "body");
      expect(table).toBeDefined();
      sameNames(table!.columns, BODY_COLUMNS, "columns");
    });
    // Row 1's time is left out here: "Quý I/2026" comes out "Quý 17/2026" from both scans (below).
    it(`${kind}: the four rows, each with its lead, partners and time, and no head read as a row`, () => {
      const tasks = bodyTasks(kind);
      expect(tasks.map((t) => t.number)).toEqual(BODY.map((row) => row.number));
      BODY.forEach((row, i) => sameRow(tasks[i], row, `row ${row.number}`, i === 0));
    });
  }
  // OCR reads "Quý 17/2026": no quarter 17, read as Quý I with a diagnostic (a guess).
  it("reads row 1's \"Quý I/2026\" (OCR reads \"Quý 17/2026\")", () => {
    const task = bodyTasks("shaded")[0]!;
    expect([task.deadline.start, task.deadline.end]).toEqual([BODY[0]!.start, BODY[0]!.end]);
  });
});

describe.skipIf(why !== "")("a landscape appendix page scanned as a portrait one (s3.sideways)", () => {
  const doc = () => read.get("sideways")!;
  it("turns the appendix page a quarter turn and says so", () => {
    expect(doc().diagnostics.some((d) => d.code === "ocr-page-turned" && d.where?.page === 2 && /sideways/u.test(d.message))).toBe(true);
    expect(doc().diagnostics.some((d) => d.code === "ocr-page-turned" && d.where?.page === 1)).toBe(false);
  });
  it("reads the body's four rows as the page alone gives them", () => {
    const tasks = bodyTasks("sideways");
    expect(tasks.map((t) => t.number)).toEqual(BODY.map((row) => row.number));
    BODY.forEach((row, i) => sameRow(tasks[i], row, `row ${row.number}`, i === 0));
  });
  it("reads the appendix's five rows, in order: text, lead, partners, time and product", () => {
    const tasks = doc().tasks.filter((task) => task.origin === "appendix");
    expect(tasks).toHaveLength(APPENDIX.length);
    APPENDIX.forEach((row, i) => {
      expect(taskLike(tasks, row), `appendix row ${row.number}`).toBe(tasks[i]);
      sameRow(tasks[i], row, `appendix row ${row.number}`);
      expect(tasks[i]!.products.map((p) => characterErrorRate(row.product, p) <= 0.1), `product of ${row.number}: ${tasks[i]!.products.join(" / ")}`).toEqual([true]);
    });
  });
  // OCR reads row 4's "4" as "3": between rows 3 and 5, one mark from 4, it is 4 (a number-guessed diagnostic).
  it("numbers the appendix's rows as printed", () => {
    expect(doc().tasks.filter((task) => task.origin === "appendix").map((t) => t.number)).toEqual(APPENDIX.map((row) => row.number));
  });
  it("names the appendix table and its reference to the plan", () => {
    const table = doc().tables.find((t) => t.where === "appendix");
    expect(table).toBeDefined();
    expect(characterErrorRate("PHÂN CÔNG NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026", (table!.title ?? "").toUpperCase())).toBeLessThanOrEqual(0.05);
  });
});
