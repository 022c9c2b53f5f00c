/**
 * Header, sections and appendix head of the plans in fixtures/unseen (written by the team as realistic variants of
 * real plans, see its README). Expected values were written down from reading each document, before cchc ran on it.
 */
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import { readText } from "../../src/read/text.js";
import type { PlanDocument } from "../../src/schema/plan.js";
import { segment } from "../../src/segment/index.js";
import { planPeriod } from "../../src/segment/period.js";

const file = (name: string) => new URL(`../../fixtures/unseen/${name}`, import.meta.url).pathname;
const cache = new Map<string, Promise<PlanDocument>>();
const parse = (name: string) => {
  if (!cache.has(name)) cache.set(name, parsePlan(file(name)));
  return cache.get(name)!;
};
const headings = (doc: PlanDocument) => doc.sections.map((s) => [s.numeral, s.heading]);

describe("u01: phường after the 2025 merger, TAB header table, TAB appendix", () => {
  it("reads the header from the TAB-separated header table", async () => {
    const doc = await parse("u01_phuong-hac-thanh-2026.txt");
    expect(doc.meta).toMatchObject({
      docType: "ke_hoach",
      number: "25/KH-UBND",
      date: "2026-01-05",
      place: "Hạc Thành",
      issuer: "UBND phường Hạc Thành",
      level: "xa",
      title: "Cải cách hành chính phường Hạc Thành năm 2026",
      year: 2026,
      period: { from: 2026, to: 2026 },
      signer: "Lê Văn Hùng",
    });
    expect(doc.meta.legalBases).toEqual([
      "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030",
      "Kế hoạch số 310/KH-UBND ngày 20/12/2025 của UBND tỉnh Thanh Hóa về cải cách hành chính nhà nước tỉnh Thanh Hóa năm 2026",
      "tình hình thực tế của địa phương sau khi sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp",
    ]);
    expect(doc.meta.recipients).toEqual([
      "Sở Nội vụ tỉnh Thanh Hóa",
      "TT Đảng ủy, HĐND phường",
      "Chủ tịch, các PCT UBND phường",
      "Các phòng, đơn vị thuộc UBND phường",
      "Lưu: VT",
    ]);
  });
  it("has three sections and the appendix head of a 'PHỤ LỤC I'", async () => {
    const doc = await parse("u01_phuong-hac-thanh-2026.txt");
    expect(headings(doc)).toEqual([
      ["I", "MỤC ĐÍCH, YÊU CẦU"],
      ["II", "NHIỆM VỤ TRỌNG TÂM"],
      ["III", "TỔ CHỨC THỰC HIỆN"],
    ]);
    expect(doc.sections[1]!.subsections.map((s) => s.heading)).toEqual([
      "Cải cách thể chế",
      "Cải cách thủ tục hành chính",
      "Xây dựng chính quyền điện tử, chính quyền số",
    ]);
    expect(doc.tables[0]).toMatchObject({
      title: "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH PHƯỜNG HẠC THÀNH NĂM 2026",
      reference: "Kế hoạch số 25/KH-UBND ngày 05/01/2026 của UBND phường Hạc Thành",
      columns: ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Ghi chú"],
    });
  });
});

