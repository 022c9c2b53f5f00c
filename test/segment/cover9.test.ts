/**
 * Files as archives hold plans together with other documents, and headers as real files lay them out (issues 17 and
 * 18), each as text, DOCX, PDF and the PDF's text laid out by pdftotext (fixtures/covers/, made by
 * fixtures/make/make-covers.py from the team's prose plans):
 * a công văn sending the plan up, a three-page tờ trình before the draft it submits, a QUYẾT ĐỊNH (Điều 1–3) before
 * the plan it issues — with "(Ban hành kèm theo …)" or with the plan's own header and no number —, a báo cáo appended
 * after the plan, and a header with "Ð" for "Đ", the number and date on one line, the place line wrapped. The
 * expected values are read off the documents the generator writes; the plan's records must be those of the plan's
 * own file (fixtures/prose/), the other document adding none.
 */
import { afterAll, describe, expect, it } from "vitest";
import { parsePlan, releaseReaders } from "../../src/index.js";
import { readText } from "../../src/read/text.js";
import { segment } from "../../src/segment/index.js";
import type { Meta, PlanDocument, Task } from "../../src/schema/plan.js";

const fixture = (path: string) => new URL(`../../fixtures/${path}`, import.meta.url).pathname;
const cache = new Map<string, Promise<PlanDocument>>();
function parsed(path: string): Promise<PlanDocument> {
  if (!cache.has(path)) cache.set(path, parsePlan(fixture(path), { ocr: "never" }));
  return cache.get(path)!;
}
afterAll(releaseReaders);

const withoutSource = (tasks: Task[]) => tasks.map(({ source: _source, ...task }) => task);
const FORMATS = ["txt", "docx", "pdf", "layout.txt"] as const;

interface Case {
  file: string;
  /** The plan's own file, whose records the composite must give. */
  plan: string;
  meta: Meta;
  sections: [string, string][];
  leads: string[];
  /** Diagnostics the file must have (code → message pattern) and codes it must not. */
  diagnostics: Record<string, RegExp>;
  without: string[];
}

