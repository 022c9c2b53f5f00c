/**
 * Headers of issue 17/18, round 17 (fixtures/headers h6–h11, written by the team; see its README): the lower of two
 * bodies of one column issues ("CÔNG AN TỈNH" / "CÔNG AN XÃ"), a Party committee's body under "ĐẢNG ỦY UBND TỈNH", a
 * steering committee written "BCĐ CCHC TỈNH" under its committee, a header cell's two lines run together in a scrape,
 * a decision of the committee's office issuing its plan, a department of Thành phố Hồ Chí Minh; drafts with a blank
 * number and day; titles over three lines. Expected values are read off the documents.
 */
import { afterAll, describe, expect, it } from "vitest";
import { parsePlan, releaseReaders } from "../../src/index.js";
import type { PlanDocument } from "../../src/schema/plan.js";
import type { DocumentModel } from "../../src/model/types.js";
import { layoutPages } from "../../src/read/layout/index.js";
import type { PositionedText } from "../../src/read/layout/types.js";
import { segment } from "../../src/segment/index.js";

const fixture = (name: string) => new URL(`../../fixtures/headers/${name}`, import.meta.url).pathname;
afterAll(releaseReaders);

interface Case {
  file: string;
  meta: Partial<PlanDocument["meta"]>;
  /** Each section: numeral, heading, its subsections' numbers. */
  sections: [string, string, string[]][];
  /** Diagnostic codes the header gives, each with what its message says. */
  diagnostics?: Record<string, RegExp>;
}

