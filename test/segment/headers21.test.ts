/**
 * Headers of issues 17/18, round 21 (fixtures/headers h34–h41, written by the team; see its README): bodies under a
 * ministry several levels down ("BỘ TÀI CHÍNH" / "CỤC THUẾ" / "THUẾ TỈNH BẮC NINH", "BỘ CÔNG AN" / "CÔNG AN TỈNH …" /
 * "PHÒNG …"), a Party cell three levels down, a city abbreviated on the date line ("TP. Hồ Chí Minh"), "Số: 12 /KH-…"
 * and "Số: 08 / KH-…", "Nơi nhận" in two columns, "(Đã ký)" and e-signature lines in the signer's block, a date wrapped
 * before its year in a PDF's cell, a K'Ho signer, and a .doc typed in Unicode under the legacy font ".VnTime". Expected
 * values are read off the documents (for the DOCX, PDF and .doc, off their generator make/make-h37-h39.py).
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
  /** Diagnostic codes the document must not give. */
  absent?: string[];
}

const PARTS_I_II_III = (second: string): [string, string, string[]][] => [["I", "MỤC ĐÍCH, YÊU CẦU", ["1", "2"]], ["II", second, ["1", "2"]], ["III", "TỔ CHỨC THỰC HIỆN", ["1", "2"]]];

