/**
 * Headers of the two-level local government (from 7/2025) and plans cut by Arabic-numbered parts (issues 17 and 18),
 * fixtures/headers/ (written by the team; see its README): a commune's committee under its province's line, a
 * commune's department ("PHÒNG VĂN HÓA - XÃ HỘI"), a city department under a three-line header ("THÀNH PHỐ HẢI
 * PHÒNG"), a tờ trình of the council's and committee's joint office before the plan it submits, a school under its
 * commune. Expected values are read off the documents.
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
  diagnostics?: Record<string, RegExp>;
}

const CASES: Case[] = [
  {
    file: "h1_xa-phu-ly-dong-nai-2026.txt",
    meta: {
      docType: "ke_hoach", number: "11/KH-UBND", date: "2026-01-09", place: "Phú Lý", issuer: "UBND xã Phú Lý", level: "xa",
      title: "Cải cách hành chính trên địa bàn xã Phú Lý năm 2026", year: 2026, period: { from: 2026, to: 2026 }, signer: "Trần Văn Lộc",
    },
    sections: [["I", "MỤC ĐÍCH, YÊU CẦU", ["1", "2"]], ["II", "NHIỆM VỤ TRỌNG TÂM", ["1", "2"]], ["III", "TỔ CHỨC THỰC HIỆN", ["1", "2"]]],
  },
  {
    file: "h2_phuong-hac-thanh-phong-van-hoa-xa-hoi-2026.txt",
    meta: {
      docType: "ke_hoach", number: "05/KH-VHXH", date: "2026-01-12", place: "Hạc Thành", issuer: "Phòng Văn hóa - Xã hội phường Hạc Thành",
      level: "xa", title: "Tuyên truyền cải cách hành chính năm 2026", year: 2026, period: { from: 2026, to: 2026 }, signer: "Lê Thị Mai",
    },
    sections: [
      ["1", "MỤC ĐÍCH, YÊU CẦU", ["1.1", "1.2"]],
      ["2", "NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN", ["2.1", "2.2"]],
      ["3", "TỔ CHỨC THỰC HIỆN", ["3.1", "3.2"]],
    ],
  },
  {
    file: "h3_so-khcn-hai-phong-2026.txt",
    meta: {
      docType: "ke_hoach", number: "33/KH-SKHCN", date: "2026-01-15", place: "Hải Phòng", issuer: "Sở Khoa học và Công nghệ thành phố Hải Phòng",
      level: "tinh", title: "Cải cách hành chính năm 2026 của Sở Khoa học và Công nghệ", year: 2026, period: { from: 2026, to: 2026 },
      signer: "Phạm Văn Hùng",
    },
    sections: [["1", "MỤC TIÊU", []], ["2", "NHIỆM VỤ", ["2.1", "2.2"]], ["3", "TỔ CHỨC THỰC HIỆN", ["3.1", "3.2"]]],
  },
  {
    file: "h4_to-trinh-van-phong-cat-tien-2026.txt",
    meta: {
      docType: "ke_hoach", number: "14/KH-UBND", date: "2026-01-15", place: "Cát Tiên", issuer: "UBND xã Cát Tiên", level: "xa",
      title: "Kiểm tra cải cách hành chính năm 2026", year: 2026, period: { from: 2026, to: 2026 }, signer: "Đinh Văn Tâm",
    },
    sections: [["1", "MỤC ĐÍCH, YÊU CẦU", []], ["2", "NỘI DUNG KIỂM TRA", ["2.1", "2.2"]], ["3", "TỔ CHỨC THỰC HIỆN", ["3.1", "3.2"]]],
    diagnostics: { "cover-document": /tờ trình \(03\/TTr-VP\)/ },
  },
  {
    file: "h5_truong-tieu-hoc-tan-lap-2026.txt",
    meta: {
      docType: "ke_hoach", number: "03/KH-THTL", date: "2026-01-12", place: "Tân Lập", issuer: "Trường Tiểu học Tân Lập", level: "xa",
      title: "Cải cách hành chính năm 2026", year: 2026, period: { from: 2026, to: 2026 }, signer: "Vũ Thị Hạnh",
    },
    sections: [["1", "MỤC ĐÍCH, YÊU CẦU", []], ["2", "NHIỆM VỤ", ["2.1", "2.2"]], ["3", "TỔ CHỨC THỰC HIỆN", ["3.1", "3.2"]]],
  },
];

describe("fixtures/headers: two-level local government headers, Arabic-numbered parts, a cover", () => {
  for (const c of CASES) {
    it(`${c.file}: meta and sections`, async () => {
      const doc = await parsePlan(fixture(c.file), { ocr: "never" });
      expect(doc.meta).toMatchObject(c.meta);
      expect(doc.sections.map((s) => [s.numeral, s.heading, s.subsections.map((sub) => sub.number)])).toEqual(c.sections);
      for (const [code, pattern] of Object.entries(c.diagnostics ?? {})) {
        expect(doc.diagnostics.some((d) => d.code === code && pattern.test(d.message)), code).toBe(true);
      }
    });
  }

  it("h2: a run-in item of an Arabic-numbered part keeps its label as heading and its text", async () => {
    const doc = await parsePlan(fixture("h2_phuong-hac-thanh-phong-van-hoa-xa-hoi-2026.txt"), { ocr: "never" });
    const third = doc.sections[2]!.subsections[0]!;
    expect(third.heading).toBe("Bộ phận văn hóa");
    expect(third.text).toBe("chủ trì thực hiện các nội dung tuyên truyền, hoàn thành trong Quý IV/2026.");
  });
});

/** A plan of `header` lines and `body` lines, as text. */
async function parseText(header: string[], body: string[]): Promise<PlanDocument> {
  const text = [...header, "", "KẾ HOẠCH", "Cải cách hành chính năm 2026", "", ...body, "", "Nơi nhận:", "- Lưu: VT.", ""].join("\n");
  return parsePlan(Buffer.from(text, "utf8"), { path: "plan.txt", ocr: "never" });
}

const MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", ""];
const BODY = ["I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao chất lượng.", "", "II. TỔ CHỨC THỰC HIỆN", "1. Văn phòng: theo dõi."];

describe("issuers of the two-level local government", () => {
  const cases: [string, string[], string, string][] = [
    ["a health station under its commune", ["UBND XÃ TÂN LẬP", "TRẠM Y TẾ"], "Trạm Y tế xã Tân Lập", "xa"],
    ["the council's and committee's joint office", ["HĐND - UBND XÃ CÁT TIÊN", "VĂN PHÒNG"], "Văn phòng HĐND và UBND xã Cát Tiên", "xa"],
    ["a ward's committee under its city's line", ["UBND THÀNH PHỐ HUẾ", "UBND PHƯỜNG THUẬN HÓA"], "UBND phường Thuận Hóa", "xa"],
    ["a commune named like a school ('Trường Sơn') is no school", ["ỦY BAN NHÂN DÂN", "XÃ TRƯỜNG SƠN"], "UBND xã Trường Sơn", "xa"],
    ["the province's public-service centre under its committee", ["UBND TỈNH ĐỒNG NAI", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"], "Trung tâm Phục vụ hành chính công tỉnh Đồng Nai", "tinh"],
    ["a commune's public-service centre, the committee and the centre on one line", ["UBND XÃ PHÚ LÝ TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"], "Trung tâm Phục vụ hành chính công xã Phú Lý", "xa"],
    ["a commune's council", ["HỘI ĐỒNG NHÂN DÂN", "XÃ PHÚ LÝ"], "HĐND xã Phú Lý", "xa"],
    ["a province's Department of Labour ('Xã hội') under its committee", ["UBND TỈNH AN GIANG", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"], "Sở Lao động - Thương binh và Xã hội tỉnh An Giang", "tinh"],
  ];
  for (const [name, lines, issuer, level] of cases) {
    it(name, async () => {
      const place = issuer.split(" ").slice(-2).join(" ");
      const doc = await parseText([...lines, ...MOTTO, "Số: 03/KH-X", `${place}, ngày 12 tháng 01 năm 2026`], BODY);
      expect([doc.meta.issuer, doc.meta.level]).toEqual([issuer, level]);
    });
  }
});

describe("a ministry's body under the ministry's line", () => {
  const cases: [string, string[], string][] = [
    ["a department of a ministry issues in its own name", ["BỘ NỘI VỤ", "VỤ CẢI CÁCH HÀNH CHÍNH"], "Vụ Cải cách hành chính"],
    ["a police department under the ministry", ["BỘ CÔNG AN", "CỤC CẢNH SÁT QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI"], "Cục Cảnh sát quản lý hành chính về trật tự xã hội"],
    ["a working group issues in its ministry's name", ["BỘ CÔNG AN", "TỔ CÔNG TÁC LIÊN NGÀNH TW"], "Bộ Công an"],
  ];
  for (const [name, lines, issuer] of cases) {
    it(name, async () => {
      const doc = await parseText([...lines, ...MOTTO, "Số: 21/KH-X", "Hà Nội, ngày 12 tháng 01 năm 2026"], BODY);
      expect([doc.meta.issuer, doc.meta.level]).toEqual([issuer, null]);
    });
  }
});

describe("a commune's committee under its province's, in a header table read cell by cell", () => {
  it("the motto's cells between the two committee lines are skipped: the commune issues", async () => {
    const text = [
      "UBND TỈNH ĐỒNG NAI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "UBND XÃ PHÚ LÝ\tĐộc lập - Tự do - Hạnh phúc",
      "",
      "Số: 11/KH-UBND\tPhú Lý, ngày 09 tháng 01 năm 2026",
      "",
      "KẾ HOẠCH",
      "Cải cách hành chính năm 2026",
      "",
      ...BODY,
    ].join("\n");
    const doc = await parsePlan(Buffer.from(text, "utf8"), { path: "plan.txt", ocr: "never" });
    expect([doc.meta.issuer, doc.meta.level, doc.meta.place, doc.meta.number]).toEqual(["UBND xã Phú Lý", "xa", "Phú Lý", "11/KH-UBND"]);
  });

  it("a province's committee alone stays the issuer", async () => {
    const doc = await parseText(["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG NAI", ...MOTTO, "Số: 11/KH-UBND", "Đồng Nai, ngày 09 tháng 01 năm 2026"], BODY);
    expect([doc.meta.issuer, doc.meta.level]).toEqual(["UBND tỉnh Đồng Nai", "tinh"]);
  });
});

describe("Arabic-numbered parts", () => {
  it("parts that start after 1. (the first lost in a partial copy) are read from the first, with a warning", async () => {
    const doc = await parseText(["SỞ NỘI VỤ TỈNH LẠNG SƠN", ...MOTTO, "Số: 03/KH-SNV", "Lạng Sơn, ngày 12 tháng 01 năm 2026"], [
      "Căn cứ Kế hoạch số 21/KH-UBND ngày 05/01/2026 của UBND tỉnh;", "",
      "2. NỘI DUNG KIỂM TRA", "2.1. Công tác chỉ đạo, điều hành.", "",
      "3. TỔ CHỨC THỰC HIỆN", "3.1. Văn phòng Sở: chủ trì.",
    ]);
    expect(doc.sections.map((s) => [s.numeral, s.heading, s.subsections.map((sub) => sub.number)])).toEqual([
      ["2", "NỘI DUNG KIỂM TRA", ["2.1"]],
      ["3", "TỔ CHỨC THỰC HIỆN", ["3.1"]],
    ]);
    expect(doc.diagnostics.some((d) => d.code === "section-numbering" && /start at section 2/.test(d.message))).toBe(true);
  });

  it("a numbered item in ordinary case before the parts is no part", async () => {
    const doc = await parseText(["SỞ NỘI VỤ TỈNH LẠNG SƠN", ...MOTTO, "Số: 03/KH-SNV", "Lạng Sơn, ngày 12 tháng 01 năm 2026"], [
      "3. Kế hoạch này thay thế Kế hoạch năm 2025.", "",
      "4. Ghi chú thêm", "",
    ]);
    expect(doc.sections).toEqual([]);
  });

  const ROMAN_PLAN = (second: string, third: string) => [
    "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao chất lượng.", "",
    second, "1. CẢI CÁCH THỂ CHẾ", "Rà soát văn bản.", "2. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "Công khai thủ tục.", "", third, "",
    "IV. TỔ CHỨC THỰC HIỆN", "1. Văn phòng: theo dõi.",
  ];

  it("a part of a Roman-numbered plan written with its Arabic number by a slip is that part, said", async () => {
    const doc = await parseText(["ỦY BAN NHÂN DÂN", "XÃ TÂN LẬP", ...MOTTO, "Số: 11/KH-UBND", "Tân Lập, ngày 09 tháng 01 năm 2026"], ROMAN_PLAN("2. NHIỆM VỤ", "III. KINH PHÍ"));
    expect(doc.sections.map((s) => [s.numeral, s.heading])).toEqual([["I", "MỤC ĐÍCH, YÊU CẦU"], ["II", "NHIỆM VỤ"], ["III", "KINH PHÍ"], ["IV", "TỔ CHỨC THỰC HIỆN"]]);
    expect(doc.diagnostics.some((d) => d.code === "section-numbering" && /"2\. NHIỆM VỤ" read as section II/.test(d.message))).toBe(true);
  });

  it("an upper-case item after its sibling ('2. …', then '3. CẢI CÁCH …') stays an item, even where the next part is due", async () => {
    const doc = await parseText(["ỦY BAN NHÂN DÂN", "XÃ TÂN LẬP", ...MOTTO, "Số: 11/KH-UBND", "Tân Lập, ngày 09 tháng 01 năm 2026"], ROMAN_PLAN("II. NHIỆM VỤ", "3. CẢI CÁCH TỔ CHỨC BỘ MÁY"));
    expect(doc.sections.map((s) => [s.numeral, s.subsections.map((sub) => sub.number)])).toEqual([["I", []], ["II", ["1", "2", "3"]], ["IV", ["1"]]]);
  });
});
