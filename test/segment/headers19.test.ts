/**
 * Headers of issues 17/18, round 19 (fixtures/headers h18–h23, written by the team; see its README): a district's plan
 * typed in the VNI legacy font throughout (DOCX and its Word 97 .doc), "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" and "TM. ỦY BAN
 * NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH", "T/M BAN THƯỜNG VỤ" / "PHÓ BÍ THƯ", "TL. GIÁM ĐỐC" / "CHÁNH VĂN
 * PHÒNG", "KT. CHI CỤC TRƯỞNG" wrapped in its column; parts named "PHẦN THỨ NHẤT" and "Chương I"; Arabic parts; a
 * department of a province merged on 01/7/2025 dating from the new province; three-line headers whose lowest body
 * issues; a number not yet given. Expected values are read off the documents (for h18, the generator's Unicode text).
 */
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

const H18_META: Partial<PlanDocument["meta"]> = {
  docType: "ke_hoach", number: "45/KH-UBND", date: "2024-03-08", place: "Bảo Lâm", issuer: "UBND huyện Bảo Lâm", level: "huyen",
  title: "Kiểm tra công tác cải cách hành chính năm 2024", year: 2024, period: { from: 2024, to: 2024 }, signer: "Trần Thị Hồng Nhung",
  legalBases: ["Kế hoạch số 12/KH-UBND ngày 15/01/2024 của UBND tỉnh Lâm Đồng về cải cách hành chính năm 2024"],
  recipients: ["UBND tỉnh (b/c)", "Lưu: VT, NV"],
};
const H18_SECTIONS: [string, string, string[]][] = [["I", "MỤC ĐÍCH, YÊU CẦU", ["1", "2"]], ["II", "NỘI DUNG KIỂM TRA", ["1", "2"]], ["III", "TỔ CHỨC THỰC HIỆN", ["1", "2"]]];

const CASES: Case[] = [
  { file: "h18_ubnd-huyen-bao-lam-vni-2024.docx", meta: H18_META, sections: H18_SECTIONS, codes: ["legacy-font-converted"] },
  { file: "h18_ubnd-huyen-bao-lam-vni-2024.doc", meta: H18_META, sections: H18_SECTIONS, codes: ["legacy-font-converted"] },
  {
    file: "h19_dang-uy-xa-my-hiep-dong-thap-2026.md",
    meta: {
      docType: "ke_hoach", number: "12-KH/ĐU", date: "2026-02-05", place: "Mỹ Hiệp", issuer: "Đảng ủy xã Mỹ Hiệp", level: "xa",
      title: "lãnh đạo thực hiện công tác cải cách hành chính và chuyển đổi số năm 2026", year: 2026, period: { from: 2026, to: 2026 },
      signer: "Lê Minh Tâm", recipients: ["Ban Thường vụ Tỉnh ủy (b/c)", "Các chi bộ trực thuộc", "Lưu Văn phòng Đảng ủy"],
    },
    sections: [["I", "MỤC ĐÍCH, YÊU CẦU", ["1", "2"]], ["II", "NHIỆM VỤ, GIẢI PHÁP", ["1", "2", "3"]], ["III", "TỔ CHỨC THỰC HIỆN", ["1", "2"]]],
  },
  {
    file: "h20_so-khcn-tuyen-quang-sau-hop-nhat-2025.txt",
    meta: {
      docType: "ke_hoach", number: "210/KH-SKHCN", date: "2025-08-20", place: "Tuyên Quang", issuer: "Sở Khoa học và Công nghệ tỉnh Tuyên Quang", level: "tinh",
      title: "Cải cách hành chính của Sở Khoa học và Công nghệ từ nay đến hết năm 2025", year: 2025, period: { from: 2025, to: 2025 },
      signer: "Hoàng Thị Mai", recipients: ["UBND tỉnh (b/c)", "Giám đốc, các Phó Giám đốc Sở", "Lưu: VT, VP"],
      legalBases: [
        "Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh",
        "Quyết định số 05/QĐ-UBND ngày 01 tháng 7 năm 2025 của UBND tỉnh Tuyên Quang quy định chức năng, nhiệm vụ của Sở Khoa học và Công nghệ",
      ],
    },
    sections: [["1", "MỤC TIÊU", []], ["2", "NHIỆM VỤ", ["2.1", "2.2"]], ["3", "TỔ CHỨC THỰC HIỆN", ["3.1", "3.2"]]],
  },
  {
    file: "h21_chi-cuc-thuy-loi-phu-tho-2026.pdf",
    meta: {
      docType: "ke_hoach", number: null, date: "2026-01-14", place: "Phú Thọ", issuer: "Chi cục Thủy lợi tỉnh Phú Thọ", level: "tinh",
      title: "Cải cách hành chính năm 2026 của Chi cục Thủy lợi", year: 2026, period: { from: 2026, to: 2026 },
      signer: "Đinh Văn Toàn", recipients: ["Sở Nông nghiệp và Môi trường (b/c)", "Lưu: VT"],
    },
    sections: [["I", "MỤC ĐÍCH, YÊU CẦU", []], ["II", "NHIỆM VỤ", ["1", "2"]], ["III", "TỔ CHỨC THỰC HIỆN", ["1", "2"]]],
    codes: ["number-blank"],
  },
  {
    file: "h22_ubnd-phuong-long-bien-chuong-2026.md",
    meta: {
      docType: "ke_hoach", number: "38/KH-UBND", date: "2026-01-23", place: "Long Biên", issuer: "UBND phường Long Biên", level: "xa",
      title: "Chuyển đổi số gắn với cải cách hành chính trên địa bàn phường giai đoạn 2026 - 2030", year: 2026, period: { from: 2026, to: 2030 },
      signer: "Nguyễn Thị Thu Hà", recipients: ["UBND thành phố (b/c)", "Thường trực Đảng ủy, HĐND phường", "Lưu: VT"],
    },
    sections: [["I", "QUAN ĐIỂM, MỤC TIÊU", ["1", "2"]], ["II", "NHIỆM VỤ, GIẢI PHÁP", ["1", "2", "3"]], ["III", "TỔ CHỨC THỰC HIỆN", ["1", "2"]]],
  },
  {
    file: "h23_van-phong-so-noi-vu-nghe-an-2026.docx",
    meta: {
      docType: "ke_hoach", number: "07/KH-VP", date: "2026-02-09", place: "Nghệ An", issuer: "Văn phòng Sở Nội vụ tỉnh Nghệ An", level: "tinh",
      title: "Thực hiện nhiệm vụ cải cách hành chính và chuyển đổi số tại Văn phòng Sở năm 2026", year: 2026, period: { from: 2026, to: 2026 },
      signer: "Nguyễn Thị Lan Anh", recipients: ["Giám đốc Sở (b/c)", "Công chức Văn phòng", "Lưu: VT"],
    },
    sections: [["1", "MỤC ĐÍCH, YÊU CẦU", ["1.1", "1.2"]], ["2", "NHIỆM VỤ CỤ THỂ", ["2.1", "2.2", "2.3"]], ["3", "TỔ CHỨC THỰC HIỆN", ["3.1", "3.2"]]],
  },
];

