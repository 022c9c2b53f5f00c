/**
 * Agency cells as real plans write them (issue 17): one body over two lines, " và " between two named agencies, and
 * the words that say what an agency does ("chủ trì hướng dẫn, tổng hợp", "thúc đẩy, theo dõi …") cut from its name,
 * the role they give kept. Expected values are what a careful reader writes down from each cell.
 */
import { describe, expect, it } from "vitest";
import { readAgencyCell, splitAgencies } from "../../src/normalize/agency.js";

describe("splitAgencies: what separates agencies, and what does not", () => {
  const rows: Array<[string[], string[]]> = [
    // A head-of word alone on its line heads the body on the next line (a Word cell with two paragraphs).
    [["Lãnh đạo", "Sở Giáo dục và Đào tạo"], ["Lãnh đạo Sở Giáo dục và Đào tạo"]],
    [["Lãnh đạo ", "Công an tỉnh"], ["Lãnh đạo Công an tỉnh"]],
    [["Thủ trưởng", "các cơ quan, đơn vị"], ["Thủ trưởng các cơ quan, đơn vị"]],
    [["Văn phòng", "UBND tỉnh"], ["Văn phòng UBND tỉnh"]],
    // Two whole names on two lines stay two.
    [["Sở Nội vụ", "Sở Tài chính"], ["Sở Nội vụ", "Sở Tài chính"]],
    [["Lãnh đạo Sở Y tế", "Sở Tài chính"], ["Lãnh đạo Sở Y tế", "Sở Tài chính"]],
    // " và " between two named agencies separates them.
    [["Sở Y tế và Sở Tài chính"], ["Sở Y tế", "Sở Tài chính"]],
    [["Công an tỉnh và Bộ Chỉ huy Quân sự tỉnh"], ["Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh"]],
    [["Hội Liên hiệp Phụ nữ tỉnh và Tỉnh đoàn"], ["Hội Liên hiệp Phụ nữ tỉnh", "Tỉnh đoàn"]],
    // One body and a group after it are two items; prose lists read the same way (extract/duties.ts).
    [["Bộ Nội vụ và các bộ, ngành, địa phương khác có liên quan"], ["Bộ Nội vụ", "các bộ, ngành, địa phương khác có liên quan"]],
    [["Sở Tài chính và Ủy ban nhân dân các xã, phường"], ["Sở Tài chính", "Ủy ban nhân dân các xã, phường"]],
    [["Thủ trưởng các cơ quan, đơn vị và Chủ tịch UBND các xã, thị trấn"], ["Thủ trưởng các cơ quan, đơn vị", "Chủ tịch UBND các xã, thị trấn"]],
    [["Báo và Phát thanh, Truyền hình tỉnh và các cơ quan báo chí đóng trên địa bàn"], ["Báo và Phát thanh, Truyền hình tỉnh", "các cơ quan báo chí đóng trên địa bàn"]],
    [["Văn phòng UBND tỉnh và Sở Tư pháp"], ["Văn phòng UBND tỉnh", "Sở Tư pháp"]],
    // … never inside a name, after an office serving two bodies or a bare type word; two groups of bodies of different
    // kinds are two items (one agency group per item), a group and what is concerned with it one.
    [["Sở Khoa học và Công nghệ"], ["Sở Khoa học và Công nghệ"]],
    [["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Văn hóa, Thể thao và Du lịch"]],
    [["Văn phòng HĐND và UBND tỉnh"], ["Văn phòng HĐND và UBND tỉnh"]],
    [["Văn phòng Đoàn ĐBQH và HĐND tỉnh"], ["Văn phòng Đoàn ĐBQH và HĐND tỉnh"]],
    [["Báo và Đài Phát thanh, Truyền hình Lâm Đồng"], ["Báo và Đài Phát thanh, Truyền hình Lâm Đồng"]],
    [["Ban, phòng ngành huyện và các cơ quan có liên quan"], ["Ban, phòng ngành huyện và các cơ quan có liên quan"]],
    [["Các sở, ngành tỉnh và UBND cấp huyện"], ["Các sở, ngành tỉnh", "UBND cấp huyện"]],
    // "các bộ …", "các Hiệp hội …" after a comma start a group of their own.
    [["Bộ Tài chính, các Hiệp hội và Doanh nghiệp công nghệ số Việt Nam"], ["Bộ Tài chính", "các Hiệp hội và Doanh nghiệp công nghệ số Việt Nam"]],
    [["Bộ Công an, các bộ, ngành"], ["Bộ Công an", "các bộ, ngành"]],
    // A slash between two whole agencies separates them; inside one name or a document number it does not.
    [["Sở Nội vụ/Sở Tư pháp"], ["Sở Nội vụ", "Sở Tư pháp"]],
    [["Trung tâm Y tế / UBND các xã"], ["Trung tâm Y tế", "UBND các xã"]],
    [["Văn phòng HĐND/UBND tỉnh"], ["Văn phòng HĐND/UBND tỉnh"]],
    [["Phòng Văn hóa/Thông tin"], ["Phòng Văn hóa/Thông tin"]],
    [["Theo phân công tại Quyết định số 1441/QĐ-UBND"], ["Theo phân công tại Quyết định số 1441/QĐ-UBND"]],
  ];
  it.each(rows)("%j", (paragraphs, items) => {
    expect(splitAgencies(paragraphs).value).toEqual(items);
  });
});