const CASES: Case[] = [
  {
    file: "c1-cong-van",
    plan: "prose/p18_xa-tan-lap-cai-cach-hanh-chinh-2026.txt",
    meta: {
      docType: "ke_hoach", number: "12/KH-UBND", date: "2026-01-06", place: "Tân Lập", issuer: "UBND xã Tân Lập", level: "xa",
      title: "Cải cách hành chính xã Tân Lập năm 2026", year: 2026, period: { from: 2026, to: 2026 }, signer: "Lò Văn Sơn",
      legalBases: [], recipients: ["UBND huyện", "Lưu: VT"],
    },
    sections: [["I", "MỤC ĐÍCH, YÊU CẦU"], ["II", "NHIỆM VỤ TRỌNG TÂM"], ["III", "PHÂN CÔNG NHIỆM VỤ"]],
    leads: ["Công chức Văn phòng - Thống kê", "Công chức Tư pháp - Hộ tịch", "Công chức Địa chính - Xây dựng", "Các đoàn thể xã", "Trưởng các thôn"],
    diagnostics: { "cover-document": /công văn \(15\/UBND-VP\)/ },
    without: ["number-missing", "date-missing", "appended-document"],
  },
  {
    file: "c2-to-trinh",
    plan: "prose/p33_tinh-cao-bang-tuyen-truyen-cchc-2026.txt",
    meta: {
      docType: "ke_hoach", number: null, date: null, place: "Cao Bằng", issuer: "UBND tỉnh Cao Bằng", level: "tinh",
      title: "Tuyên truyền cải cách hành chính trên địa bàn tỉnh Cao Bằng năm 2026", year: 2026, period: { from: 2026, to: 2026 },
      signer: "Hoàng Văn Thạch", legalBases: [],
      recipients: ["Bộ Nội vụ", "TT Tỉnh ủy, TT HĐND tỉnh", "Các sở, ban, ngành tỉnh", "UBND các xã, phường", "Lưu: VT, NC"],
    },
    sections: [["I", "MỤC ĐÍCH, YÊU CẦU"], ["II", "NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN"], ["III", "KINH PHÍ THỰC HIỆN"], ["IV", "TỔ CHỨC THỰC HIỆN"]],
    leads: [],
    diagnostics: { "cover-document": /tờ trình \(45\/TTr-SNV\)/, "number-blank": /leaves its number blank/, "date-blank": /leaves its day blank/ },
    without: ["number-missing", "date-missing", "appended-document"],
  },
  {
    file: "c3-qd-kem-theo",
    plan: "prose/p05_tinh-quang-tri-dao-tao-boi-duong-2026.txt",
    meta: {
      docType: "quyet_dinh", number: "245/QĐ-UBND", date: "2026-02-25", place: "Quảng Trị", issuer: "UBND tỉnh Quảng Trị", level: "tinh",
      title: "Đào tạo, bồi dưỡng cán bộ, công chức, viên chức tỉnh Quảng Trị năm 2026", year: 2026, period: { from: 2026, to: 2026 },
      signer: "Hoàng Nam",
      legalBases: [
        "Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025",
        "Nghị định số 101/2017/NĐ-CP ngày 01 tháng 9 năm 2017 của Chính phủ về đào tạo, bồi dưỡng cán bộ, công chức, viên chức",
      ],
      recipients: ["Như Điều 3", "Bộ Nội vụ", "Lưu: VT, NC"],
    },
    sections: [["I", "MỤC ĐÍCH, YÊU CẦU"], ["II", "NỘI DUNG"], ["III", "KINH PHÍ"], ["IV", "TỔ CHỨC THỰC HIỆN"]],
    leads: ["Sở Nội vụ", "Sở Tài chính", "Thủ trưởng các sở, ban, ngành"],
    diagnostics: {},
    without: ["cover-document", "appended-document", "number-missing", "date-missing"],
  },
  {
    file: "c4-qd-ke-hoach",
    plan: "prose/p35_so-tu-phap-ninh-binh-kiem-tra-cchc-2026.txt",
    meta: {
      docType: "quyet_dinh", number: "52/QĐ-STP", date: "2026-03-03", place: "Ninh Bình", issuer: "Sở Tư pháp tỉnh Ninh Bình", level: "tinh",
      title: "Kiểm tra công tác cải cách hành chính năm 2026 của Sở Tư pháp", year: 2026, period: { from: 2026, to: 2026 },
      signer: "Trần Thị Hạnh",
      legalBases: [
        "Quyết định số 12/2025/QĐ-UBND ngày 01 tháng 7 năm 2025 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp",
        "Kế hoạch số 31/KH-STP ngày 10/01/2026 của Sở Tư pháp về cải cách hành chính năm 2026",
      ],
      recipients: ["Như Điều 3", "UBND tỉnh", "Lưu: VT, VP"],
    },
    sections: [["I", "MỤC ĐÍCH, YÊU CẦU"], ["II", "NỘI DUNG KIỂM TRA"], ["III", "TỔ CHỨC THỰC HIỆN"]],
    leads: ["Văn phòng Sở", "Phòng Hành chính tư pháp", "Phòng Bổ trợ tư pháp", "Trung tâm Trợ giúp pháp lý nhà nước"],
    diagnostics: {},
    without: ["cover-document", "appended-document", "number-missing", "date-missing"],
  },
  {
    file: "c5-bao-cao-sau",
    plan: "prose/p37_tinh-son-la-thi-dua-cchc-2026.txt",
    meta: {
      docType: "ke_hoach", number: "58/KH-UBND", date: "2026-02-26", place: "Sơn La", issuer: "UBND tỉnh Sơn La", level: "tinh",
      title: "Phát động phong trào thi đua thực hiện nhiệm vụ cải cách hành chính tỉnh Sơn La năm 2026", year: 2026,
      period: { from: 2026, to: 2026 }, signer: "Lò Minh Hùng", legalBases: [],
      recipients: ["Ban Thi đua - Khen thưởng Trung ương", "TT Tỉnh ủy, TT HĐND tỉnh", "Các sở, ban, ngành", "Lưu: VT, NC"],
    },
    sections: [["I", "MỤC ĐÍCH, YÊU CẦU"], ["II", "NỘI DUNG THI ĐUA"], ["III", "TỔ CHỨC THỰC HIỆN"]],
    leads: ["Sở Nội vụ", "Sở Nội vụ", "Sở Tài chính", "Báo và Phát thanh, Truyền hình Sơn La", "Các sở, ban, ngành"],
    diagnostics: { "appended-document": /báo cáo \(74\/BC-UBND\)/ },
    without: ["cover-document"],
  },
  {
    file: "c6-header",
    plan: "prose/p05_tinh-quang-tri-dao-tao-boi-duong-2026.txt",
    meta: {
      docType: "ke_hoach", number: "130/KH-UBND", date: "2026-02-25", place: "Quảng Trị", issuer: "UBND tỉnh Quảng Trị", level: "tinh",
      title: "Đào tạo, bồi dưỡng cán bộ, công chức, viên chức tỉnh Quảng Trị năm 2026", year: 2026, period: { from: 2026, to: 2026 },
      signer: "Hoàng Nam", legalBases: [], recipients: ["Bộ Nội vụ", "Các sở, ban, ngành", "Lưu: VT"],
    },
    sections: [["I", "MỤC ĐÍCH, YÊU CẦU"], ["II", "NỘI DUNG"], ["III", "KINH PHÍ"], ["IV", "TỔ CHỨC THỰC HIỆN"]],
    leads: ["Sở Nội vụ", "Sở Tài chính", "Thủ trưởng các sở, ban, ngành"],
    diagnostics: {},
    without: ["number-missing", "date-missing", "cover-document", "appended-document"],
  },
];