describe("u02: QUYẾT ĐỊNH with Điều 1-3, then the plan in 'Phần I' parts", () => {
  it("reads the decision's header and the plan's title", async () => {
    const doc = await parse("u02_huyen-huong-hoa-qd-2024.txt");
    expect(doc.meta).toMatchObject({
      docType: "quyet_dinh",
      number: "18/QĐ-UBND",
      date: "2024-01-08",
      place: "Hướng Hóa",
      issuer: "UBND huyện Hướng Hóa",
      level: "huyen",
      title: "Cải cách hành chính nhà nước huyện Hướng Hóa năm 2024",
      year: 2024,
      period: { from: 2024, to: 2024 },
      signer: "Nguyễn Thị Hoa",
    });
    expect(doc.meta.legalBases).toHaveLength(2);
    expect(doc.meta.legalBases[1]).toMatch(/^Quyết định số 3325\/QĐ-UBND ngày 15\/12\/2023/);
    expect(doc.meta.recipients).toEqual(["Như Điều 3", "Sở Nội vụ tỉnh Quảng Trị", "TT Huyện ủy, TT HĐND huyện", "Lưu: VT, NV"]);
  });
  it("takes 'Phần I' … 'Phần III' (heading on the next line) as the sections, not the articles", async () => {
    const doc = await parse("u02_huyen-huong-hoa-qd-2024.txt");
    expect(headings(doc)).toEqual([
      ["I", "MỤC ĐÍCH, YÊU CẦU"],
      ["II", "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024"],
      ["III", "TỔ CHỨC THỰC HIỆN"],
    ]);
    expect(doc.sections[0]!.subsections.map((s) => [s.number, s.heading])).toEqual([
      ["1", "Mục đích"],
      ["2", "Yêu cầu"],
    ]);
    expect(doc.sections[1]!.subsections.map((s) => s.heading)).toEqual([
      "Cải cách thể chế",
      "Cải cách thủ tục hành chính",
      "Cải cách chế độ công vụ",
      "Cải cách tài chính công",
    ]);
    expect(doc.tables[0]).toMatchObject({
      title: "PHÂN CÔNG NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024",
      reference: "Kế hoạch ban hành tại Quyết định số 18/QĐ-UBND ngày 08/01/2024 của UBND huyện Hướng Hóa",
    });
  });
});

describe("u03: a Sở issuing its own plan, HTML with a header table", () => {
  it("names the Sở as issuer, not the People's Committee above it", async () => {
    const doc = await parse("u03_so-noi-vu-ha-tinh-2025.html");
    expect(doc.meta).toMatchObject({
      docType: "ke_hoach",
      number: "112/KH-SNV",
      date: "2025-01-20",
      place: "Hà Tĩnh",
      issuer: "Sở Nội vụ tỉnh Hà Tĩnh",
      level: "tinh",
      title: "Cải cách hành chính năm 2025 của Sở Nội vụ",
      year: 2025,
      signer: "Nguyễn Văn Bình",
    });
    expect(doc.meta.legalBases).toHaveLength(2);
    expect(doc.meta.recipients).toEqual(["UBND tỉnh (để b/c)", "Giám đốc, các PGĐ Sở", "Các phòng, đơn vị thuộc Sở", "Lưu: VT, VP"]);
  });
  it("has four sections and names the columns under a spanning header cell by both rows", async () => {
    const doc = await parse("u03_so-noi-vu-ha-tinh-2025.html");
    expect(headings(doc)).toEqual([
      ["I", "MỤC ĐÍCH, YÊU CẦU"],
      ["II", "NHIỆM VỤ CỤ THỂ"],
      ["III", "KINH PHÍ THỰC HIỆN"],
      ["IV", "TỔ CHỨC THỰC HIỆN"],
    ]);
    expect(doc.tables[0]).toMatchObject({
      title: "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA SỞ NỘI VỤ",
      reference: "Kế hoạch số 112/KH-SNV ngày 20/01/2025 của Sở Nội vụ",
      columns: ["TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Kết quả/sản phẩm đầu ra"],
    });
  });
});

describe("u04: provincial plan scraped from the web (one pipe per line, 'I -' numerals)", () => {
  it("reads the header table, the wrapped title and the signer below the website banner", async () => {
    const doc = await parse("u04_tinh-quang-tri-2025-scraped.md");
    expect(doc.meta).toMatchObject({
      docType: "ke_hoach",
      number: "45/KH-UBND",
      date: "2025-01-10",
      place: "Quảng Trị",
      issuer: "UBND tỉnh Quảng Trị",
      level: "tinh",
      title: "CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC TỈNH QUẢNG TRỊ NĂM 2025",
      year: 2025,
      signer: "Hoàng Nam",
    });
    expect(headings(doc)).toEqual([
      ["I", "MỤC ĐÍCH, YÊU CẦU"],
      ["II", "MỤC TIÊU"],
      ["III", "NHIỆM VỤ TRỌNG TÂM"],
      ["IV", "TỔ CHỨC THỰC HIỆN"],
    ]);
    expect(doc.tables[0]).toMatchObject({
      title: "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC TỈNH QUẢNG TRỊ NĂM 2025",
      reference: "Kế hoạch số 45/KH-UBND ngày 10/01/2025 của UBND tỉnh Quảng Trị",
      columns: ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành", "Kết quả/sản phẩm đầu ra"],
    });
  });
});