const CASES: Case[] = [
  {
    file: "h6_cong-an-xa-da-teh-2026.txt",
    meta: {
      docType: "ke_hoach", number: null, date: null, place: "Đạ Tẻh", issuer: "Công an xã Đạ Tẻh", level: "xa",
      title: "Thực hiện công tác cải cách hành chính năm 2026", year: 2026, period: { from: 2026, to: 2026 },
    },
    sections: [["I", "MỤC ĐÍCH, YÊU CẦU", ["1", "2"]], ["II", "NỘI DUNG", ["1", "2"]], ["III", "TỔ CHỨC THỰC HIỆN", ["1", "2"]]],
    diagnostics: { "number-blank": /^the số \/ ký hiệu "Số: \/KH-CAX" leaves its number blank/, "date-blank": /^the date line "Đạ Tẻh, ngày tháng 01 năm 2026" leaves its day blank/ },
  },
  {
    file: "h7_dang-uy-so-noi-vu-nghe-an-2026.txt",
    meta: {
      docType: "ke_hoach", number: "08-KH/ĐU", date: "2026-01-20", place: "Nghệ An", issuer: "Đảng ủy Sở Nội vụ", level: "tinh",
      title: "Lãnh đạo thực hiện nhiệm vụ cải cách hành chính của Đảng bộ Sở năm 2026", year: 2026, period: { from: 2026, to: 2026 },
    },
    sections: [["I", "MỤC ĐÍCH, YÊU CẦU", []], ["II", "NHIỆM VỤ, GIẢI PHÁP", ["1", "2"]], ["III", "TỔ CHỨC THỰC HIỆN", ["1", "2"]]],
  },
  {
    file: "h8_bcd-cchc-tinh-gia-lai-2026.txt",
    meta: {
      docType: "ke_hoach", number: "02/KH-BCĐ", date: "2026-01-15", place: "Gia Lai", issuer: "Ban Chỉ đạo cải cách hành chính tỉnh Gia Lai", level: "tinh",
      title: "KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH TẠI CÁC SỞ, BAN, NGÀNH VÀ UBND CÁC XÃ, PHƯỜNG NĂM 2026", year: 2026, period: { from: 2026, to: 2026 },
    },
    sections: [["I", "MỤC ĐÍCH, YÊU CẦU", []], ["II", "NỘI DUNG, HÌNH THỨC KIỂM TRA", ["1", "2"]], ["III", "TỔ CHỨC THỰC HIỆN", ["1", "2"]]],
  },
  {
    file: "h9_phong-canh-sat-nghe-an-2026.md",
    meta: {
      docType: "ke_hoach", number: "15/KH-PC06", date: "2026-01-12", place: "Nghệ An",
      issuer: "Phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh Nghệ An", level: "tinh",
      title: "Đẩy mạnh cải cách thủ tục hành chính trong lĩnh vực cư trú, căn cước năm 2026", year: 2026, period: { from: 2026, to: 2026 },
      // The signature cell's lines run together: "TRƯỞNG PHÒNG Thượng tá Lê Văn Hải".
      signer: "Lê Văn Hải",
    },
    sections: [["I", "MỤC ĐÍCH, YÊU CẦU", ["1", "2"]], ["II", "NHIỆM VỤ", ["1", "2"]], ["III", "TỔ CHỨC THỰC HIỆN", ["1", "2"]]],
  },
  {
    file: "h10_qd-van-phong-ubnd-quang-ngai-2026.txt",
    meta: {
      docType: "quyet_dinh", number: "25/QĐ-VP", date: "2026-01-10", place: "Quảng Ngãi", issuer: "Văn phòng UBND tỉnh Quảng Ngãi", level: "tinh",
      title: "Cải cách hành chính năm 2026 của Văn phòng UBND tỉnh", year: 2026, period: { from: 2026, to: 2026 },
    },
    sections: [["I", "MỤC ĐÍCH, YÊU CẦU", []], ["II", "NHIỆM VỤ", ["1", "2"]], ["III", "TỔ CHỨC THỰC HIỆN", ["1", "2"]]],
  },
  {
    file: "h11_so-noi-vu-tp-ho-chi-minh-2026.txt",
    meta: {
      docType: "ke_hoach", number: "118/KH-SNV", date: "2026-01-16", place: "Thành phố Hồ Chí Minh", issuer: "Sở Nội vụ thành phố Hồ Chí Minh", level: "tinh",
      title: "Cải cách chế độ công vụ trên địa bàn Thành phố giai đoạn 2026 - 2030", year: 2026, period: { from: 2026, to: 2030 },
    },
    sections: [["1", "MỤC TIÊU", []], ["2", "NHIỆM VỤ, GIẢI PHÁP", ["2.1", "2.2"]], ["3", "TỔ CHỨC THỰC HIỆN", ["3.1", "3.2"]]],
  },
];

describe("fixtures/headers h6–h11: meta and sections", () => {
  for (const c of CASES) {
    it(`${c.file}: meta and sections`, async () => {
      const doc = await parsePlan(fixture(c.file), { ocr: "never" });
      expect(doc.meta).toMatchObject(c.meta);
      expect(doc.sections.map((s) => [s.numeral, s.heading, s.subsections.map((sub) => sub.number)])).toEqual(c.sections);
      for (const [code, pattern] of Object.entries(c.diagnostics ?? {})) {
        expect(doc.diagnostics.filter((d) => d.code === code).map((d) => d.message), code).toEqual([expect.stringMatching(pattern)]);
      }
    });
  }

  it("h6: a draft's blank number and day give one diagnostic each and no other header warning", async () => {
    const doc = await parsePlan(fixture("h6_cong-an-xa-da-teh-2026.txt"), { ocr: "never" });
    const header = doc.diagnostics.filter((d) => /^(?:number|date|plan-year)-/.test(d.code)).map((d) => d.code);
    expect(header.sort()).toEqual(["date-blank", "number-blank"]);
  });
});