for (const c of CASES) {
  describe(c.file, () => {
    for (const format of FORMATS) {
      const path = `covers/${c.file}.${format}`;
      it(`${format}: the plan's meta and sections`, async () => {
        const doc = await parsed(path);
        expect(doc.meta).toEqual(c.meta);
        expect(doc.sections.map((s) => [s.numeral, s.heading])).toEqual(c.sections);
      }, 60_000);

      it(`${format}: the diagnostics name the other document`, async () => {
        const doc = await parsed(path);
        for (const [code, message] of Object.entries(c.diagnostics)) {
          expect(doc.diagnostics.filter((d) => d.code === code).map((d) => d.message), code).toEqual([expect.stringMatching(message)]);
        }
        const codes = doc.diagnostics.map((d) => d.code);
        for (const code of c.without) expect(codes, code).not.toContain(code);
      }, 60_000);

      it(`${format}: the plan's records, nothing from the other document, the signature or the recipients`, async () => {
        const doc = await parsed(path);
        if (c.leads.length > 0) expect(doc.tasks.map((t) => t.lead[0] ?? "")).toEqual(c.leads.map((lead) => expect.stringMatching(new RegExp(`^${lead}`))));
        const alone = await parsed(c.plan);
        expect(withoutSource(doc.tasks)).toEqual(withoutSource(alone.tasks));
        const text = JSON.stringify([doc.sections, doc.tasks]);
        expect(text).not.toMatch(/Nơi nhận|CHỦ TỊCH|Lưu: VT|\u00d0/u);
      }, 60_000);
    }
  });
}