describe("u05: commune plan for the second half of 2025, no appendix (Markdown)", () => {
  it("reads the header and the three sections", async () => {
    const doc = await parse("u05_xa-tan-hoi-6thang-2025.md");
    expect(doc.meta).toMatchObject({
      docType: "ke_hoach",
      number: "37/KH-UBND",
      date: "2025-07-14",
      place: "Tân Hội",
      issuer: "UBND xã Tân Hội",
      level: "xa",
      title: "Cải cách hành chính 6 tháng cuối năm 2025 trên địa bàn xã Tân Hội",
      year: 2025,
      signer: "Phạm Văn Đức",
    });
    expect(headings(doc)).toEqual([
      ["I", "MỤC ĐÍCH, YÊU CẦU"],
      ["II", "NỘI DUNG, NHIỆM VỤ CỤ THỂ"],
      ["III", "TỔ CHỨC THỰC HIỆN"],
    ]);
    expect(doc.tables).toEqual([]);
  });
});

describe("u06: quận plan with a title in capitals over three lines", () => {
  it("reads the header", async () => {
    const doc = await parse("u06_quan-hai-chau-2024.txt");
    expect(doc.meta).toMatchObject({
      docType: "ke_hoach",
      number: "09/KH-UBND",
      date: "2024-01-12",
      place: "Hải Châu",
      issuer: "UBND quận Hải Châu",
      level: "huyen",
      title: "CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC TRÊN ĐỊA BÀN QUẬN HẢI CHÂU NĂM 2024",
      year: 2024,
      signer: "Trần Thị Mai",
      legalBases: [],
    });
    expect(headings(doc)).toEqual([
      ["I", "MỤC ĐÍCH, YÊU CẦU"],
      ["II", "NHIỆM VỤ, GIẢI PHÁP"],
      ["III", "TỔ CHỨC THỰC HIỆN"],
    ]);
  });
});

describe("u07: city under the central government, plan for 2021-2025, 'I-' numerals", () => {
  it("reads a five-year period and five sections", async () => {
    const doc = await parse("u07_tp-can-tho-2021-2025.txt");
    expect(doc.meta).toMatchObject({
      docType: "ke_hoach",
      number: "58/KH-UBND",
      date: "2021-08-25",
      place: "Cần Thơ",
      issuer: "UBND thành phố Cần Thơ",
      level: "tinh",
      title: "Cải cách hành chính nhà nước thành phố Cần Thơ giai đoạn 2021 - 2025",
      year: 2021,
      period: { from: 2021, to: 2025 },
      signer: "Trần Việt Trường",
    });
    expect(headings(doc)).toEqual([
      ["I", "MỤC TIÊU"],
      ["II", "NHIỆM VỤ"],
      ["III", "GIẢI PHÁP"],
      ["IV", "KINH PHÍ THỰC HIỆN"],
      ["V", "TỔ CHỨC THỰC HIỆN"],
    ]);
    expect(doc.sections[0]!.subsections.filter((s) => !s.number.includes(".")).map((s) => s.heading)).toEqual(["Mục tiêu chung", "Mục tiêu cụ thể"]);
    expect(doc.tables[0]).toMatchObject({
      title: "PHÂN CÔNG THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH GIAI ĐOẠN 2021 - 2025",
      reference: "Kế hoạch số 58/KH-UBND ngày 25 tháng 8 năm 2021 của Ủy ban nhân dân thành phố Cần Thơ",
    });
  });
});