describe("a scrape's header and signature cells, each run together into one line (fixtures/prose p61)", () => {
  it("'ĐẢNG BỘ TỈNH THANH HÓA ĐẢNG ỦY PHƯỜNG HẠC THÀNH' is the ward's Party committee; 'T/M ĐẢNG ỦY BÍ THƯ Nguyễn Văn Thắng' its signer", async () => {
    const doc = await parsePlan(new URL("../../fixtures/prose/p61_dang-uy-phuong-hac-thanh-chuyen-doi-so-2026.md", import.meta.url).pathname, { ocr: "never" });
    expect([doc.meta.issuer, doc.meta.level, doc.meta.signer]).toEqual(["Đảng ủy phường Hạc Thành", "xa", "Nguyễn Văn Thắng"]);
  });
});

/** A plan of `header` lines, as text. */
async function parseText(header: string[], place = "Tân Lập, ngày 12 tháng 01 năm 2026", title = ["Cải cách hành chính năm 2026"]): Promise<PlanDocument> {
  const text = [
    ...header, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "Số: 03/KH-X", place, "",
    "KẾ HOẠCH", ...title, "", "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao chất lượng.", "", "II. TỔ CHỨC THỰC HIỆN", "1. Văn phòng: theo dõi.", "", "Nơi nhận:", "- Lưu: VT.", "",
  ].join("\n");
  return parsePlan(Buffer.from(text, "utf8"), { path: "plan.txt", ocr: "never" });
}

describe("header variants: who issues, at what level", () => {
  const cases: [string, string[], string | null, string | null][] = [
    ["a Party committee's body under 'ĐẢNG ỦY UBND TỈNH' is at the province's level", ["ĐẢNG ỦY UBND TỈNH", "ĐẢNG ỦY SỞ NỘI VỤ"], "Đảng ủy Sở Nội vụ", "tinh"],
    ["a body named by a bare unit word ('ĐẢNG ỦY UBND TỈNH') alone is at that level", ["ĐẢNG ỦY UBND TỈNH"], "Đảng ủy UBND tỉnh", "tinh"],
    ["a body ending with its unit word under a Party committee takes the committee's place name", ["TỈNH ỦY LÂM ĐỒNG", "ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH"], "Đảng ủy các cơ quan đảng tỉnh Lâm Đồng", "tinh"],
    ["the lower of two police bodies issues", ["CÔNG AN TỈNH LÂM ĐỒNG", "CÔNG AN XÃ TÂN LẬP"], "Công an xã Tân Lập", "xa"],
    ["a police department under its provincial police issues in its name", ["CÔNG AN TỈNH LÂM ĐỒNG", "PHÒNG CẢNH SÁT QUẢN LÝ HÀNH CHÍNH", "VỀ TRẬT TỰ XÃ HỘI"], "Phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh Lâm Đồng", "tinh"],
    ["a steering committee's name wrapped over its place line", ["BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH", "TỈNH LÂM ĐỒNG"], "Ban Chỉ đạo cải cách hành chính tỉnh Lâm Đồng", "tinh"],
    ["'BCĐ CCHC TỈNH …' is the steering committee, spelled out", ["BCĐ CCHC TỈNH LÂM ĐỒNG"], "Ban Chỉ đạo cải cách hành chính tỉnh Lâm Đồng", "tinh"],
    ["'BAN CHỈ ĐẠO CCHC TỈNH' under its committee: the unit word is not written twice", ["UBND TỈNH LÂM ĐỒNG", "BAN CHỈ ĐẠO CCHC TỈNH"], "Ban Chỉ đạo cải cách hành chính tỉnh Lâm Đồng", "tinh"],
    ["a lower secondary school under its commune", ["UBND XÃ TÂN LẬP", "TRƯỜNG THCS TÂN LẬP"], "Trường THCS Tân Lập", "xa"],
    ["the council and committee heading together: the committee", ["HĐND - UBND XÃ TÂN LẬP"], "UBND xã Tân Lập", "xa"],
    ["the committee's office written in full", ["VĂN PHÒNG UBND TỈNH LÂM ĐỒNG"], "Văn phòng UBND tỉnh Lâm Đồng", "tinh"],
    ["a Party committee's two lines in one cell", ["ĐẢNG BỘ TỈNH LÂM ĐỒNG ĐẢNG ỦY XÃ TÂN LẬP"], "Đảng ủy xã Tân Lập", "xa"],
  ];
  for (const [name, lines, issuer, level] of cases) {
    it(name, async () => {
      const doc = await parseText(lines);
      expect([doc.meta.issuer, doc.meta.level]).toEqual([issuer, level]);
    });
  }
});

