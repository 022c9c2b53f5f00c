/**
 * Headers of issue 17/18, round 18 (fixtures/headers h12–h17, written by the team; see its README): a commune's Party
 * committee in a Word header table under its province's Party committee (DOCX and its PDF), a joint plan of a ward's
 * committee and Front laid out side by side with two signers, a draft of a special zone's office with a blank number,
 * day and month, a công văn sending a department's plan, a steering committee named over three lines, a merged
 * ministry. Expected values are read off the documents.
 */
import { afterAll, describe, expect, it } from "vitest";
import { parsePlan, releaseReaders } from "../../src/index.js";
import type { PlanDocument } from "../../src/schema/plan.js";

const fixture = (name: string) => new URL(`../../fixtures/${name}`, import.meta.url).pathname;
afterAll(releaseReaders);

interface Case {
  file: string;
  meta: Partial<PlanDocument["meta"]>;
  /** Each section: numeral, heading, its subsections' numbers. */
  sections: [string, string, string[]][];
  /** Diagnostic codes the file gives, each with what its message says. */
  diagnostics?: Record<string, RegExp>;
}

const H12_META: Partial<PlanDocument["meta"]> = {
  docType: "ke_hoach", number: "05-KH/ĐU", date: "2026-02-09", place: "Cửa Tùng", issuer: "Đảng ủy xã Cửa Tùng", level: "xa",
  title: "lãnh đạo thực hiện công tác cải cách hành chính, chuyển đổi số trong hệ thống chính trị xã Cửa Tùng giai đoạn 2026 - 2030",
  year: 2026, period: { from: 2026, to: 2030 }, signer: "Hồ Văn Nam",
};
const H12_SECTIONS: Case["sections"] = [["I", "MỤC ĐÍCH, YÊU CẦU", []], ["II", "NHIỆM VỤ, GIẢI PHÁP", ["1", "2"]], ["III", "TỔ CHỨC THỰC HIỆN", ["1", "2"]]];