describe("u08: thị xã plan in HTML, appendix titled 'BIỂU PHÂN CÔNG NHIỆM VỤ'", () => {
  it("reads the header written as <br>-separated paragraphs", async () => {
    const doc = await parse("u08_thi-xa-nghi-son-2023.html");
    expect(doc.meta).toMatchObject({
      docType: "ke_hoach",
      number: "215/KH-UBND",
      date: "2023-02-17",
      place: "Nghi Sơn",
      issuer: "UBND thị xã Nghi Sơn",
      level: "huyen",
      title: "Thực hiện công tác cải cách hành chính năm 2023",
      year: 2023,
      signer: "Lê Thị Thu",
    });
    expect(headings(doc)).toEqual([
      ["I", "MỤC ĐÍCH, YÊU CẦU"],
      ["II", "NHIỆM VỤ TRỌNG TÂM"],
      ["III", "TỔ CHỨC THỰC HIỆN"],
    ]);
  });
  it("finds the appendix by its 'BIỂU …' title", async () => {
    const doc = await parse("u08_thi-xa-nghi-son-2023.html");
    expect(doc.tables[0]).toMatchObject({
      title: "BIỂU PHÂN CÔNG NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2023",
      reference: "Kế hoạch số 215/KH-UBND ngày 17/02/2023 của UBND thị xã Nghi Sơn",
      columns: ["TT", "Nội dung", "Sản phẩm", "Thời gian", "Cơ quan chủ trì", "Cơ quan phối hợp"],
    });
  });
});

describe("u09: đặc khu plan in Markdown with an HTML table, appendix titled 'DANH MỤC NHIỆM VỤ'", () => {
  it("reads a special zone (đặc khu) as a commune-level issuer", async () => {
    const doc = await parse("u09_dac-khu-phu-quoc-2026.md");
    expect(doc.meta).toMatchObject({
      docType: "ke_hoach",
      number: "102/KH-UBND",
      date: "2025-12-22",
      place: "Phú Quốc",
      issuer: "UBND đặc khu Phú Quốc",
      level: "xa",
      title: "Cải cách hành chính năm 2026",
      year: 2026,
      period: { from: 2026, to: 2026 },
      signer: "Trần Minh Khoa",
    });
    expect(headings(doc)).toEqual([
      ["I", "MỤC ĐÍCH, YÊU CẦU"],
      ["II", "MỤC TIÊU"],
      ["III", "NHIỆM VỤ, GIẢI PHÁP"],
      ["IV", "TỔ CHỨC THỰC HIỆN"],
    ]);
    expect(doc.tables[0]).toMatchObject({
      title: "DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026",
      reference: "Kế hoạch số 102/KH-UBND ngày 22/12/2025 của UBND đặc khu Phú Quốc",
    });
  });
});

describe("u10: a Sở's draft plan without number or day, 'năm 2025 và định hướng đến năm 2030'", () => {
  it("leaves number and date null, keeps the place, and reads the period as 2025 ('định hướng' is an outlook)", async () => {
    const doc = await parse("u10_so-tu-phap-quang-ninh-2025-draft.txt");
    expect(doc.meta).toMatchObject({
      docType: "ke_hoach",
      number: null,
      date: null,
      place: "Quảng Ninh",
      issuer: "Sở Tư pháp tỉnh Quảng Ninh",
      level: "tinh",
      title: "Cải cách hành chính năm 2025 và định hướng đến năm 2030 của Sở Tư pháp tỉnh Quảng Ninh",
      year: 2025,
      period: { from: 2025, to: 2025 },
      signer: "Vũ Thị Lan",
    });
    expect(headings(doc)).toEqual([
      ["I", "MỤC ĐÍCH, YÊU CẦU"],
      ["II", "NHIỆM VỤ"],
      ["III", "TỔ CHỨC THỰC HIỆN"],
    ]);
    expect(doc.tables[0]?.title).toBe("CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA SỞ TƯ PHÁP");
  });
});