describe("readAgencyCell: role words and activities are not part of a name", () => {
  it("a cell that says who leads: the chủ trì leads, the agencies that carry out are named without their activity", () => {
    const cell = readAgencyCell(["Sở KH&CN chủ trì hướng dẫn, tổng hợp; Các sở, ngành, UBND cấp xã thực hiện công bố dữ liệu mở hằng năm theo lĩnh vực quản lý."]);
    expect(cell.items).toEqual([
      { name: "Sở KH&CN", role: "lead" },
      { name: "Các sở, ngành", role: null },
      { name: "UBND cấp xã", role: null },
    ]);
    expect(cell.activities).toEqual(["chủ trì hướng dẫn, tổng hợp", "thực hiện công bố dữ liệu mở hằng năm theo lĩnh vực quản lý"]);
  });
  it("an agency followed by what it does about the target", () => {
    expect(readAgencyCell(["Sở Khoa học và Công nghệ thúc đẩy, theo dõi, báo cáo chỉ tiêu"])).toEqual({
      items: [{ name: "Sở Khoa học và Công nghệ", role: null }],
      activities: ["thúc đẩy, theo dõi, báo cáo chỉ tiêu"],
    });
    const three = readAgencyCell(["Sở Giáo dục và Đào tạo; Sở Nội vụ; Sở Khoa học và Công nghệ thúc đẩy,", "theo dõi, báo cáo chỉ tiêu"]);
    expect(three.items.map((item) => item.name)).toEqual(["Sở Giáo dục và Đào tạo", "Sở Nội vụ", "Sở Khoa học và Công nghệ"]);
  });
  it("a qualifier after a name ('với các tiêu chuẩn …') is cut; 'với' before an agency is not", () => {
    const cell = readAgencyCell(["Bộ Công an, Bộ Khoa học và Công nghệ với các tiêu chuẩn, quy chuẩn áp dụng chung toàn quốc; các bộ, ngành với các tiêu chuẩn nội ngành"]);
    expect(cell.items.map((item) => item.name)).toEqual(["Bộ Công an", "Bộ Khoa học và Công nghệ", "các bộ, ngành"]);
    expect(cell.activities).toHaveLength(2);
  });
  it("X chủ trì, Y phối hợp; X chủ trì, phối hợp với Y; prefixes and parentheses", () => {
    expect(readAgencyCell(["Sở Nội vụ chủ trì, Sở Tài chính phối hợp"]).items).toEqual([
      { name: "Sở Nội vụ", role: "lead" },
      { name: "Sở Tài chính", role: "partner" },
    ]);
    expect(readAgencyCell(["Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp, Sở Tài chính"]).items).toEqual([
      { name: "Sở Nội vụ", role: "lead" },
      { name: "Sở Tư pháp", role: "partner" },
      { name: "Sở Tài chính", role: "partner" },
    ]);
    expect(readAgencyCell(["Chủ trì: Sở Y tế", "Phối hợp: Bảo hiểm xã hội tỉnh"]).items).toEqual([
      { name: "Sở Y tế", role: "lead" },
      { name: "Bảo hiểm xã hội tỉnh", role: "partner" },
    ]);
    expect(readAgencyCell(["Sở Nội vụ (chủ trì); Sở Tư pháp (phối hợp)"]).items).toEqual([
      { name: "Sở Nội vụ", role: "lead" },
      { name: "Sở Tư pháp", role: "partner" },
    ]);
    // The lines of a "Chủ trì: … / Phối hợp: …" cell run together by a PDF or a scrape: the capitalised role with its
    // colon still opens the partners.
    expect(readAgencyCell(["Chủ trì: Sở Nội vụ Phối hợp: Văn phòng UBND tỉnh"]).items).toEqual([
      { name: "Sở Nội vụ", role: "lead" },
      { name: "Văn phòng UBND tỉnh", role: "partner" },
    ]);
    expect(readAgencyCell(["CHỦ TRÌ: Công an tỉnh PHỐI HỢP: Sở Tư pháp"]).items).toEqual([
      { name: "Công an tỉnh", role: "lead" },
      { name: "Sở Tư pháp", role: "partner" },
    ]);
    // Role labels written with their type word or abbreviated, and "Phối hợp với" after a lost break.
    const leadThenPartner = [
      { name: "Sở Nội vụ", role: "lead" },
      { name: "Sở Tư pháp", role: "partner" },
    ];
    expect(readAgencyCell(["CT: Sở Nội vụ; PH: Sở Tư pháp"]).items).toEqual(leadThenPartner);
    expect(readAgencyCell(["Cơ quan chủ trì: Sở Nội vụ; Cơ quan phối hợp: Sở Tư pháp"]).items).toEqual(leadThenPartner);
    expect(readAgencyCell(["Đơn vị chủ trì: Sở Nội vụ - Đơn vị phối hợp: Sở Tư pháp"]).items).toEqual(leadThenPartner);
    expect(readAgencyCell(["Chủ trì: Sở Nội vụ Phối hợp với Sở Tư pháp"]).items).toEqual(leadThenPartner);
    // "Thực hiện: …" labels bodies without a role (the column's, or partners beside a chủ trì: assemble decides).
    expect(readAgencyCell(["Chủ trì: Sở Nội vụ", "Phối hợp: Sở Tư pháp", "Thực hiện: UBND các xã"]).items).toEqual([...leadThenPartner, { name: "UBND các xã", role: null }]);
    // "Sở A phối hợp (với) Sở B": A does the work, B is its partner; nothing is cut as an activity.
    const withPartner = readAgencyCell(["Sở Nội vụ phối hợp Sở Tư pháp"]);
    expect(withPartner.items).toEqual([
      { name: "Sở Nội vụ", role: null },
      { name: "Sở Tư pháp", role: "partner" },
    ]);
    expect(withPartner.activities).toEqual([]);
    expect(readAgencyCell(["Sở Nội vụ phối hợp với Công an tỉnh, Sở Tư pháp"]).items).toEqual([
      { name: "Sở Nội vụ", role: null },
      { name: "Công an tỉnh", role: "partner" },
      { name: "Sở Tư pháp", role: "partner" },
    ]);
    // A partner column's "Sở A phối hợp" alone stays a partner.
    expect(readAgencyCell(["Sở Tư pháp phối hợp"]).items).toEqual([{ name: "Sở Tư pháp", role: "partner" }]);
    // Agencies before the one whose words give the role share it.
    expect(readAgencyCell(["Sở Y tế, Sở Tài chính chủ trì; các sở, ngành phối hợp"]).items).toEqual([
      { name: "Sở Y tế", role: "lead" },
      { name: "Sở Tài chính", role: "lead" },
      { name: "các sở, ngành", role: "partner" },
    ]);
    // A bare role word is no activity.
    expect(readAgencyCell(["Sở Nội vụ chủ trì"]).activities).toEqual([]);
  });
  it("names that contain such words are left whole", () => {
    for (const name of [
      "Phòng Phổ biến, giáo dục pháp luật và theo dõi thi hành pháp luật",
      "Các cơ quan chủ trì thực hiện nội dung CCHC",
      "Ban Chỉ đạo thực hiện các Chương trình mục tiêu quốc gia tỉnh",
      "Phòng Tổng hợp",
      "Trung tâm Phục vụ hành chính công tỉnh",
      "Văn phòng UBND tỉnh",
    ]) {
      expect(readAgencyCell([name]), name).toEqual({ items: [{ name, role: null }], activities: [] });
    }
  });
});

