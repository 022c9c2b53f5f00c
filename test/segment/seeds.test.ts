/**
 * Metadata and sections of the four seed plans, field by field. Every expected value here was written by reading
 * the plan text in fixtures/plans/ (header lines, "Căn cứ" lines, the signature block, the Roman-numeral headings).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readText } from "../../src/read/text.js";
import { segment } from "../../src/segment/index.js";

async function parts(name: string) {
  const text = readFileSync(new URL(`../../fixtures/plans/${name}`, import.meta.url), "utf8");
  return segment(await readText(text, "txt")).value;
}

const seeds = new Map(await Promise.all(["000_cc8d44a7a110d77b.txt", "001_cf13d097df470f82.txt", "003_9a23d4ea0e0477f2.txt", "004_b6c2931c4fda3fce.txt"].map(async (name) => [name, await parts(name)] as const)));

describe("seed 000 (UBND huyện, no number in the header)", () => {
  const plan = seeds.get("000_cc8d44a7a110d77b.txt")!;
  it("takes number, date and issuer from the appendix reference line", () => {
    expect(plan.meta).toMatchObject({
      docType: "ke_hoach",
      number: "07/KH-UBND",
      date: "2023-01-17",
      place: null,
      issuer: "UBND huyện Thanh Trì",
      level: "huyen",
      title: "Thực hiện cải cách hành chính năm 2023",
      year: 2023,
      period: { from: 2023, to: 2023 },
      signer: "Lê Thanh Chúc",
    });
  });
  it("reads the legal basis and the recipients", () => {
    expect(plan.meta.legalBases).toEqual([
      "Kế hoạch số 192/KH-UBND ngày 20 tháng 12 năm 2022 của Ủy ban nhân dân tỉnh Sóc Trăng về thực hiện cải cách hành chính tỉnh Sóc Trăng năm 2023",
    ]);
    expect(plan.meta.recipients).toHaveLength(9);
    expect(plan.meta.recipients[0]).toBe("Sở Nội vụ");
    expect(plan.meta.recipients[1]).toBe("TT. Huyện ủy, TT. HĐND huyện");
    expect(plan.meta.recipients[8]).toBe("Lưu: TH, HC");
  });
  it("finds sections I–IV with their subsections", () => {
    expect(plan.sections.map((s) => [s.numeral, s.heading])).toEqual([
      ["I", "MỤC TIÊU, YÊU CẦU"],
      ["II", "CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH"],
      ["III", "PHÂN CÔNG CỤ THỂ CÁC NHIỆM VỤ VÀ TRIỂN KHAI THỰC HIỆN CCHC NĂM 2023 (Theo phụ lục đính kèm)"],
      ["IV", "TỔ CHỨC THỰC HIỆN"],
    ]);
    expect(plan.sections[0]!.subsections.map((s) => [s.number, s.heading])).toEqual([
      ["1", "Mục tiêu"],
      ["2", "Yêu cầu"],
    ]);
    expect(plan.sections[1]!.subsections.map((s) => s.number)).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
    expect(plan.sections[1]!.subsections[6]!.heading).toBe("Công tác chỉ đạo điều hành");
    expect(plan.sections[3]!.subsections.map((s) => s.number)).toEqual(["1", "2", "2.2"]);
  });
  it("finds the appendix title and its one task table", () => {
    expect(plan.appendix?.title).toBe("PHÂN CÔNG CỤ THỂ CÁC NHIỆM VỤ VÀ TRIỂN KHAI THỰC HIỆN CẢI CÁCH HÀNH CHÍNH NĂM 2023");
    expect(plan.appendix?.reference).toBe("Kế hoạch số 07/KH-UBND ngày 17/01/2023 của UBND huyện Thanh Trì");
    expect(plan.tables.map((t) => [t.appendix?.title, t.kind])).toEqual([[plan.appendix?.title, "task"]]);
  });
});

describe("seed 001 (UBND tỉnh Sóc Trăng)", () => {
  const plan = seeds.get("001_cf13d097df470f82.txt")!;
  it("reads the metadata", () => {
    expect(plan.meta).toMatchObject({
      docType: "ke_hoach",
      number: "192/KH-UBND",
      date: "2022-12-20",
      issuer: "UBND tỉnh Sóc Trăng",
      level: "tinh",
      title: "Thực hiện cải cách hành chính năm 2023",
      year: 2023,
      period: { from: 2023, to: 2023 },
      signer: "Trần Văn Lâu",
    });
    expect(plan.meta.legalBases).toEqual([
      "Kế hoạch số 163/KH-UBND ngày 24/11/2021 của Ủy ban nhân dân tỉnh Sóc Trăng về cải cách hành chính tỉnh Sóc Trăng giai đoạn 2021 - 2030",
    ]);
    expect(plan.meta.recipients).toHaveLength(11);
    expect(plan.meta.recipients[10]).toBe("Lưu: TH, VT");
  });
  it("finds sections I–IV", () => {
    expect(plan.sections.map((s) => s.numeral)).toEqual(["I", "II", "III", "IV"]);
    expect(plan.sections[3]!.heading).toBe("TỔ CHỨC THỰC HIỆN");
  });
  it("joins a paragraph cut by a page break", () => {
    expect(plan.sections[1]!.subsections[3]!.units.map((u) => u.text).join(" ")).toContain("những trường hợp sai phạm");
  });
});

describe("seed 003 (no appendix; header with number, place and date)", () => {
  const plan = seeds.get("003_9a23d4ea0e0477f2.txt")!;
  it("reads the metadata", () => {
    expect(plan.meta).toMatchObject({
      docType: "ke_hoach",
      number: "341/KH-UBND",
      date: "2023-02-22",
      place: "Chợ Mới",
      issuer: "UBND huyện Chợ Mới",
      level: "huyen",
      title: "Nâng cao chất lượng hiệu quả công tác cải cách hành chính trên địa bàn huyện Chợ Mới",
      year: 2023,
      period: { from: 2023, to: 2023 },
      signer: "Cù Minh Trọng",
    });
    expect(plan.meta.legalBases).toHaveLength(3);
    expect(plan.meta.legalBases[2]).toBe("tình hình thực tế công tác cải cách hành chính trên địa bàn huyện");
    expect(plan.meta.recipients[0]).toBe("Sở Nội vụ, Phòng CCHC & XDCQ");
    expect(plan.meta.recipients).toHaveLength(12);
  });
  it("finds sections I–V and the numbered and lettered items of section II", () => {
    expect(plan.sections.map((s) => [s.numeral, s.heading])).toEqual([
      ["I", "MỤC ĐÍCH, YÊU CẦU"],
      ["II", "NỘI DUNG, GIẢI PHÁP VÀ TRÁCH NHIỆM THỰC HIỆN"],
      ["III", "KINH PHÍ THỰC HIỆN"],
      ["IV", "CHẾ ĐỘ THÔNG TIN, BÁO CÁO"],
      ["V", "TỔ CHỨC THỰC HIỆN"],
    ]);
    expect(plan.sections[1]!.subsections.map((s) => s.number)).toEqual(["1", "2", "3", "4", "a", "b", "5", "6", "7", "8", "9", "10"]);
  });
  it("has no appendix", () => {
    expect(plan.appendix).toBeNull();
  });
});

describe("seed 004 (QUYẾT ĐỊNH issuing the plan)", () => {
  const plan = seeds.get("004_b6c2931c4fda3fce.txt")!;
  it("takes the decision's number and date, and the issued plan's title", () => {
    expect(plan.meta).toMatchObject({
      docType: "quyet_dinh",
      number: "60/QĐ-UBND",
      date: "2024-01-11",
      place: "Đức Thọ",
      issuer: "UBND huyện Đức Thọ",
      level: "huyen",
      title: "Cải cách hành chính huyện Đức Thọ năm 2024",
      year: 2024,
      period: { from: 2024, to: 2024 },
      signer: "Trần Hoài Đức",
    });
    expect(plan.meta.legalBases).toHaveLength(6);
    expect(plan.meta.legalBases[1]).toBe(
      "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ về Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030",
    );
    expect(plan.meta.recipients).toEqual([
      "Như Điều 2",
      "UBND tỉnh (B/C)",
      "Sở Nội vụ (B/c)",
      "TTr Huyện ủy, TTr HĐND huyện",
      "Chủ tịch, các PCT UBND huyện",
      "Ủy ban MTTQ và các đoàn thể cấp huyện",
      "Trung tâm HCC huyện",
      "Trung tâm Văn hóa – TT",
      "Lưu: VT, NV",
    ]);
  });
  it("segments the plan's sections I–VI, not the decision's articles", () => {
    expect(plan.sections.map((s) => [s.numeral, s.heading])).toEqual([
      ["I", "MỤC ĐÍCH, YÊU CẦU"],
      ["II", "CÁC CHỈ TIÊU CHỦ YẾU"],
      ["III", "NHIỆM VỤ, GIẢI PHÁP CHUNG"],
      ["IV", "NHIỆM VỤ, GIẢI PHÁP CỤ THỂ"],
      ["V", "KINH PHÍ"],
      ["VI", "TỔ CHỨC THỰC HIỆN"],
    ]);
    // "## **2. Cải cách thể chế**" is a subsection whatever its Markdown level.
    expect(plan.sections[2]!.subsections.map((s) => s.number)).toEqual(["1", "2", "3", "4", "5", "6", "7", "7.1", "7.2"]);
  });
  it("finds the appendix", () => {
    expect(plan.appendix?.title).toBe("KHUNG NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH TRỌNG TÂM NĂM 2024");
    expect(plan.tables.map((t) => [t.appendix?.title, t.kind])).toEqual([[plan.appendix?.title, "task"]]);
  });
});
