/**
 * Headers of issues 17/18, round 20 (fixtures/headers h24–h33, written by the team; see its README): a decision that
 * approves a programme in its Điều 1 (its "Căn cứ …" bases before its parts, "Số: 12/2026/QĐ-UBND"); "Số:" over its
 * number in a scrape and in a Word cell; parts lettered "A." "B." "C."; "PHẦN THỨ NHẤT" with its heading and text in
 * one paragraph; "PHẦN I. …" right under the title; bases in one Word paragraph (Shift+Enter); the last basis running
 * on into the clause that enacts the plan; a unit named after an area ("khu vực Lâm Thao"); a signer of the Central
 * Highlands ("Ksor H'Bia"). Expected values are read off the documents (for the DOCX and PDF, their generators).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parsePlan, releaseReaders } from "../../src/index.js";
import type { PlanDocument } from "../../src/schema/plan.js";

const fixture = (name: string) => new URL(`../../fixtures/headers/${name}`, import.meta.url).pathname;
afterAll(releaseReaders);

interface Case {
  file: string;
  meta: Partial<PlanDocument["meta"]>;
  /** Each section: numeral, heading, its subsections' numbers. */
  sections: [string, string, string[]][];
  /** Diagnostic codes the document must give. */
  codes?: string[];
}

const CASES: Case[] = [
  {
    file: "h24_qd-ubnd-tinh-hung-yen-chuong-trinh-cchc-2026.txt",
    meta: {
      docType: "quyet_dinh", number: "12/2026/QĐ-UBND", date: "2026-01-09", place: "Hưng Yên", issuer: "UBND tỉnh Hưng Yên", level: "tinh",
      title: "Phê duyệt Chương trình cải cách hành chính nhà nước tỉnh Hưng Yên năm 2026", year: 2026, period: { from: 2026, to: 2026 },
      signer: "Nguyễn Lê Huy",
      legalBases: [
        "Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025",
        "Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030",
        "Quyết định số 04/2025/QĐ-UBND ngày 02 tháng 7 năm 2025 của UBND tỉnh Hưng Yên ban hành Quy chế làm việc của UBND tỉnh",
      ],
      recipients: ["Như Điều 3", "Bộ Nội vụ (để b/c)", "Thường trực Tỉnh ủy (để b/c)", "Lưu: VT, NC"],
    },
    sections: [["I", "MỤC TIÊU", ["1", "2"]], ["II", "NHIỆM VỤ, GIẢI PHÁP", ["1", "2"]], ["III", "TỔ CHỨC THỰC HIỆN", ["1", "2"]]],
  },
  {
    file: "h25_ubnd-xa-thanh-son-phu-tho-2026.md",
    meta: {
      docType: "ke_hoach", number: "35/KH-UBND", date: "2026-01-14", place: "Thanh Sơn", issuer: "UBND xã Thanh Sơn", level: "xa",
      title: "Triển khai công tác cải cách hành chính năm 2026", year: 2026, period: { from: 2026, to: 2026 }, signer: "Đinh Văn Quang",
      legalBases: [
        "Kế hoạch số 15/KH-UBND ngày 05 tháng 01 năm 2026 của UBND tỉnh Phú Thọ về cải cách hành chính nhà nước năm 2026",
        "Nghị quyết số 03/NQ-ĐU ngày 02 tháng 01 năm 2026 của Đảng ủy xã Thanh Sơn về nhiệm vụ năm 2026",
      ],
      recipients: ["Như trên", "UBND tỉnh Phú Thọ (b/c)", "Thường trực Đảng ủy xã (b/c)", "Lưu: VT"],
    },
    sections: [["I", "MỤC ĐÍCH, YÊU CẦU", ["1", "2"]], ["II", "NHIỆM VỤ TRỌNG TÂM", ["1", "2"]], ["III", "TỔ CHỨC THỰC HIỆN", ["1", "2"]]],
  },
  {
    file: "h26_bql-cac-kcn-phu-tho-2026.txt",
    meta: {
      docType: "ke_hoach", number: "07/KH-BQL", date: "2026-02-12", place: "Phú Thọ", issuer: "Ban Quản lý các khu công nghiệp tỉnh Phú Thọ", level: "tinh",
      title: "Thực hiện nhiệm vụ cải cách hành chính của Ban Quản lý các khu công nghiệp năm 2026", year: 2026, period: { from: 2026, to: 2026 },
      signer: "Bùi Thanh Hải", legalBases: [], recipients: ["UBND tỉnh (b/c)", "Sở Nội vụ", "Lãnh đạo Ban", "Lưu: VT, VP"],
    },
    sections: [["A", "MỤC ĐÍCH, YÊU CẦU", ["1", "2"]], ["B", "NHIỆM VỤ CỤ THỂ", ["1", "2"]], ["C", "TỔ CHỨC THỰC HIỆN", ["1", "2"]]],
  },
  {
    file: "h27_dang-uy-phuong-hoa-lu-ninh-binh-2026.txt",
    meta: {
      docType: "ke_hoach", number: "21-KH/ĐU", date: "2026-03-03", place: "Hoa Lư", issuer: "Đảng ủy phường Hoa Lư", level: "xa",
      title: "thực hiện Nghị quyết của Ban Chấp hành Đảng bộ phường về đẩy mạnh cải cách hành chính, chuyển đổi số năm 2026",
      year: 2026, period: { from: 2026, to: 2026 }, signer: "Trần Quốc Việt",
      recipients: ["Ban Thường vụ Tỉnh ủy (b/c)", "Các chi bộ trực thuộc", "Lưu Văn phòng Đảng ủy"],
    },
    sections: [["I", "KẾT QUẢ THỰC HIỆN NĂM 2025", []], ["II", "NHIỆM VỤ, GIẢI PHÁP NĂM 2026", ["1", "2"]], ["III", "TỔ CHỨC THỰC HIỆN", ["1", "2"]]],
  },
  {
    file: "h28_bqlda-khu-vuc-lam-thao-phu-tho-du-thao-2026.txt",
    meta: {
      docType: "ke_hoach", number: null, date: null, place: "Lâm Thao", issuer: "Ban Quản lý dự án đầu tư xây dựng khu vực Lâm Thao tỉnh Phú Thọ", level: "tinh",
      title: "Cải cách hành chính năm 2026", year: 2026, period: { from: 2026, to: 2026 }, signer: null,
      recipients: ["Sở Xây dựng (b/c)", "Lưu: VT, HCTH"],
    },
    sections: [["I", "MỤC ĐÍCH, YÊU CẦU", ["1", "2"]], ["II", "NHIỆM VỤ", ["1", "2"]], ["III", "TỔ CHỨC THỰC HIỆN", ["1"]]],
    codes: ["number-blank", "date-blank"],
  },
  {
    file: "h29_ubnd-xa-nam-dan-nghe-an-2026.docx",
    meta: {
      docType: "ke_hoach", number: "09/KH-UBND", date: "2026-01-20", place: "Nam Đàn", issuer: "UBND xã Nam Đàn", level: "xa",
      title: "Cải cách hành chính năm 2026", year: 2026, period: { from: 2026, to: 2026 }, signer: "Nguyễn Văn Long",
      legalBases: [
        "Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025",
        "Kế hoạch số 33/KH-UBND ngày 10 tháng 01 năm 2026 của UBND tỉnh Nghệ An về cải cách hành chính nhà nước năm 2026",
        "Nghị quyết số 02/NQ-HĐND ngày 05 tháng 01 năm 2026 của HĐND xã Nam Đàn về nhiệm vụ phát triển kinh tế - xã hội năm 2026",
      ],
      recipients: ["UBND tỉnh (b/c)", "Thường trực Đảng ủy xã", "Lưu: VT"],
    },
    sections: [["I", "MỤC ĐÍCH, YÊU CẦU", ["1", "2"]], ["II", "NHIỆM VỤ", ["1", "2"]], ["III", "TỔ CHỨC THỰC HIỆN", ["1"]]],
  },
  {
    file: "h30_so-tu-phap-quang-ninh-2026.txt",
    meta: {
      docType: "ke_hoach", number: "88/KH-STP", date: "2026-01-22", place: "Quảng Ninh", issuer: "Sở Tư pháp tỉnh Quảng Ninh", level: "tinh",
      title: "Cải cách hành chính năm 2026", year: 2026, period: { from: 2026, to: 2026 }, signer: "Phạm Thị Hương",
      legalBases: [
        "Quyết định số 15/2025/QĐ-UBND ngày 10 tháng 7 năm 2025 của UBND tỉnh quy định chức năng, nhiệm vụ của Sở Tư pháp",
        "Kế hoạch số 20/KH-UBND ngày 10/01/2026 của UBND tỉnh về cải cách hành chính năm 2026",
      ],
      recipients: ["Như trên", "UBND tỉnh (để b/c)", "Lưu: VT, VP"],
    },
    sections: [["1", "MỤC ĐÍCH, YÊU CẦU", ["1.1", "1.2"]], ["2", "NHIỆM VỤ", ["2.1", "2.2"]], ["3", "TỔ CHỨC THỰC HIỆN", ["3.1"]]],
  },
  {
    file: "h31_qd-ubnd-xa-yen-the-bac-ninh-2026.txt",
    meta: {
      docType: "quyet_dinh", number: "03/QĐ-UBND", date: "2026-01-06", place: "Yên Thế", issuer: "UBND xã Yên Thế", level: "xa",
      title: "Cải cách hành chính năm 2026", year: 2026, period: { from: 2026, to: 2026 }, signer: "Ngô Văn Hòa",
      legalBases: ["Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025", "Kế hoạch số 11/KH-UBND ngày 02 tháng 01 năm 2026 của UBND tỉnh Bắc Ninh"],
      recipients: ["Như Điều 3", "Lưu: VT"],
    },
    sections: [["A", "MỤC ĐÍCH, YÊU CẦU", ["1", "2"]], ["B", "NHIỆM VỤ TRỌNG TÂM", ["1", "2"]], ["C", "TỔ CHỨC THỰC HIỆN", ["1"]]],
  },
  {
    file: "h32_so-xay-dung-lao-cai-2026.pdf",
    meta: {
      docType: "ke_hoach", number: "46/KH-SXD", date: "2026-01-27", place: "Lào Cai", issuer: "Sở Xây dựng tỉnh Lào Cai", level: "tinh",
      title: "Thực hiện công tác cải cách hành chính và chuyển đổi số của Sở Xây dựng năm 2026", year: 2026, period: { from: 2026, to: 2026 },
      signer: "Giàng Seo Phử",
      legalBases: [
        "Quyết định số 19/2025/QĐ-UBND ngày 01 tháng 7 năm 2025 của UBND tỉnh Lào Cai quy định chức năng, nhiệm vụ của Sở Xây dựng",
        "Kế hoạch số 12/KH-UBND ngày 09 tháng 01 năm 2026 của UBND tỉnh Lào Cai về cải cách hành chính nhà nước năm 2026",
      ],
      recipients: ["UBND tỉnh (b/c)", "Sở Nội vụ", "Lưu: VT, VP"],
    },
    sections: [["A", "MỤC ĐÍCH, YÊU CẦU", ["1", "2"]], ["B", "NHIỆM VỤ TRỌNG TÂM", ["1", "2"]], ["C", "TỔ CHỨC THỰC HIỆN", ["1", "2"]]],
  },
  {
    file: "h33_qd-so-noi-vu-gia-lai-chuong-trinh-2026.docx",
    meta: {
      docType: "quyet_dinh", number: "15/QĐ-SNV", date: "2026-01-16", place: "Gia Lai", issuer: "Sở Nội vụ tỉnh Gia Lai", level: "tinh",
      title: "Phê duyệt Chương trình cải cách hành chính của Sở Nội vụ năm 2026", year: 2026, period: { from: 2026, to: 2026 }, signer: "Ksor H'Bia",
      legalBases: [
        "Quyết định số 07/2025/QĐ-UBND ngày 01 tháng 7 năm 2025 của UBND tỉnh Gia Lai quy định chức năng, nhiệm vụ, quyền hạn của Sở Nội vụ",
        "Kế hoạch số 25/KH-UBND ngày 08 tháng 01 năm 2026 của UBND tỉnh Gia Lai về cải cách hành chính năm 2026",
      ],
      recipients: ["Như Điều 3", "UBND tỉnh (b/c)", "Lưu: VT, VP"],
    },
    sections: [["I", "MỤC TIÊU", ["1", "2"]], ["II", "NHIỆM VỤ", ["1", "2"]], ["III", "TỔ CHỨC THỰC HIỆN", ["1"]]],
  },
];

