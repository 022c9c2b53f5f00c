/**
 * Catastrophic backtracking: long adversarial lines, built from the pieces the patterns of segment/, read/markdown,
 * extract/ and normalize/ look for, through the text pipeline (readText → segment → extract → normalize) in the
 * places those patterns see: a header line, a body paragraph, every cell of an appendix row. And through each
 * exported string function directly. No timing assertion: a backtracking pattern would take minutes to hours on
 * 100 kB and hit the (generous) test timeout; a linear one stays far within it.
 */
import { describe, expect, it } from "vitest";
import { roleOf } from "../../src/segment/task-header.js";
import { bulletItems, continuesSentence, startsItem, startsNumbered } from "../../src/extract/rows.js";
import { splitNumber } from "../../src/extract/table.js";
import { cleanAgency, readAgencyCell, splitAgencies, splitAgencyLines } from "../../src/normalize/agency.js";
import { classifyArea } from "../../src/normalize/area.js";
import { parseDeadline } from "../../src/normalize/deadline.js";
import { splitActivities, splitItems } from "../../src/normalize/items.js";
import { cleanInline, cleanText, decodeEntities, foldForMatch, sentenceCase } from "../../src/normalize/text.js";
import { parsePlan } from "../../src/pipeline.js";
import { splitAtTabs } from "../../src/read/docx/side-by-side.js";
import { planDocumentSchema } from "../../src/schema/plan.js";
import {
  compactNumber,
  documentTypeOf,
  endsTitleText,
  findDateInText,
  findIssuerIn,
  findNumber,
  findPlaceDate,
  findReference,
  isDepartmentLine,
  isPersonName,
  isSigningTitle,
  placeInDepartment,
  titleCase,
  withoutAboutPrefix,
} from "../../src/segment/header.js";
import { planPeriod } from "../../src/segment/period.js";

const LENGTH = 100_000;
const repeated = (unit: string): string => unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH);

/** The repeated pieces: each is what some pattern matches a prefix of, then fails on. */
const UNITS = [
  "Số: 1 ",
  "ngày 1 ",
  "ngày 1 tháng ",
  "- ",
  "-",
  "1.",
  "1.1 ",
  "1.1. ",
  " ",
  "\t",
  " \t",
  "\u00a0",
  "Ủy ban nhân dân ",
  "UBND ",
  "Căn cứ ",
  "KẾ HOẠCH ",
  "PHỤ LỤC ",
  "01/01/",
  "1/",
  "quý I, ",
  "Quý I, quý ",
  "tháng 1, tháng ",
  "6 tháng đầu năm ",
  "năm ",
  "2024-",
  "2024 đến ",
  "trước ngày ",
  "thường xuyên ",
  "theo kế hoạch ",
  "1/kh-ubnd ngay 1/1/",
  "/KH-UBND ",
  "I. ",
  "a) ",
  "(",
  "Phần I ",
  "II- ",
  "II- MỤC TIÊU\nNội dung ",
  "Chủ trì: ",
  "phối hợp: a; ",
  "định kỳ 6 ",
  "ngày  ",
  "SỞ ",
  "BAN ",
  "V/v ",
  "(Kèm theo Kế hoạch ",
  "Nơi nhận:       TM.\n        ",
  "(1) ",
  ", ",
  "; ",
  "Sở ",
  "các Sở, ",
  "chủ trì, phối hợp với ",
  "Sở Y tế và ",
  "Sở Nội vụ thực hiện ",
  "Sở Nội vụ (chủ trì) ",
  "Lãnh đạo\n",
  "Nguyễn Văn ",
  "A ",
  "&amp;",
  "&#",
  "*",
  "_",
  "[a](",
  "| ",
  "…",
];

const context = { year: 2024, period: { from: 2024, to: 2024 } };

/** Every exported function of those stages that takes document text. */
const FUNCTIONS: Record<string, (text: string) => unknown> = {
  findNumber,
  compactNumber,
  findPlaceDate,
  findDateInText,
  findReference,
  findIssuerIn,
  titleCase,
  isSigningTitle,
  isPersonName,
  documentTypeOf,
  planPeriod: (text) => planPeriod(text, text, null),
  roleOf,
  bulletItems,
  startsItem,
  startsNumbered,
  continuesSentence,
  splitNumber,
  splitAgencies: (text) => splitAgencies([text]),
  readAgencyCell: (text) => readAgencyCell([text]),
  splitAgencyLines: (text) => splitAgencyLines(text.split(/\s(?=\p{Lu})/u)),
  isDepartmentLine,
  placeInDepartment,
  endsTitleText,
  withoutAboutPrefix,
  cleanAgency: (text) => cleanAgency(text),
  classifyArea,
  parseDeadline: (text) => parseDeadline([text], context),
  splitItems: (text) => splitItems([text]),
  splitActivities: (text) => splitActivities([text]),
  decodeEntities,
  cleanInline,
  cleanText,
  foldForMatch,
  sentenceCase,
  // A reader's pattern over a DOCX paragraph's text (markers and labels before a tab).
  splitAtTabs,
};

/** A plan skeleton with the adversarial text in the header, in a section, and in every appendix cell. */
function planAround(text: string): string {
  const cells = Array.from({ length: 6 }, () => text).join("\t");
  return [
    "ỦY BAN NHÂN DÂN",
    text,
    "Số: 07/KH-UBND",
    text,
    "KẾ HOẠCH",
    "Cải cách hành chính năm 2024",
    text,
    "I. MỤC ĐÍCH",
    text,
    "PHỤ LỤC",
    text,
    "STT\tNhiệm vụ\tSản phẩm\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành",
    `1\t${cells}`,
    `2\tNhiệm vụ\t${text}\tSở Nội vụ\t${text}\t${text}`,
  ].join("\n");
}

describe("no catastrophic backtracking on 100 kB adversarial text", () => {
  it.each(UNITS.map((unit) => [JSON.stringify(unit), unit]))("the pipeline on %s repeated", async (_label, unit) => {
    const text = repeated(unit);
    for (const input of [text, planAround(text)]) {
      const outcome = await parsePlan(Buffer.from(input, "utf8"), { path: "adversarial.txt" }).then(
        (document) => planDocumentSchema.safeParse(document).success,
        (error: unknown) => (error as Error).name,
      );
      // White space alone is an empty file; a line of 100,000 TABs is a row wider than --max-columns (LimitError);
      // everything else is a valid document.
      expect([true, "InputError", "LimitError"]).toContain(outcome);
    }
  });

  it("every text function of segment/, extract/ and normalize/ on every adversarial line", () => {
    let calls = 0;
    for (const unit of UNITS) {
      const text = repeated(unit);
      for (const fn of Object.values(FUNCTIONS)) {
        fn(text);
        calls += 1;
      }
    }
    expect(calls).toBe(UNITS.length * Object.keys(FUNCTIONS).length);
  });

  it("splits activities at their numbers after a long run of white space (the pattern that used to backtrack)", () => {
    expect(splitActivities([`3.1. Xây dựng dự thảo${" ".repeat(50_000)}3.2. Tổng hợp ý kiến`])).toEqual(["3.1. Xây dựng dự thảo", "3.2. Tổng hợp ý kiến"]);
    expect(splitActivities([" ".repeat(100_000)])).toEqual([]);
  });
});