const CASES: Case[] = [
  {
    file: "h34_thue-tinh-bac-ninh-2026.txt",
    meta: {
      docType: "ke_hoach", number: "126/KH-TBNI", date: "2026-01-21", place: "Bắc Ninh", issuer: "Thuế tỉnh Bắc Ninh", level: "tinh",
      title: "Cải cách hành chính và chuyển đổi số năm 2026", year: 2026, period: { from: 2026, to: 2026 }, signer: "Ngô Thị Thu Hằng",
      legalBases: [
        "Quyết định số 381/QĐ-BTC ngày 26/02/2025 của Bộ trưởng Bộ Tài chính quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Cục Thuế",
        "Kế hoạch số 15/KH-CT ngày 08/01/2026 của Cục Thuế về cải cách hành chính năm 2026",
      ],
      recipients: ["Cục Thuế (để b/c)", "UBND tỉnh Bắc Ninh (để b/c)", "Lãnh đạo Thuế tỉnh", "Lưu: VT, TH"],
    },
    sections: PARTS_I_II_III("NHIỆM VỤ TRỌNG TÂM"),
  },
  {
    file: "h35_phong-tham-muu-cong-an-thai-nguyen-2026.md",
    meta: {
      docType: "ke_hoach", number: "27/KH-PV01", date: "2026-02-09", place: "Thái Nguyên", issuer: "Phòng Tham mưu Công an tỉnh Thái Nguyên", level: "tinh",
      title: "Thực hiện nhiệm vụ cải cách hành chính năm 2026", year: 2026, period: { from: 2026, to: 2026 }, signer: "Đặng Văn Khôi",
      recipients: ["Đồng chí Giám đốc (để b/c)", "Các Đội thuộc Phòng", "Lưu: VT, PV01"],
    },
    sections: PARTS_I_II_III("NHIỆM VỤ CỤ THỂ"),
  },
  {
    file: "h36_so-tu-phap-tp-ho-chi-minh-2026.txt",
    meta: {
      docType: "ke_hoach", number: "12/KH-STP", date: "2026-02-03", place: "Thành phố Hồ Chí Minh", issuer: "Sở Tư pháp thành phố Hồ Chí Minh", level: "tinh",
      title: "Thực hiện công tác cải cách hành chính năm 2026 của Sở Tư pháp", year: 2026, period: { from: 2026, to: 2026 }, signer: "Trần Thị Minh Nguyệt",
      recipients: ["Sở Nội vụ (để b/c)", "Ban Giám đốc Sở", "Các phòng, đơn vị thuộc Sở", "Lưu: VT, VP"],
    },
    sections: PARTS_I_II_III("NHIỆM VỤ TRỌNG TÂM"),
  },
  {
    file: "h37_kho-bac-nha-nuoc-khu-vuc-xii-2026.docx",
    meta: {
      docType: "ke_hoach", number: "35/KH-KBKVXII", date: "2026-02-06", place: "Đà Nẵng", issuer: "Kho bạc Nhà nước khu vực XII", level: null,
      title: "Cải cách hành chính năm 2026", year: 2026, period: { from: 2026, to: 2026 }, signer: "Phan Thị Kim Oanh",
      legalBases: ["Quyết định số 386/QĐ-BTC ngày 26/02/2025 của Bộ trưởng Bộ Tài chính quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Kho bạc Nhà nước"],
      recipients: ["Kho bạc Nhà nước (để b/c)", "Các phòng, Phòng giao dịch", "Lưu: VT, VP"],
    },
    sections: PARTS_I_II_III("NHIỆM VỤ TRỌNG TÂM"),
  },
  {
    file: "h38_chi-cuc-hai-quan-khu-vuc-viii-2026.pdf",
    meta: {
      docType: "ke_hoach", number: "19/KH-HQKVVIII", date: "2026-01-27", place: "Quảng Ninh", issuer: "Chi cục Hải quan khu vực VIII", level: null,
      title: "Thực hiện công tác cải cách hành chính năm 2026", year: 2026, period: { from: 2026, to: 2026 }, signer: "Vũ Đức Thắng",
      recipients: ["Cục Hải quan (để b/c)", "Các Hải quan cửa khẩu", "Lưu: VT, TH"],
    },
    sections: PARTS_I_II_III("NHIỆM VỤ TRỌNG TÂM"),
    absent: ["date-missing"],
  },
  {
    file: "h39_ubnd-xa-duc-trong-unicode-vntime-2026.doc",
    meta: {
      docType: "ke_hoach", number: "21/KH-UBND", date: "2026-01-16", place: "Đức Trọng", issuer: "UBND xã Đức Trọng", level: "xa",
      title: "Kiểm tra công tác cải cách hành chính năm 2026", year: 2026, period: { from: 2026, to: 2026 }, signer: "K' Điểu Thanh",
      legalBases: ["Kế hoạch số 08/KH-UBND ngày 06/01/2026 của UBND tỉnh Lâm Đồng về cải cách hành chính năm 2026"],
      recipients: ["UBND tỉnh (b/c)", "Lưu: VT"],
    },
    sections: PARTS_I_II_III("NỘI DUNG KIỂM TRA"),
    absent: ["legacy-font-converted", "date-missing"],
  },
  {
    file: "h40_chi-bo-van-phong-tinh-uy-lam-dong-2026.txt",
    meta: {
      docType: "ke_hoach", number: "04-KH/CB", date: "2026-01-23", place: "Lâm Đồng", issuer: "Chi bộ Văn phòng Tỉnh ủy", level: "tinh",
      title: "lãnh đạo thực hiện nhiệm vụ cải cách hành chính năm 2026", year: 2026, period: { from: 2026, to: 2026 }, signer: "Hoàng Thị Lan Anh",
      recipients: ["Đảng ủy các cơ quan Đảng tỉnh (b/c)", "Các đảng viên trong Chi bộ", "Lưu Chi bộ"],
    },
    sections: PARTS_I_II_III("NHIỆM VỤ, GIẢI PHÁP"),
  },
  {
    file: "h41_ubnd-phuong-ben-thanh-tp-hcm-2026.txt",
    meta: {
      docType: "ke_hoach", number: "08/KH-UBND", date: "2026-01-14", place: "Thành phố Hồ Chí Minh", issuer: "UBND phường Bến Thành", level: "xa",
      title: "Cải cách hành chính trên địa bàn phường Bến Thành năm 2026", year: 2026, period: { from: 2026, to: 2026 }, signer: "Lê Hoàng Phúc",
      legalBases: ["Kế hoạch số 45/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân Thành phố về cải cách hành chính nhà nước năm 2026"],
      recipients: ["UBND Thành phố (b/c)", "Thường trực Đảng ủy phường (b/c)", "Chủ tịch, các PCT UBND phường", "Các phòng, đơn vị thuộc UBND phường", "Ủy ban MTTQ Việt Nam phường", "Lưu: VT"],
    },
    sections: PARTS_I_II_III("NHIỆM VỤ TRỌNG TÂM"),
  },
];