describe("an issuing body's name wrapped over two lines of its header cell", () => {
  it("a department with no committee line above it keeps its second line ('SỞ VĂN HÓA, THỂ THAO' / 'VÀ DU LỊCH')", async () => {
    const doc = await parseText(["SỞ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH"], "Lâm Đồng, ngày 12 tháng 01 năm 2026");
    expect([doc.meta.issuer, doc.meta.level]).toEqual(["Sở Văn hóa, Thể thao và Du lịch tỉnh Lâm Đồng", "tinh"]);
  });
});

describe("places and dates of the header", () => {
  it("a centrally governed city's place as written, 'Thành phố' kept; the city's committee at the province's level", async () => {
    const doc = await parseText(["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI"], "Thành phố Hà Nội, ngày 12 tháng 01 năm 2026");
    expect([doc.meta.place, doc.meta.date, doc.meta.issuer, doc.meta.level]).toEqual(["Thành phố Hà Nội", "2026-01-12", "UBND thành phố Hà Nội", "tinh"]);
  });

  it("a blank day and month: date null, the year still the plan's, one diagnostic naming both", async () => {
    const doc = await parseText(["UBND XÃ TÂN LẬP"], "Tân Lập, ngày      tháng      năm 2026", ["Cải cách hành chính"]);
    expect([doc.meta.date, doc.meta.year]).toEqual([null, 2026]);
    expect(doc.diagnostics.filter((d) => d.code === "date-blank").map((d) => d.message)).toEqual([expect.stringContaining("leaves its day and month blank")]);
  });

  it("a title citing a dated document: that date's year is not the plan's period", async () => {
    const doc = await parseText(["UBND XÃ TÂN LẬP"], "Tân Lập, ngày 12 tháng 01 năm 2026", ["Thực hiện Kết luận số 12-KL/TW ngày 20 tháng 12 năm 2025", "của Bộ Chính trị"]);
    expect([doc.meta.year, doc.meta.period]).toEqual([2026, { from: 2026, to: 2026 }]);
  });
});

/** A line of OCR words at 6 pt a character, read with high confidence. */
function ocrLine(text: string, x: number, y: number): PositionedText[] {
  const words: PositionedText[] = [];
  let cursor = x;
  for (const w of text.split(" ")) {
    words.push({ text: w, x: cursor, y, width: w.length * 6, height: 12, confidence: 95 });
    cursor += w.length * 6 + 4;
  }
  return words;
}