describe("the cover's and the appended document's words never reach the plan", () => {
  it("a tờ trình's own Roman parts are not the plan's sections", async () => {
    for (const format of FORMATS) {
      const doc = await parsed(`covers/c2-to-trinh.${format}`);
      expect(JSON.stringify(doc.sections)).not.toMatch(/SỰ CẦN THIẾT|QUÁ TRÌNH XÂY DỰNG|45\/TTr-SNV/u);
    }
  }, 60_000);

  it("a decision's articles are not sections, nor its plan's heading lines", async () => {
    for (const format of FORMATS) {
      for (const file of ["c3-qd-kem-theo", "c4-qd-ke-hoach"]) {
        const doc = await parsed(`covers/${file}.${format}`);
        expect(JSON.stringify(doc.sections)).not.toMatch(/Điều [123]\.|Ban hành kèm theo/u);
      }
    }
  }, 60_000);

  it("an appended báo cáo gives no section, task or recipient", async () => {
    for (const format of FORMATS) {
      const doc = await parsed(`covers/c5-bao-cao-sau.${format}`);
      expect(JSON.stringify([doc.sections, doc.tasks, doc.meta])).not.toMatch(/KẾT QUẢ ĐẠT ĐƯỢC|tổng kết công tác thi đua|74\/BC-UBND|Nguyễn Đình Việt/u);
    }
  }, 60_000);
});

const parse = async (lines: string[], format: "md" | "txt" = "txt") => segment(await readText(lines.join("\n"), format));
const committee = ["ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG"];
const body = ["", "KẾ HOẠCH", "Tuyên truyền cải cách hành chính năm 2026", "", "I. MỤC ĐÍCH, YÊU CẦU", "Nội dung.", "", "II. TỔ CHỨC THỰC HIỆN", "1. Sở Nội vụ chủ trì, theo dõi."];
const foot = ["", "Nơi nhận:", "- Bộ Nội vụ;", "- Lưu: VT.", "", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Hoàng Văn Thạch"];

describe("a draft's header laid out as its page (pdftotext -layout)", () => {
  const header = (number: string, date: string) => [
    "                                                                 DỰ THẢO",
    "  ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "  TỈNH CAO BẰNG                            Độc lập - Tự do - Hạnh phúc",
    "",
    `  ${number}${" ".repeat(Math.max(6, 38 - number.length))}${date}`,
  ];

  it("the blank number and day are blanks, not column gaps: number and date null, said, the place and year kept", async () => {
    const result = await parse([...header("Số:       /KH-UBND", "Cao Bằng, ngày       tháng 01 năm 2026"), ...body, ...foot]);
    expect(result.value.meta).toMatchObject({ number: null, date: null, place: "Cao Bằng", issuer: "UBND tỉnh Cao Bằng", year: 2026, title: "Tuyên truyền cải cách hành chính năm 2026" });
    const codes = result.diagnostics.map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining(["number-blank", "date-blank"]));
    expect(codes).not.toContain("number-missing");
    expect(codes).not.toContain("date-missing");
  });

  it("the same layout numbered and dated reads both", async () => {
    const result = await parse([...header("Số: 36 /KH-UBND", "Cao Bằng, ngày 20 tháng 01 năm 2026"), ...body, ...foot]);
    expect(result.value.meta).toMatchObject({ number: "36/KH-UBND", date: "2026-01-20", place: "Cao Bằng", signer: "Hoàng Văn Thạch" });
  });
});