describe("readAgencyCell: joint leads (issue 17, prose round 10)", () => {
  it("'(đồng chủ trì)', 'đồng chủ trì', '- cùng chủ trì' after a list: every body of it leads", () => {
    expect(readAgencyCell(["Sở Nội vụ, Sở Tư pháp (đồng chủ trì)"]).items).toEqual([
      { name: "Sở Nội vụ", role: "lead" },
      { name: "Sở Tư pháp", role: "lead" },
    ]);
    expect(readAgencyCell(["Sở Y tế, Sở Tài chính đồng chủ trì"])).toEqual({
      items: [
        { name: "Sở Y tế", role: "lead" },
        { name: "Sở Tài chính", role: "lead" },
      ],
      activities: [],
    });
    expect(readAgencyCell(["Phòng Nội vụ, Phòng Tư pháp - cùng chủ trì"]).items).toEqual([
      { name: "Phòng Nội vụ", role: "lead" },
      { name: "Phòng Tư pháp", role: "lead" },
    ]);
  });
  it("'(chủ trì)' still tags its own name only", () => {
    expect(readAgencyCell(["Sở Nội vụ, Sở Tư pháp (chủ trì)"]).items).toEqual([
      { name: "Sở Nội vụ", role: null },
      { name: "Sở Tư pháp", role: "lead" },
    ]);
  });
});