const CASES: Case[] = [
  { file: "headers/h12_dang-uy-xa-cua-tung-quang-tri-2026.docx", meta: H12_META, sections: H12_SECTIONS },
  { file: "headers/h12_dang-uy-xa-cua-tung-quang-tri-2026.pdf", meta: H12_META, sections: H12_SECTIONS },
  {
    file: "headers/h13_lien-tich-ubnd-mttq-phuong-kien-an-2026.txt",
    meta: {
      docType: "ke_hoach", number: "09/KH-UBND", date: "2026-01-23", place: "Kiến An", issuer: "UBND phường Kiến An", level: "xa",
      title: "Phối hợp giám sát việc giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công phường năm 2026",
      year: 2026, period: { from: 2026, to: 2026 }, signer: "Phạm Quang Huy",
    },
    sections: [["I", "MỤC ĐÍCH, YÊU CẦU", ["1", "2"]], ["II", "NỘI DUNG GIÁM SÁT", ["1", "2"]], ["III", "TỔ CHỨC THỰC HIỆN", ["1", "2"]]],
    diagnostics: { "joint-plan": /^a joint plan: Ủy ban MTTQ Việt Nam phường Kiến An issues it too, with number 04\/KH-MTTQ/ },
  },
  {
    file: "headers/h14_van-phong-dac-khu-phu-quoc-du-thao-2026.md",
    meta: {
      docType: "ke_hoach", number: null, date: null, place: "Phú Quốc", issuer: "Văn phòng HĐND và UBND đặc khu Phú Quốc", level: "xa",
      title: "Kiểm soát thủ tục hành chính và thực hiện cơ chế một cửa, một cửa liên thông năm 2026", year: 2026, period: { from: 2026, to: 2026 }, signer: null,
    },
    sections: [["I", "MỤC ĐÍCH, YÊU CẦU", []], ["II", "NHIỆM VỤ", ["1", "2", "3"]], ["III", "TỔ CHỨC THỰC HIỆN", ["1", "2"]]],
    diagnostics: { "number-blank": /leaves its number blank/, "date-blank": /leaves its day and month blank/ },
  },
  {
    file: "headers/h15_cong-van-so-cong-thuong-lao-cai-2026.txt",
    meta: {
      docType: "ke_hoach", number: "35/KH-SCT", date: "2026-02-04", place: "Lào Cai", issuer: "Sở Công Thương tỉnh Lào Cai", level: "tinh",
      title: "Cải cách hành chính, nâng cao Chỉ số cải cách hành chính và Chỉ số hài lòng của người dân, doanh nghiệp đối với sự phục vụ của Sở Công Thương năm 2026",
      year: 2026, period: { from: 2026, to: 2026 }, signer: "Hoàng Minh Tuấn",
    },
    sections: [["I", "MỤC ĐÍCH, YÊU CẦU", ["1", "2"]], ["II", "NHIỆM VỤ, GIẢI PHÁP", ["1", "2"]], ["III", "TỔ CHỨC THỰC HIỆN", ["1", "2"]]],
    diagnostics: { "cover-document": /^the file starts with a công văn \(210\/SCT-VP\) before the plan/ },
  },
  {
    file: "headers/h16_bcd-khcn-chuyen-doi-so-dak-lak-2026.txt",
    meta: {
      docType: "ke_hoach", number: "03/KH-BCĐ", date: "2026-01-26", place: "Đắk Lắk",
      issuer: "Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Đắk Lắk", level: "tinh",
      title: "Hoạt động của Ban Chỉ đạo năm 2026", year: 2026, period: { from: 2026, to: 2026 }, signer: "Nguyễn Đình Trung",
    },
    sections: [["1", "MỤC TIÊU", []], ["2", "NHIỆM VỤ", ["2.1", "2.2"]], ["3", "TỔ CHỨC THỰC HIỆN", ["3.1", "3.2"]]],
  },
  {
    file: "headers/h17_bo-nong-nghiep-va-moi-truong-2026.md",
    meta: {
      docType: "ke_hoach", number: "118/KH-BNNMT", date: "2026-01-14", place: "Hà Nội", issuer: "Bộ Nông nghiệp và Môi trường", level: null,
      title: "Cải cách hành chính năm 2026 của Bộ Nông nghiệp và Môi trường", year: 2026, period: { from: 2026, to: 2026 }, signer: "Trần Văn Sơn",
    },
    sections: [["I", "MỤC TIÊU", []], ["II", "NHIỆM VỤ", ["1", "2"]], ["III", "TỔ CHỨC THỰC HIỆN", ["1", "2"]]],
  },
  {
    // A decision whose Điều 1 holds the plan it approves, in parts "1." and "2."; Điều 2 and 3 are the decision's own.
    file: "prose/p08_tinh-quang-ngai-qd-chuyen-doi-so-2026.txt",
    meta: { docType: "quyet_dinh", number: "58/QĐ-UBND", date: "2026-01-22", issuer: "UBND tỉnh Quảng Ngãi", level: "tinh", signer: "Võ Phiên" },
    sections: [["1", "Mục tiêu", []], ["2", "Nhiệm vụ, giải pháp", []]],
  },
  {
    // A school named after a person under its ward's committee: the school issues, under its own name.
    file: "prose/p66_truong-thcs-le-quy-don-chuyen-doi-so-2026.md",
    meta: { docType: "ke_hoach", number: "46/KH-THCSLQĐ", issuer: "Trường THCS Lê Quý Đôn", level: "xa" },
    sections: [["I", "MỤC ĐÍCH, YÊU CẦU", []], ["II", "NHIỆM VỤ, GIẢI PHÁP", ["1", "2", "3"]], ["III", "TỔ CHỨC THỰC HIỆN", ["1", "2", "3", "4", "5", "6", "7"]]],
  },
];

describe("fixtures/headers h12–h17 (and p08, p66): meta and sections", () => {
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
});

/** A plan of `header` lines, as text; `type` is its type line ("" for none). */
async function parseText(header: string[], type = "KẾ HOẠCH", number = "Số: 03/KH-UBND"): Promise<PlanDocument> {
  const text = [
    ...header, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", number, "Hà Nội, ngày 12 tháng 01 năm 2026", "",
    ...(type ? [type] : []), "Cải cách hành chính năm 2026", "", "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao chất lượng.", "", "II. TỔ CHỨC THỰC HIỆN", "1. Văn phòng: theo dõi.", "", "Nơi nhận:", "- Lưu: VT.", "",
  ].join("\n");
  return parsePlan(Buffer.from(text, "utf8"), { path: "plan.txt", ocr: "never" });
}

