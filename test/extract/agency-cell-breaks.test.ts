/**
 * Issue 17: a lead/partner cell whose writer broke one agency's name over two paragraphs or lines of the cell ("Các
 * phòng" / "chuyên môn", "Văn phòng HĐND và" / "UBND huyện", "Phòng Tài chính -" / "Kế hoạch") names one agency;
 * separate agencies on separate paragraphs or lines ("Phòng Tư pháp" / "Phòng Nội vụ") stay separate. The same cells
 * are written as a Word table (paragraphs and w:br line breaks), as HTML (<p> and <br>) and as Markdown (<br>).
 */
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import { splitAgencies, splitAgencyLines } from "../../src/normalize/agency.js";
import { documentXml, makeDocx, wordParagraph } from "../hostile/make.js";
import { PROVINCE_HEAD as HEAD, htmlPlan, markdownPlan, row, rule, tableTasks } from "./table-plan.js";

/** Each cell as the writer broke it: an array of paragraphs, each paragraph its lines. */
type Cell = string[][];
interface Case {
  task: string;
  lead: Cell;
  partners: Cell;
}

const cases: Case[] = [
  { task: "Rà soát thủ tục hành chính", lead: [["Các phòng"], ["chuyên môn"]], partners: [["Phòng Tư pháp"], ["Phòng Nội vụ"]] },
  { task: "Công khai thủ tục hành chính", lead: [["Văn phòng HĐND và"], ["UBND huyện"]], partners: [["Phòng Tài chính -"], ["Kế hoạch"]] },
  { task: "Tuyên truyền cải cách hành chính", lead: [["Phòng Văn hóa &"], ["Thông tin"]], partners: [["UBND các xã,"], ["thị trấn"], ["Sở Y tế và"], ["Sở Tư pháp"]] },
  { task: "Số hóa hồ sơ", lead: [["Các phòng", "chuyên môn"]], partners: [["Phòng Tư pháp", "Phòng Nội vụ"]] },
  { task: "Đánh giá chỉ số cải cách hành chính", lead: [["Văn phòng HĐND và", "UBND huyện"]], partners: [["Phòng Tài chính -", "Kế hoạch", "Phòng Nội vụ"]] },
];

/** What a reader of each row writes down. */
const expected = [
  { number: "1", task: "Rà soát thủ tục hành chính", lead: ["Các phòng chuyên môn"], partners: ["Phòng Tư pháp", "Phòng Nội vụ"] },
  { number: "2", task: "Công khai thủ tục hành chính", lead: ["Văn phòng HĐND và UBND huyện"], partners: ["Phòng Tài chính - Kế hoạch"] },
  { number: "3", task: "Tuyên truyền cải cách hành chính", lead: ["Phòng Văn hóa & Thông tin"], partners: ["UBND các xã, thị trấn", "Sở Y tế", "Sở Tư pháp"] },
  { number: "4", task: "Số hóa hồ sơ", lead: ["Các phòng chuyên môn"], partners: ["Phòng Tư pháp", "Phòng Nội vụ"] },
  { number: "5", task: "Đánh giá chỉ số cải cách hành chính", lead: ["Văn phòng HĐND và UBND huyện"], partners: ["Phòng Tài chính - Kế hoạch", "Phòng Nội vụ"] },
];

const HEADER = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"];
const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function wordCell(paragraphs: string[][]): string {
  const runs = (lines: string[]) => lines.map((line) => `<w:t xml:space="preserve">${escapeXml(line)}</w:t>`).join("<w:br/>");
  return `<w:tc>${paragraphs.map((lines) => `<w:p><w:r>${runs(lines)}</w:r></w:p>`).join("")}</w:tc>`;
}

function docxPlan(): Uint8Array {
  const head = HEAD.split("\n").filter((line) => line !== "").map((line) => wordParagraph(escapeXml(line))).join("");
  const header = `<w:tr>${HEADER.map((text) => wordCell([[text]])).join("")}</w:tr>`;
  const rows = cases.map((c, i) => `<w:tr>${[[[`${i + 1}`]], [[c.task]], c.lead, c.partners, [["Quý IV"]]].map(wordCell).join("")}</w:tr>`);
  return makeDocx(documentXml(`${head}<w:tbl>${header}${rows.join("")}</w:tbl>${wordParagraph("Trên đây là Kế hoạch.")}`));
}