describe("readAgencyCell: a 'Chủ trì:' label heads a list the 'Phối hợp:' label ends (round 17)", () => {
  const roles = (paragraphs: string[]) => readAgencyCell(paragraphs).items.map((item) => [item.name, item.role]);
  it("names between the two labels lead", () => {
    expect(roles(["Chủ trì: Phòng Quản lý đất đai; Phòng Môi trường. Phối hợp: Văn phòng Sở"])).toEqual([
      ["Phòng Quản lý đất đai", "lead"],
      ["Phòng Môi trường", "lead"],
      ["Văn phòng Sở", "partner"],
    ]);
    expect(roles(["Chủ trì: Sở Nội vụ", "Sở Tư pháp", "Phối hợp: Các sở, ngành"])).toEqual([
      ["Sở Nội vụ", "lead"],
      ["Sở Tư pháp", "lead"],
      ["Các sở, ngành", "partner"],
    ]);
  });
  it("without a 'Phối hợp:' label after them, or with a role of their own, they are left as before", () => {
    expect(roles(["Chủ trì: Sở Nội vụ; Sở Tư pháp"])).toEqual([
      ["Sở Nội vụ", "lead"],
      ["Sở Tư pháp", null],
    ]);
    expect(roles(["Chủ trì: Sở Nội vụ; Sở Tư pháp (phối hợp); Sở Tài chính. Phối hợp: UBND các xã"])).toEqual([
      ["Sở Nội vụ", "lead"],
      ["Sở Tư pháp", "partner"],
      ["Sở Tài chính", null],
      ["UBND các xã", "partner"],
    ]);
  });
  it("a telecom operator's branch is a body of its own where a PDF ran two names together", () => {
    const cell = readAgencyCell(["Viễn thông Phú Thọ VNPT Phú Thọ"], { runTogether: true });
    expect(cell.items.map((item) => item.name)).toEqual(["Viễn thông Phú Thọ", "VNPT Phú Thọ"]);
  });
});