describe("u11: huyện plan exported from Word as HTML, title 'V/v …'", () => {
  it("reads the Word header table and drops the 'V/v' of the title", async () => {
    const doc = await parse("u11_huyen-tan-yen-2024-word.html");
    expect(doc.meta).toMatchObject({
      docType: "ke_hoach",
      number: "76/KH-UBND",
      date: "2024-01-29",
      place: "Tân Yên",
      issuer: "UBND huyện Tân Yên",
      level: "huyen",
      title: "Thực hiện công tác cải cách hành chính năm 2024",
      year: 2024,
      signer: "Ngô Văn Tám",
    });
    expect(headings(doc)).toEqual([
      ["I", "MỤC ĐÍCH, YÊU CẦU"],
      ["II", "NHIỆM VỤ TRỌNG TÂM"],
      ["III", "KINH PHÍ THỰC HIỆN"],
      ["IV", "TỔ CHỨC THỰC HIỆN"],
    ]);
    expect(doc.tables[0]).toMatchObject({
      title: "KẾ HOẠCH THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024",
      reference: "Kế hoạch số 76/KH-UBND ngày 29/01/2024 của UBND huyện Tân Yên",
      columns: [
        "Lĩnh vực",
        "Nhiệm vụ",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Thời gian thực hiện bắt đầu",
        "Thời gian thực hiện hoàn thành",
        "Kinh phí (triệu đồng)",
      ],
    });
  });
});

describe("u12: a Ban's plan in Markdown, '**I.** **HEADING**' markup", () => {
  it("names the Ban as issuer and finds the sections", async () => {
    const doc = await parse("u12_ban-dan-toc-son-la-2024.md");
    expect(doc.meta).toMatchObject({
      docType: "ke_hoach",
      number: "21/KH-BDT",
      date: "2024-01-15",
      place: "Sơn La",
      issuer: "Ban Dân tộc tỉnh Sơn La",
      level: "tinh",
      title: "Cải cách hành chính năm 2024",
      year: 2024,
      signer: "Lò Văn Mạnh",
    });
    expect(headings(doc)).toEqual([
      ["I", "MỤC ĐÍCH, YÊU CẦU"],
      ["II", "NHIỆM VỤ CỤ THỂ"],
      ["III", "TỔ CHỨC THỰC HIỆN"],
    ]);
  });
});

describe("u13: phường plan in HTML, appendix head in one <p> with <br>", () => {
  it("reads header, sections and appendix head", async () => {
    const doc = await parse("u13_phuong-ben-thanh-2026.html");
    expect(doc.meta).toMatchObject({
      docType: "ke_hoach",
      number: "16/KH-UBND",
      date: "2026-01-09",
      place: "Bến Thành",
      issuer: "UBND phường Bến Thành",
      level: "xa",
      title: "Cải cách hành chính năm 2026",
      year: 2026,
      signer: "Võ Thị Hồng",
    });
    expect(headings(doc)).toEqual([
      ["I", "MỤC ĐÍCH, YÊU CẦU"],
      ["II", "NHIỆM VỤ TRỌNG TÂM"],
      ["III", "TỔ CHỨC THỰC HIỆN"],
    ]);
    expect(doc.tables[0]).toMatchObject({
      title: "PHÂN CÔNG NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026",
      reference: "Kế hoạch số 16/KH-UBND ngày 09/01/2026 của UBND phường Bến Thành",
    });
  });
});

describe("u14: commune decision issuing a quarterly plan, scraped (one pipe per line)", () => {
  it("reads the decision's header, the plan's title and sections", async () => {
    const doc = await parse("u14_xa-dong-hoa-qd-quy4-2025-scraped.md");
    expect(doc.meta).toMatchObject({
      docType: "quyet_dinh",
      number: "58/QĐ-UBND",
      date: "2025-10-02",
      place: "Đông Hòa",
      issuer: "UBND xã Đông Hòa",
      level: "xa",
      title: "CẢI CÁCH HÀNH CHÍNH QUÝ IV NĂM 2025 CỦA UBND XÃ ĐÔNG HÒA",
      year: 2025,
      period: { from: 2025, to: 2025 },
      signer: "Nguyễn Văn An",
    });
    expect(doc.meta.legalBases).toHaveLength(2);
    expect(doc.meta.recipients).toEqual(["Như Điều 3", "UBND tỉnh Đắk Lắk", "Lưu: VT"]);
    expect(headings(doc)).toEqual([
      ["I", "MỤC ĐÍCH, YÊU CẦU"],
      ["II", "NHIỆM VỤ"],
      ["III", "TỔ CHỨC THỰC HIỆN"],
    ]);
    expect(doc.tables).toEqual([]);
  });
});