describe("fixtures/headers h18–h23: meta and sections", () => {
  for (const c of CASES) {
    it(`${c.file}: meta and sections`, async () => {
      const doc = await parsePlan(fixture(c.file), { ocr: "never" });
      expect(doc.meta).toMatchObject(c.meta);
      expect(doc.sections.map((s) => [s.numeral, s.heading, s.subsections.map((sub) => sub.number)])).toEqual(c.sections);
      const codes = doc.diagnostics.map((d) => d.code);
      for (const code of c.codes ?? []) expect(codes, code).toContain(code);
    });
  }

  it("h18: the .doc and the DOCX report the same number of paragraphs converted from the legacy font", async () => {
    const count = async (file: string) => (await parsePlan(fixture(file), { ocr: "never" })).diagnostics.find((d) => d.code === "legacy-font-converted")?.message;
    const docx = await count("h18_ubnd-huyen-bao-lam-vni-2024.docx");
    expect(docx).toMatch(/^\d+ paragraph\(s\) set in a legacy Vietnamese font/);
    expect(await count("h18_ubnd-huyen-bao-lam-vni-2024.doc")).toBe(docx);
  });
});

/** A plan of `header` lines and `body` lines, as text. */
async function parseText(header: string[], body: string[], place = "Phú Thọ, ngày 14 tháng 01 năm 2026"): Promise<PlanDocument> {
  const text = [
    ...header, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "Số: 03/KH-VP", place, "",
    "KẾ HOẠCH", "Cải cách hành chính năm 2026", "", ...body, "", "Nơi nhận:", "- Lưu: VT.", "",
  ].join("\n");
  return parsePlan(Buffer.from(text, "utf8"), { path: "plan.txt", ocr: "never" });
}

const PARTS = ["I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao chất lượng.", "", "II. TỔ CHỨC THỰC HIỆN", "1. Văn phòng: theo dõi."];