/** A one-page plan as the OCR reader (`ocr`) or a text layer hands it to the layout. */
function page(dateLine: string, firstPart: string, ocr: boolean): DocumentModel {
  const items = [
    ...ocrLine("BỘ CÔNG AN", 90, 60),
    ...ocrLine("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 300, 60),
    ...ocrLine("Độc lập - Tự do - Hạnh phúc", 330, 76),
    ...ocrLine("Số: 589/KH-BCA", 70, 110),
    ...ocrLine(dateLine, 320, 110),
    ...ocrLine("KẾ HOẠCH", 270, 160),
    ...ocrLine("Tổ chức hội nghị tập huấn năm 2026", 220, 176),
    ...ocrLine(firstPart, 60, 220),
    ...ocrLine("Nâng cao nhận thức của cán bộ.", 60, 240),
    ...ocrLine("II. TỔ CHỨC THỰC HIỆN", 60, 270),
    ...ocrLine("Cục C04 chủ trì thực hiện.", 60, 290),
  ].map((item) => (ocr ? item : { ...item, confidence: undefined }));
  const { value } = layoutPages([{ page: 1, width: 595, height: 842, items, rulings: [], ocr }]);
  return { type: "root", children: value, source: { format: "pdf", pages: 1, ocrPages: ocr ? [1] : [] } };
}

describe("diagnostics say what the input is: a scan or a text layer", () => {
  it("a scan's date line whose day and month OCR did not read: date null, date-unreadable (not date-missing)", () => {
    const { value, diagnostics } = segment(page("Hà Nội, ngày tháng năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", true));
    expect([value.meta.date, value.meta.place, value.meta.year]).toEqual([null, "Hà Nội", 2026]);
    const codes = diagnostics.map((d) => d.code);
    expect(codes).toContain("date-unreadable");
    expect(codes).not.toContain("date-missing");
    expect(diagnostics.find((d) => d.code === "date-unreadable")?.message).toMatch(/^the date line "Hà Nội, ngày tháng năm 2026" is on a scanned page and OCR read no day or month/);
  });

  it("the same line in a text layer is a draft's blank day and month", () => {
    const { diagnostics } = segment(page("Hà Nội, ngày tháng năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", false));
    expect(diagnostics.filter((d) => /^date-/.test(d.code)).map((d) => d.code)).toEqual(["date-blank"]);
  });

  it("'l.' for the first part's 'I.': OCR's misreading on a scan, what was written in a text layer", () => {
    const scan = segment(page("Hà Nội, ngày 22 tháng 01 năm 2026", "l. MỤC ĐÍCH, YÊU CẦU", true));
    const text = segment(page("Hà Nội, ngày 22 tháng 01 năm 2026", "l. MỤC ĐÍCH, YÊU CẦU", false));
    for (const { value } of [scan, text]) expect(value.sections.map((s) => s.numeral)).toEqual(["I", "II"]);
    const said = (r: typeof scan) => r.diagnostics.filter((d) => d.code === "section-numbering").map((d) => d.message);
    expect(said(scan)).toEqual([expect.stringContaining("(OCR misread its numeral)")]);
    expect(said(text)).toEqual([expect.stringContaining(`(its numeral written "l", which looks like I)`)]);
  });
});

describe("a plan issued with a decision the file does not hold", () => {
  it("has no number of its own (null), and the warning names the decision", async () => {
    const text = ["UBND TỈNH QUẢNG NGÃI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "KẾ HOẠCH", "Cải cách hành chính năm 2026", "(Ban hành kèm theo Quyết định số 25/QĐ-UBND ngày 10/01/2026 của UBND tỉnh Quảng Ngãi)", "", "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao.", "", "II. TỔ CHỨC THỰC HIỆN", "1. Sở Nội vụ: theo dõi.", ""].join("\n");
    const doc = await parsePlan(Buffer.from(text, "utf8"), { path: "plan.txt", ocr: "never" });
    expect([doc.meta.docType, doc.meta.number, doc.meta.issuer]).toEqual(["ke_hoach", null, "UBND tỉnh Quảng Ngãi"]);
    expect(doc.diagnostics.filter((d) => d.code === "number-missing").map((d) => d.message)).toEqual([expect.stringContaining("issued with Quyết định số 25/QĐ-UBND, which is not in the file")]);
  });
});

describe("the committee named in lower case in running text", () => {
  it("'… tại địa phương, ủy ban nhân dân tỉnh ban hành …' with no header: the province's level", async () => {
    const text = ["KẾ HOẠCH", "Thực hiện cải cách hành chính năm 2023", "", "Để tiếp tục triển khai công tác cải cách hành chính tại địa phương, ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:", "", "I. MỤC TIÊU", "Nâng cao.", "", "II. TỔ CHỨC THỰC HIỆN", "1. Sở Nội vụ: theo dõi.", ""].join("\n");
    const doc = await parsePlan(Buffer.from(text, "utf8"), { path: "plan.txt", ocr: "never" });
    expect([doc.meta.issuer, doc.meta.level]).toEqual([null, "tinh"]);
  });
});