describe("the names of merged departments and ministries, as they are spelled", () => {
  it("'SỞ CÔNG THƯƠNG' is 'Sở Công Thương' (industry and trade: both words capitalised)", async () => {
    const doc = await parseText(["UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG"]);
    expect(doc.meta.issuer).toBe("Sở Công Thương tỉnh Lào Cai");
  });
  it("'BỘ CÔNG THƯƠNG' is 'Bộ Công Thương'", async () => {
    const doc = await parseText(["BỘ CÔNG THƯƠNG"]);
    expect([doc.meta.issuer, doc.meta.level]).toEqual(["Bộ Công Thương", null]);
  });
  it("the other merged departments keep their one capital ('Sở Dân tộc và Tôn giáo')", async () => {
    const doc = await parseText(["UBND TỈNH LÀO CAI", "SỞ DÂN TỘC VÀ TÔN GIÁO"]);
    expect(doc.meta.issuer).toBe("Sở Dân tộc và Tôn giáo tỉnh Lào Cai");
  });
});

describe("a document whose type line is lost (a scan's OCR missed it, a copy cut it)", () => {
  it("the số / ký hiệu's 'KH' tells a plan: ke_hoach, with a diagnostic saying it is read from the number", async () => {
    const doc = await parseText(["UBND TỈNH LÀO CAI"], "");
    expect(doc.meta.docType).toBe("ke_hoach");
    expect(doc.diagnostics.filter((d) => d.code === "doctype-from-number").map((d) => d.message)).toEqual([expect.stringContaining('"03/KH-UBND"')]);
  });
  it("'QĐ' tells a decision", async () => {
    const doc = await parseText(["UBND TỈNH LÀO CAI"], "", "Số: 03/QĐ-UBND");
    expect(doc.meta.docType).toBe("quyet_dinh");
  });
  it("a number of another kind (a công văn's 'UBND-VP') tells nothing: other", async () => {
    const doc = await parseText(["UBND TỈNH LÀO CAI"], "", "Số: 03/UBND-VP");
    expect(doc.meta.docType).toBe("other");
  });
});

describe("a file that is a plan's appendix alone (its first page, or a scan of it)", () => {
  it("'(Kèm theo Kế hoạch số …)' names its plan: ke_hoach, that plan's number, a diagnostic saying so", async () => {
    const text = [
      "PHỤ LỤC", "PHÂN CÔNG NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024", "(Kèm theo Kế hoạch số 117/KH-UBND ngày 08/3/2024 của UBND tỉnh Phú Yên)", "",
      "STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian", "1\tRà soát thủ tục hành chính\tSở Tư pháp\tQuý II/2024", "2\tSố hóa hồ sơ\tSở Nội vụ\tQuý III/2024", "",
    ].join("\n");
    const doc = await parsePlan(Buffer.from(text, "utf8"), { path: "appendix.txt", ocr: "never" });
    expect([doc.meta.docType, doc.meta.number, doc.meta.year]).toEqual(["ke_hoach", "117/KH-UBND", 2024]);
    expect(doc.diagnostics.filter((d) => d.code === "doctype-from-reference").map((d) => d.message)).toEqual([expect.stringContaining("appendix's reference \"Kế hoạch số 117/KH-UBND")]);
  });
});

describe("an appendix's reference wrapped over two paragraphs", () => {
  it("'(Kèm theo … của UBND tỉnh Phú' / 'Yên)': the reference and the issuer it names are whole", async () => {
    const text = [
      "PHỤ LỤC", "", "PHÂN CÔNG NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024", "", "(Kèm theo Kế hoạch số 117/KH-UBND ngày 08/3/2024 của UBND tỉnh Phú", "", "Yên)", "",
      "STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian", "1\tRà soát thủ tục hành chính\tSở Tư pháp\tQuý II/2024", "2\tSố hóa hồ sơ\tSở Nội vụ\tQuý III/2024", "",
    ].join("\n");
    const doc = await parsePlan(Buffer.from(text, "utf8"), { path: "appendix.txt", ocr: "never" });
    expect(doc.tables.map((t) => t.reference)).toEqual(["Kế hoạch số 117/KH-UBND ngày 08/3/2024 của UBND tỉnh Phú Yên"]);
    expect([doc.meta.issuer, doc.meta.level]).toEqual(["UBND tỉnh Phú Yên", "tinh"]);
  });
});