describe("a second document after the plan", () => {
  const plan = [...committee, "", "Số: 36/KH-UBND", "Cao Bằng, ngày 20 tháng 01 năm 2026", ...body, ...foot];

  it("another plan with its own header is left out, named", async () => {
    const second = ["", ...committee, "", "Số: 40/KH-UBND", "Cao Bằng, ngày 25 tháng 01 năm 2026", "", "KẾ HOẠCH", "Kiểm tra cải cách hành chính năm 2026", "", "I. MỤC ĐÍCH", "Kiểm tra.", "", "II. TỔ CHỨC THỰC HIỆN", "1. Sở Tư pháp chủ trì kiểm tra.", "", "Nơi nhận:", "- Sở Tư pháp;", "", "CHỦ TỊCH", "", "Nguyễn Văn Khác"];
    const result = await parse([...plan, ...second]);
    expect(result.value.meta).toMatchObject({ number: "36/KH-UBND", signer: "Hoàng Văn Thạch", recipients: ["Bộ Nội vụ", "Lưu: VT"] });
    expect(result.value.sections.map((s) => s.heading)).toEqual(["MỤC ĐÍCH, YÊU CẦU", "TỔ CHỨC THỰC HIỆN"]);
    expect(result.diagnostics.find((d) => d.code === "appended-document")?.message).toMatch(/kế hoạch \(40\/KH-UBND\)/);
  });

  it("a report outline in the plan's appendix, with a template header, is the plan's own", async () => {
    const appendix = ["", "PHỤ LỤC", "ĐỀ CƯƠNG BÁO CÁO", "(Kèm theo Kế hoạch số 36/KH-UBND ngày 20/01/2026 của UBND tỉnh)", "", "TÊN CƠ QUAN, ĐƠN VỊ", "Số:    /BC-…", "…, ngày … tháng … năm 2026", "", "BÁO CÁO", "Kết quả tuyên truyền cải cách hành chính năm 2026", "", "I. KẾT QUẢ", "II. ĐỀ XUẤT"];
    const result = await parse([...plan, ...appendix]);
    expect(result.diagnostics.map((d) => d.code)).not.toContain("appended-document");
    expect(result.value.appendix?.title).toMatch(/ĐỀ CƯƠNG BÁO CÁO/);
  });

  it("a plan without a foot gives nothing appended, even with a second type line in its body", async () => {
    const result = await parse([...committee, "", "Số: 36/KH-UBND", "Cao Bằng, ngày 20 tháng 01 năm 2026", ...body, "", "BÁO CÁO", "Kết quả."]);
    expect(result.diagnostics.map((d) => d.code)).not.toContain("appended-document");
  });
});

describe("other document types around a plan", () => {
  const plan = [...committee, "", "Số: 36/KH-UBND", "Cao Bằng, ngày 20 tháng 01 năm 2026", ...body, ...foot];

  it("a phiếu trình (an office's cover sheet) before the plan is its cover", async () => {
    const cover = ["UBND TỈNH CAO BẰNG", "VĂN PHÒNG", "", "Số: 12/PTr-VP", "Cao Bằng, ngày 18 tháng 01 năm 2026", "", "PHIẾU TRÌNH", "Về việc ký ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026", "", "Kính trình: Chủ tịch UBND tỉnh.", "", "CHÁNH VĂN PHÒNG", "", "Bế Văn Dũng", ""];
    const result = await parse([...cover, ...plan]);
    expect(result.value.meta).toMatchObject({ docType: "ke_hoach", number: "36/KH-UBND", date: "2026-01-20", signer: "Hoàng Văn Thạch" });
    expect(result.diagnostics.find((d) => d.code === "cover-document")?.message).toMatch(/phiếu trình \(12\/PTr-VP\)/);
  });

  it("the minutes of a meeting filed after the plan are left out", async () => {
    const minutes = ["", ...committee, "", "Số: 05/BB-UBND", "Cao Bằng, ngày 21 tháng 01 năm 2026", "", "BIÊN BẢN", "Họp triển khai Kế hoạch tuyên truyền", "", "I. THÀNH PHẦN", "1. Sở Nội vụ.", "", "II. NỘI DUNG", "Thống nhất triển khai.", "", "THƯ KÝ", "", "Lê Thị Hoa"];
    const result = await parse([...plan, ...minutes]);
    expect(result.value.meta).toMatchObject({ number: "36/KH-UBND", signer: "Hoàng Văn Thạch" });
    expect(result.value.sections.map((s) => s.heading)).toEqual(["MỤC ĐÍCH, YÊU CẦU", "TỔ CHỨC THỰC HIỆN"]);
    expect(result.diagnostics.find((d) => d.code === "appended-document")?.message).toMatch(/biên bản \(05\/BB-UBND\)/);
  });
});