describe("u15: huyện plan in Markdown-marked text, date with slashes, no recipients", () => {
  it("reads header, sections and appendix head", async () => {
    const doc = await parse("u15_huyen-ba-vi-2024-two-row-tab.txt");
    expect(doc.meta).toMatchObject({
      docType: "ke_hoach",
      number: "45/KH-UBND",
      date: "2024-01-15",
      place: "Ba Vì",
      issuer: "UBND huyện Ba Vì",
      level: "huyen",
      title: "Cải cách hành chính huyện Ba Vì năm 2024",
      year: 2024,
      signer: "Đỗ Mạnh Hùng",
      recipients: [],
    });
    expect(headings(doc)).toEqual([
      ["I", "MỤC TIÊU"],
      ["II", "NHIỆM VỤ"],
      ["III", "TỔ CHỨC THỰC HIỆN"],
    ]);
    expect(doc.tables[0]).toMatchObject({
      title: "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024",
      reference: "Kế hoạch số 45/KH-UBND ngày 15/01/2024 của UBND huyện Ba Vì",
    });
  });
});

describe("u16: text laid out as its pages (pdftotext -layout): two header columns, indented paragraphs, page number", () => {
  it("reads the header columns, the legal basis apart from the next paragraph, and the signature columns", async () => {
    const doc = await parse("u16_huyen-kim-son-2024-layout.txt");
    expect(doc.meta).toMatchObject({
      docType: "ke_hoach",
      number: "112/KH-UBND",
      date: "2024-02-20",
      place: "Kim Sơn",
      issuer: "UBND huyện Kim Sơn",
      level: "huyen",
      title: "Cải cách hành chính huyện Kim Sơn năm 2024",
      year: 2024,
      signer: "Phạm Văn Hà",
      legalBases: ["Kế hoạch số 20/KH-UBND ngày 30/01/2024 của UBND tỉnh Ninh Bình về cải cách hành chính nhà nước năm 2024"],
      recipients: ["Sở Nội vụ tỉnh Ninh Bình", "TT Huyện ủy, HĐND huyện", "Lưu: VT"],
    });
    expect(headings(doc)).toEqual([
      ["I", "MỤC ĐÍCH, YÊU CẦU"],
      ["II", "NHIỆM VỤ CỤ THỂ"],
      ["III", "TỔ CHỨC THỰC HIỆN"],
    ]);
    expect(doc.sections[0]!.subsections.map((s) => [s.heading, s.text])).toEqual([
      ["Mục đích", "Nâng cao hiệu quả công tác cải cách hành chính trên địa bàn huyện; cải thiện các chỉ số thành phần của Chỉ số cải cách hành chính."],
      ["Yêu cầu", "Các cơ quan, đơn vị thực hiện nghiêm túc, đúng tiến độ các nhiệm vụ được giao."],
    ]);
    // The page number between two pages is no text of the plan.
    expect(doc.sections[1]!.subsections[1]!.text).toMatch(/Thời gian thực hiện: Thường xuyên\.$/);
  });
});