describe("fixtures/headers h34–h41: meta and sections", () => {
  for (const c of CASES) {
    it(`${c.file}: meta and sections`, async () => {
      const doc = await parsePlan(fixture(c.file), { ocr: "never" });
      expect(doc.meta).toMatchObject(c.meta);
      expect(doc.sections.map((s) => [s.numeral, s.heading, s.subsections.map((sub) => sub.number)])).toEqual(c.sections);
      const codes = doc.diagnostics.map((d) => d.code);
      for (const code of c.absent ?? []) expect(codes, code).not.toContain(code);
    });
  }

  it("p82 ('ĐẢNG BỘ TỈNH TUYÊN QUANG' / 'TỈNH ỦY'): the committee named by its unit word alone takes the place's name", async () => {
    const doc = await parsePlan(new URL("../../fixtures/prose/p82_tinh-uy-tuyen-quang-cchc-co-quan-dang-2026.docx", import.meta.url).pathname, { ocr: "never" });
    expect(doc.meta.issuer).toBe("Tỉnh ủy Tuyên Quang");
    expect(doc.meta.level).toBe("tinh");
  });

  it("h39: the .doc's text typed in Unicode under '.VnTime' is kept as written, in the body too", async () => {
    const doc = await parsePlan(fixture("h39_ubnd-xa-duc-trong-unicode-vntime-2026.doc"), { ocr: "never" });
    expect(doc.sections[0]?.subsections[0]?.text).toBe("Đánh giá việc giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã.");
  });
});

/** A plan of `lines` as text. */
function parseLines(lines: string[]): Promise<PlanDocument> {
  return parsePlan(Buffer.from(lines.join("\n"), "utf8"), { path: "plan.txt", ocr: "never" });
}

const MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", ""];
const BODY = ["", "Số: 05/KH-XX", "Bắc Ninh, ngày 10 tháng 02 năm 2026", "", "KẾ HOẠCH", "Cải cách hành chính năm 2026", "", "I. MỤC ĐÍCH", "Nâng cao chất lượng.", "", "II. TỔ CHỨC THỰC HIỆN", "1. Văn phòng theo dõi.", "", "Nơi nhận:", "- Lưu: VT.", "", "TRƯỞNG PHÒNG", "", "Lê Văn Bình"];

describe("the issuer under a ministry, any number of levels down", () => {
  const cases: [string[], string, PlanDocument["meta"]["level"]][] = [
    [["BỘ CÔNG AN", "CÔNG AN TỈNH BẮC NINH", "PHÒNG CẢNH SÁT QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI"], "Phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh Bắc Ninh", "tinh"],
    [["BỘ CÔNG AN", "CÔNG AN TỈNH BẮC NINH", "CÔNG AN XÃ TIÊN DU"], "Công an xã Tiên Du", "xa"],
    [["BỘ CÔNG AN", "CÔNG AN TỈNH BẮC NINH"], "Công an tỉnh Bắc Ninh", "tinh"],
    [["BỘ TÀI CHÍNH", "CỤC THUẾ", "THUẾ TỈNH BẮC NINH", "PHÒNG KIỂM TRA"], "Phòng Kiểm tra Thuế tỉnh Bắc Ninh", "tinh"],
    // A ministry's department alone, and a ministry over a working group, stay as they were read.
    [["BỘ TÀI CHÍNH", "CỤC THUẾ"], "Cục Thuế", null],
    [["BỘ CÔNG AN", "TỔ CÔNG TÁC LIÊN NGÀNH"], "Bộ Công an", null],
  ];
  for (const [header, issuer, level] of cases) {
    it(`${header.join(" / ")} → ${issuer}`, async () => {
      const doc = await parseLines([...header, ...MOTTO, ...BODY]);
      expect(doc.meta.issuer).toBe(issuer);
      expect(doc.meta.level).toBe(level);
    });
  }
});

describe("the date line's place, the recipients' columns", () => {
  it("'Tp. Hồ Chí Minh' is the city spelled out; a department heading alone is the city's", async () => {
    const doc = await parseLines(["SỞ NỘI VỤ", ...MOTTO, ...BODY.map((line) => line.replace(/^Bắc Ninh, ngày/u, "Tp. Hồ Chí Minh, ngày"))]);
    expect(doc.meta.place).toBe("Thành phố Hồ Chí Minh");
    expect(doc.meta.issuer).toBe("Sở Nội vụ thành phố Hồ Chí Minh");
  });

  it("two recipients on a line, each closed by ';', are the two columns: the left column first, then the right", async () => {
    const foot = ["Nơi nhận:", "- Sở Nội vụ (b/c);        - Các phòng;", "- Lãnh đạo Sở;            - Lưu: VT."];
    const doc = await parseLines(["SỞ NỘI VỤ", ...MOTTO, ...BODY.slice(0, -6), ...foot, "", "GIÁM ĐỐC", "", "Lê Văn Bình"]);
    expect(doc.meta.recipients).toEqual(["Sở Nội vụ (b/c)", "Lãnh đạo Sở", "Các phòng", "Lưu: VT"]);
  });
});