describe("three-line headers: the lowest body issues", () => {
  const cases: [string, string[], string][] = [
    ["the office of a department under the committee and the department", ["UBND TỈNH PHÚ THỌ", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "VĂN PHÒNG"], "Văn phòng Sở Nông nghiệp và Môi trường tỉnh Phú Thọ"],
    ["a division of a department", ["UBND TỈNH PHÚ THỌ", "SỞ Y TẾ", "PHÒNG NGHIỆP VỤ DƯỢC"], "Phòng Nghiệp vụ dược Sở Y tế tỉnh Phú Thọ"],
    ["a sub-department (chi cục) is named by its own name, in its province", ["UBND TỈNH PHÚ THỌ", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "CHI CỤC KIỂM LÂM"], "Chi cục Kiểm lâm tỉnh Phú Thọ"],
    ["a hospital whose name ends with its unit word takes the province's name", ["UBND TỈNH PHÚ THỌ", "SỞ Y TẾ", "BỆNH VIỆN ĐA KHOA TỈNH"], "Bệnh viện Đa khoa tỉnh Phú Thọ"],
    ["a department's name wrapped before 'TRƯỜNG', then its office", ["UBND TỈNH PHÚ THỌ", "SỞ NÔNG NGHIỆP VÀ MÔI", "TRƯỜNG", "VĂN PHÒNG"], "Văn phòng Sở Nông nghiệp và Môi trường tỉnh Phú Thọ"],
    ["two lines: the department's office under the department alone", ["SỞ NỘI VỤ", "VĂN PHÒNG"], "Văn phòng Sở Nội vụ tỉnh Phú Thọ"],
  ];
  for (const [name, lines, issuer] of cases) {
    it(name, async () => {
      const doc = await parseText(lines, PARTS);
      expect([doc.meta.issuer, doc.meta.level]).toEqual([issuer, "tinh"]);
    });
  }

  it("a department's name wrapped before 'TRƯỜNG' under the committee is one name", async () => {
    const doc = await parseText(["UBND TỈNH PHÚ THỌ", "SỞ NÔNG NGHIỆP VÀ MÔI", "TRƯỜNG"], PARTS);
    expect(doc.meta.issuer).toBe("Sở Nông nghiệp và Môi trường tỉnh Phú Thọ");
  });
});

describe("parts named by an ordinal word or as chapters", () => {
  const header = ["UBND TỈNH PHÚ THỌ"];
  it("'Phần thứ nhất: MỤC ĐÍCH …' with its heading on the same line", async () => {
    const doc = await parseText(header, ["Phần thứ nhất: MỤC ĐÍCH, YÊU CẦU", "Nâng cao chất lượng phục vụ người dân, doanh nghiệp trong giải quyết thủ tục hành chính.", "Phần thứ hai: TỔ CHỨC THỰC HIỆN", "1. Văn phòng: theo dõi."]);
    expect(doc.sections.map((s) => [s.numeral, s.heading])).toEqual([["I", "MỤC ĐÍCH, YÊU CẦU"], ["II", "TỔ CHỨC THỰC HIỆN"]]);
  });

  it("'CHƯƠNG I' alone, its heading on the next line", async () => {
    const doc = await parseText(header, ["CHƯƠNG I", "MỤC TIÊU", "", "Nâng cao chất lượng.", "", "CHƯƠNG II", "TỔ CHỨC THỰC HIỆN", "", "1. Văn phòng: theo dõi."]);
    expect(doc.sections.map((s) => [s.numeral, s.heading])).toEqual([["I", "MỤC TIÊU"], ["II", "TỔ CHỨC THỰC HIỆN"]]);
  });

  it("a sentence starting 'Phần thứ hai của …' is no part", async () => {
    const doc = await parseText(header, [...PARTS, "Phần thứ hai của Kế hoạch giao Văn phòng theo dõi."]);
    expect(doc.sections.map((s) => s.numeral)).toEqual(["I", "II"]);
    expect(doc.sections[1]!.text).toContain("Phần thứ hai của Kế hoạch");
  });
});

describe("recipients beside a signing title wrapped in its column (a PDF's borderless signature table)", () => {
  it("the title's second line in capitals between two recipients is skipped", async () => {
    const text = [
      "UBND XÃ TÂN LẬP", "", "Số: 03/KH-UBND", "Tân Lập, ngày 12 tháng 01 năm 2026", "", "KẾ HOẠCH", "Cải cách hành chính năm 2026", "",
      "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao chất lượng.", "", "II. TỔ CHỨC THỰC HIỆN", "1. Văn phòng: theo dõi.", "",
      "KT. CHI CỤC TRƯỞNG", "", "Nơi nhận:", "", "PHÓ CHI CỤC", "", "- UBND huyện (b/c);", "", "TRƯỞNG", "", "- Lưu: VT.", "", "Đinh Văn Toàn", "",
    ].join("\n");
    const doc = await parsePlan(Buffer.from(text, "utf8"), { path: "plan.txt", ocr: "never" });
    expect(doc.meta.recipients).toEqual(["UBND huyện (b/c)", "Lưu: VT"]);
  });
});

describe("recipients beside the signature block of a PDF's borderless table (fixtures/prose p63)", () => {
  it("'CHỦ TỊCH' read between the first and second recipient does not end the list", async () => {
    const doc = await parsePlan(new URL("../../fixtures/prose/p63_dac-khu-van-don-kiem-tra-cchc-2026.pdf", import.meta.url).pathname, { ocr: "never" });
    expect(doc.meta.recipients).toEqual(["Sở Nội vụ", "TT Đảng ủy, TT HĐND đặc khu", "Lưu: VT"]);
    expect(doc.meta.signer).toBe("Hoàng Văn Nam");
  });
});