describe("rules the unseen plans needed, on small variants", () => {
  it("reads 'định hướng đến năm 2030' beside the plan's own year as an outlook, alone as the period's end", () => {
    expect(planPeriod("Cải cách hành chính năm 2025 và định hướng đến năm 2030", null, "2025-01-10")).toEqual({ year: 2025, period: { from: 2025, to: 2025 } });
    expect(planPeriod("Cải cách hành chính định hướng đến năm 2030", null, "2025-01-10")).toEqual({ year: 2025, period: { from: 2025, to: 2030 } });
  });
  it("takes 'Phần II' with its heading in the next paragraph as section II", async () => {
    const doc = segment(await readText("KẾ HOẠCH\nCải cách hành chính năm 2024\n\nPhần I\n\nMỤC TIÊU\n\nNội dung.\n\nPHẦN II\n\nNHIỆM VỤ\n\nNội dung.", "txt")).value;
    expect(doc.sections.map((s) => [s.numeral, s.heading, s.units.map((u) => u.text)])).toEqual([
      ["I", "MỤC TIÊU", ["Nội dung."]],
      ["II", "NHIỆM VỤ", ["Nội dung."]],
    ]);
  });
  it("does not split a wrapped line of prose that ends before a capitalised word", async () => {
    const line = "1. Các sở, ban, ngành tỉnh triển khai thực hiện nghiêm túc các nhiệm vụ được giao tại Kế hoạch của";
    const doc = segment(await readText(`KẾ HOẠCH\nCải cách hành chính năm 2024\n\nI. NHIỆM VỤ\n\n${line}\nUBND tỉnh về cải cách hành chính.`, "md")).value;
    expect(doc.sections[0]!.subsections).toHaveLength(1);
    expect(doc.sections[0]!.subsections[0]!.heading).toMatch(/của UBND tỉnh về cải cách hành chính\.$/);
  });
  it("keeps the early-wrapped first lines of scraped paragraphs with their sentence", async () => {
    const text = [
      "KẾ HOẠCH",
      "Chuyển đổi số năm 2025",
      "",
      "I. MỤC TIÊU",
      "",
      "đ) Đến hết năm 2045: 100%",
      "DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số.",
      "",
      "b) Triển khai đề án ứng dụng",
      "IoT trong một số ngành, lĩnh vực như giáo dục, y tế, nông nghiệp, giao thông.",
      "",
      "2. Sở",
      "Khoa học và Công nghệ, Sở Nội vụ chủ trì tổ chức đào tạo, tập huấn.",
      "",
      "3. Đề nghị: Hiệp hội",
      "Doanh nghiệp tỉnh, Hội Nông dân tỉnh phối hợp thực hiện.",
    ].join("\n");
    const doc = segment(await readText(text, "md")).value;
    expect(doc.sections[0]!.units.map((u) => u.text)).toEqual([
      "đ) Đến hết năm 2045: 100% DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số.",
      "b) Triển khai đề án ứng dụng IoT trong một số ngành, lĩnh vực như giáo dục, y tế, nông nghiệp, giao thông.",
      "2. Sở Khoa học và Công nghệ, Sở Nội vụ chủ trì tổ chức đào tạo, tập huấn.",
      "3. Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh phối hợp thực hiện.",
    ]);
  });
  it("reads 'KẾ HOẠCH' and its title joined on one line of capitals", async () => {
    const doc = segment(await readText("UBND XÃ TÂN PHÚ\n\nSố: 05/KH-UBND\n\nKẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024\n\nI. MỤC TIÊU\n\nNội dung.", "txt")).value;
    expect(doc.meta).toMatchObject({ docType: "ke_hoach", title: "CẢI CÁCH HÀNH CHÍNH NĂM 2024", year: 2024, issuer: "UBND xã Tân Phú" });
    expect(doc.sections.map((s) => s.numeral)).toEqual(["I"]);
  });
  it("names the committee's office issuing its own plan 'Văn phòng UBND …'", async () => {
    const doc = segment(await readText("UBND TỈNH BẮC NINH\nVĂN PHÒNG\n\nSố: 05/KH-VP\n\nKẾ HOẠCH\nCải cách hành chính năm 2024\n\nI. MỤC TIÊU\n\nNội dung.", "txt")).value;
    expect(doc.meta).toMatchObject({ issuer: "Văn phòng UBND tỉnh Bắc Ninh", level: "tinh" });
  });
  it("names a Phòng issuing its own plan under the district's committee, and a Sở naming its own province", async () => {
    const phong = segment(await readText("UBND HUYỆN THANH TRÌ\nPHÒNG NỘI VỤ\n\nSố: 03/KH-PNV\n\nKẾ HOẠCH\nCải cách hành chính năm 2024\n\nI. MỤC TIÊU\n\nNội dung.", "txt")).value;
    expect(phong.meta).toMatchObject({ issuer: "Phòng Nội vụ huyện Thanh Trì", level: "huyen" });
    const so = segment(await readText("SỞ NỘI VỤ TỈNH NGHỆ AN\n\nSố: 03/KH-SNV\n\nKẾ HOẠCH\nCải cách hành chính năm 2024\n\nI. MỤC TIÊU\n\nNội dung.", "txt")).value;
    expect(so.meta).toMatchObject({ issuer: "Sở Nội vụ tỉnh Nghệ An", level: "tinh" });
  });
});