describe("fixtures/headers h24–h33: meta and sections", () => {
  for (const c of CASES) {
    it(`${c.file}: meta and sections`, async () => {
      const doc = await parsePlan(fixture(c.file), { ocr: "never" });
      expect(doc.meta).toMatchObject(c.meta);
      expect(doc.sections.map((s) => [s.numeral, s.heading, s.subsections.map((sub) => sub.number)])).toEqual(c.sections);
      const codes = doc.diagnostics.map((d) => d.code);
      for (const code of c.codes ?? []) expect(codes, code).toContain(code);
    });
  }

  it("h27: the first part's text run on under its heading is the part's text", async () => {
    const doc = await parsePlan(fixture("h27_dang-uy-phuong-hoa-lu-ninh-binh-2026.txt"), { ocr: "never" });
    expect(doc.sections[0]?.text).toMatch(/^Năm 2025, Đảng ủy phường lãnh đạo hoàn thành 12\/12 chỉ tiêu/u);
  });
});

/** A plan of `lines` as text. */
function parseLines(lines: string[]): Promise<PlanDocument> {
  return parsePlan(Buffer.from(lines.join("\n"), "utf8"), { path: "plan.txt", ocr: "never" });
}

const HEADER = ["ỦY BAN NHÂN DÂN", "XÃ TÂN LẬP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "Số: 05/KH-UBND", "Tân Lập, ngày 10 tháng 02 năm 2026", ""];
const FOOT = ["", "Nơi nhận:", "- Lưu: VT.", "", "CHỦ TỊCH", "", "Lê Văn Bình"];

describe("lettered parts", () => {
  it("one letter alone is no plan's parts", async () => {
    const doc = await parseLines([...HEADER, "KẾ HOẠCH", "Cải cách hành chính năm 2026", "", "A. MỤC ĐÍCH", "1. Nâng cao chất lượng.", "2. Bám sát nhiệm vụ.", ...FOOT]);
    expect(doc.sections.some((s) => s.numeral === "A")).toBe(false);
  });

  it("Roman parts under lettered ones stay the sections", async () => {
    const doc = await parseLines([
      ...HEADER, "KẾ HOẠCH", "Cải cách hành chính năm 2026", "", "A. KẾT QUẢ NĂM 2025", "Hoàn thành các chỉ tiêu.", "",
      "B. NHIỆM VỤ NĂM 2026", "I. MỤC ĐÍCH, YÊU CẦU", "1. Nâng cao chất lượng.", "II. TỔ CHỨC THỰC HIỆN", "1. Văn phòng theo dõi.", ...FOOT,
    ]);
    expect(doc.sections.map((s) => s.numeral)).toEqual(["I", "II"]);
  });

  it("a letter skipped ('A.', 'C.') ends the run: the parts are only those in order", async () => {
    const doc = await parseLines([
      ...HEADER, "KẾ HOẠCH", "Cải cách hành chính năm 2026", "", "A. MỤC ĐÍCH, YÊU CẦU", "1. Nâng cao chất lượng.", "", "B. NHIỆM VỤ", "1. Rà soát thủ tục.", "",
      "D. TỔ CHỨC THỰC HIỆN", "1. Văn phòng theo dõi.", ...FOOT,
    ]);
    expect(doc.sections.map((s) => [s.numeral, s.heading])).toEqual([["A", "MỤC ĐÍCH, YÊU CẦU"], ["B", "NHIỆM VỤ"]]);
  });
});

describe("legal bases", () => {
  it("a wrapped basis line that starts with 'căn cứ' in lower case goes on with the basis", async () => {
    const doc = await parsePlan(fixture("h29_ubnd-xa-nam-dan-nghe-an-2026.docx"), { ocr: "never" });
    expect(doc.meta.legalBases).toHaveLength(3);
    const text = await parseLines([...HEADER, "KẾ HOẠCH", "Cải cách hành chính năm 2026", "", "Căn cứ Hướng dẫn số 02/HD-SNV ngày 05/01/2026 của Sở Nội vụ về việc các đơn vị", "căn cứ chức năng xây dựng kế hoạch;", "", "I. MỤC ĐÍCH", "Nâng cao chất lượng.", "", "II. TỔ CHỨC THỰC HIỆN", "1. Văn phòng theo dõi.", ...FOOT]);
    expect(text.meta.legalBases).toEqual(["Hướng dẫn số 02/HD-SNV ngày 05/01/2026 của Sở Nội vụ về việc các đơn vị căn cứ chức năng xây dựng kế hoạch"]);
  });

  it("a basis that says 'như sau' with no enacting verb is kept whole", async () => {
    const doc = await parseLines([...HEADER, "KẾ HOẠCH", "Cải cách hành chính năm 2026", "", "Căn cứ các văn bản của tỉnh, cụ thể như sau:", "", "I. MỤC ĐÍCH", "Nâng cao chất lượng.", "", "II. TỔ CHỨC THỰC HIỆN", "1. Văn phòng theo dõi.", ...FOOT]);
    expect(doc.meta.legalBases).toEqual(["các văn bản của tỉnh, cụ thể như sau:"]);
  });
});

const corpus = process.env.CCHC_REAL ?? new URL("../../../shared/real", import.meta.url).pathname;
const present = existsSync(corpus);
if (!present) console.warn(`test/segment/headers20.test.ts: real documents skipped, no corpus at ${corpus} (set CCHC_REAL)`);

describe.skipIf(!present)("real documents: a decision's bases, 'Số:' over its number", () => {
  it("r17 (a decision approving a programme in its Điều 1): its six 'Căn cứ' bases", async () => {
    const doc = await parsePlan(join(corpus, "r17_ttg_2629-QD-TTg-2025_chuong-trinh-chinh-phu-so.md"), { ocr: "never" });
    expect(doc.meta.legalBases).toHaveLength(6);
    expect(doc.meta.legalBases[0]).toBe("Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025");
    expect(doc.meta.legalBases[5]).toMatch(/^Nghị quyết số 214\/NQ-CP ngày 23 tháng 7 năm 2025 của Chính phủ/u);
  });

  it("r15 ('Số:' / '2820/QĐ-UBND' on two lines): the number is the header's, not the appendix reference's", async () => {
    const doc = await parsePlan(join(corpus, "r15_hcm-tp_2820-QD-UBND-2025_kh-csdl-quy-hoach.md"), { ocr: "never" });
    expect(doc.meta.number).toBe("2820/QĐ-UBND");
    expect(doc.diagnostics.map((d) => d.code)).not.toContain("number-from-reference");
  });
});