const htmlCell = (paragraphs: string[][]) => `<td>${paragraphs.map((lines) => `<p>${lines.map(escapeXml).join("<br>")}</p>`).join("")}</td>`;
const htmlTable = () =>
  `<tr>${HEADER.map((text) => `<th>${text}</th>`).join("")}</tr>` +
  cases.map((c, i) => `<tr><td>${i + 1}</td><td>${c.task}</td>${htmlCell(c.lead)}${htmlCell(c.partners)}<td>Quý IV</td></tr>`).join("");

/** A Markdown cell has no paragraphs: each paragraph and each line is a <br>. */
const markdownCell = (paragraphs: string[][]) => paragraphs.flat().join("<br>");

const records = (tasks: ReturnType<typeof tableTasks>) => tasks.map((t) => ({ number: t.number, task: t.task, lead: t.lead, partners: t.partners }));

describe("a name broken over two paragraphs or lines of a lead/partner cell is one agency", () => {
  it("DOCX: paragraphs of a cell and line breaks (w:br) inside one", async () => {
    const doc = await parsePlan(Buffer.from(docxPlan()), { path: "plan.docx" });
    expect(records(tableTasks(doc))).toEqual(expected);
  });

  it("HTML: <p> paragraphs and <br> lines of a cell", async () => {
    const doc = await htmlPlan(HEAD, htmlTable());
    expect(records(tableTasks(doc))).toEqual(expected);
  });

  it("Markdown: <br> lines of a cell", async () => {
    const lines = [row(...HEADER), rule(HEADER.length), ...cases.map((c, i) => row(`${i + 1}`, c.task, markdownCell(c.lead), markdownCell(c.partners), "Quý IV"))];
    const doc = await markdownPlan(HEAD, lines);
    expect(records(tableTasks(doc))).toEqual(expected);
  });
});

describe("splitAgencies / splitAgencyLines: where a writer's break continues a name", () => {
  const rows: Array<[parts: string[], items: string[]]> = [
    // A lower-case start goes on with the name before.
    [["Các phòng", "chuyên môn"], ["Các phòng chuyên môn"]],
    [["Trung tâm Phục vụ hành chính công", "tỉnh"], ["Trung tâm Phục vụ hành chính công tỉnh"]],
    // A connector at the end: the next part finishes the name, unless it starts an agency that is no compound.
    [["Văn phòng HĐND và", "UBND huyện"], ["Văn phòng HĐND và UBND huyện"]],
    [["Phòng Tài chính -", "Kế hoạch"], ["Phòng Tài chính - Kế hoạch"]],
    [["Văn phòng HĐND -", "UBND huyện"], ["Văn phòng HĐND - UBND huyện"]],
    [["Phòng Văn hóa &", "Thông tin"], ["Phòng Văn hóa & Thông tin"]],
    [["Sở Nội vụ,", "Sở Tư pháp"], ["Sở Nội vụ", "Sở Tư pháp"]],
    [["Sở Y tế và", "Sở Tư pháp"], ["Sở Y tế", "Sở Tư pháp"]],
    [["Các phòng", "ban chuyên môn"], ["Các phòng ban chuyên môn"]],
    // Separate agencies stay separate.
    [["Phòng Tư pháp", "Phòng Nội vụ"], ["Phòng Tư pháp", "Phòng Nội vụ"]],
  ];
  /** A paragraph in lower case that starts an agency or group of its own after a whole name (a line so written is read as a wrap). */
  const ownParagraphs: Array<[parts: string[], items: string[]]> = [
    [["Sở Nội vụ", "các cơ quan liên quan"], ["Sở Nội vụ", "các cơ quan liên quan"]],
    [["Sở Nội vụ", "phòng Tư pháp"], ["Sở Nội vụ", "phòng Tư pháp"]],
    [["Sở Nội vụ", "cơ quan, đơn vị liên quan"], ["Sở Nội vụ", "cơ quan, đơn vị liên quan"]],
  ];
  it.each([...rows, ...ownParagraphs])("paragraphs %j", (paragraphs, items) => {
    expect(splitAgencies(paragraphs).value).toEqual(items);
  });
  it.each(rows)("lines %j", (lines, items) => {
    expect(splitAgencyLines(lines).flatMap((line) => splitAgencies([line]).value)).toEqual(items);
  });
  it("a dash before a new agency that is no compound keeps the two apart", () => {
    expect(splitAgencyLines(["Phòng Tài chính -", "Phòng Nội vụ"])).toEqual(["Phòng Tài chính -", "Phòng Nội vụ"]);
  });
});
