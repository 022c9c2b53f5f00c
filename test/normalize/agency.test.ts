import { describe, expect, it } from "vitest";
import { cleanAgency, splitAgencies, splitAgencyLines, startsWithAgency } from "../../src/normalize/agency.js";
import { diagnosticSchema } from "../../src/schema/plan.js";

/** A cell's paragraphs, and the items a careful reader writes down. */
type SplitRow = [paragraphs: string[], items: string[]];

function checkSplit([paragraphs, items]: SplitRow) {
  const { value, diagnostics } = splitAgencies(paragraphs);
  expect(value).toEqual(items);
  expect(diagnostics).toEqual([]);
}

describe("splitAgencies: lead/partner cells of the seed appendices", () => {
  const rows: SplitRow[] = [
    // fixtures/plans/000 (UBND huyện Thanh Trì, 2023)
    [["Ban, phòng ngành huyện và các cơ quan có liên quan"], ["Ban, phòng ngành huyện và các cơ quan có liên quan"]],
    [["- Các ban, phòng ngành và các cơ quan có liên quan"], ["Các ban, phòng ngành và các cơ quan có liên quan"]],
    [
      ["Ban, phòng ngành và các cơ quan có liên quan; UBND xã, thị trấn"],
      ["Ban, phòng ngành và các cơ quan có liên quan", "UBND xã, thị trấn"],
    ],
    [["Văn phòng HĐND&UBND huyện"], ["Văn phòng HĐND&UBND huyện"]],
    [["Ban, phòng ngành, UBND xã, thị trấn"], ["Ban, phòng ngành", "UBND xã, thị trấn"]],
    [["Các Ban, phòng ngành cấp huyện; UBND xã, thị trấn"], ["Các Ban, phòng ngành cấp huyện", "UBND xã, thị trấn"]],
    [
      ["Phòng Văn hóa - Thông tin phối hợp với Văn phòng HĐND & UBND huyện"],
      ["Phòng Văn hóa - Thông tin phối hợp với Văn phòng HĐND & UBND huyện"],
    ],
    [["phòng Nội vụ"], ["phòng Nội vụ"]],
    [["Đơn vị sự nghiệp trực thuộc huyện, trực thuộc UBND huyện"], ["Đơn vị sự nghiệp trực thuộc huyện, trực thuộc UBND huyện"]],
    [["Ban, phòng ngành, UBND các cấp"], ["Ban, phòng ngành", "UBND các cấp"]],
    [
      ["Các ban, phòng ngành; xã, thị trấn; Các đơn vị sự nghiệp công lập"],
      ["Các ban, phòng ngành", "xã, thị trấn", "Các đơn vị sự nghiệp công lập"],
    ],
    [["Phòng Tài Chính – Kế hoạch"], ["Phòng Tài Chính – Kế hoạch"]],
    [["Ban, phòng ngành và UBND xã, thị trấn"], ["Ban, phòng ngành", "UBND xã, thị trấn"]],
    [
      ["Các cơ quan, đơn vị, địa phương đang tham gia hệ thống ISO theo quy định"],
      ["Các cơ quan, đơn vị, địa phương đang tham gia hệ thống ISO theo quy định"],
    ],
    // fixtures/plans/001 (UBND tỉnh Sóc Trăng, 2023)
    [
      ["Sở, ban, ngành; UBND cấp huyện và các cơ quan có liên quan"],
      ["Sở, ban, ngành", "UBND cấp huyện và các cơ quan có liên quan"],
    ],
    [["- Các sở, ban ngành và các cơ quan có liên quan"], ["Các sở, ban ngành và các cơ quan có liên quan"]],
    [
      ["Sở, ban, ngành và các cơ quan có liên quan; UBND cấp huyện, cấp xã"],
      ["Sở, ban, ngành và các cơ quan có liên quan", "UBND cấp huyện, cấp xã"],
    ],
    [["Các sở, ngành tỉnh và UBND cấp huyện"], ["Các sở, ngành tỉnh", "UBND cấp huyện"]],
    // One body and a group joined by "và" are two items (contract: one agency or agency group per item).
    [["Sở Thông tin và Truyền thông và các cơ quan có liên quan"], ["Sở Thông tin và Truyền thông", "các cơ quan có liên quan"]],
    [["Các sở, ban, ngành tỉnh; UBND cấp huyện"], ["Các sở, ban, ngành tỉnh", "UBND cấp huyện"]],
    [["- Sở Y tế; - Sở Giáo dục và Đào tạo"], ["Sở Y tế", "Sở Giáo dục và Đào tạo"]],
    [["Sở Nội vụ và các đơn vị có liên quan"], ["Sở Nội vụ", "các đơn vị có liên quan"]],
    [
      ["Đơn vị sự nghiệp trực thuộc tỉnh, trực thuộc các sở ban ngành và UBND cấp huyện"],
      ["Đơn vị sự nghiệp trực thuộc tỉnh, trực thuộc các sở ban ngành và UBND cấp huyện"],
    ],
    [["Sở Nội vụ, Phòng Nội vụ cấp huyện"], ["Sở Nội vụ", "Phòng Nội vụ cấp huyện"]],
    [["Sở, ban ngành, UBND các cấp"], ["Sở, ban ngành", "UBND các cấp"]],
    [
      ["Các sở, ban, ngành; UBND cấp huyện, cấp xã Các đơn vị sự nghiệp công lập"],
      ["Các sở, ban, ngành", "UBND cấp huyện, cấp xã", "Các đơn vị sự nghiệp công lập"],
    ],
    [["Các sở, ban, ngành tỉnh, UBND cấp huyện"], ["Các sở, ban, ngành tỉnh", "UBND cấp huyện"]],
    [
      ["Văn phòng UBND tỉnh, Công an tỉnh, các Sở, ban ngành và UBND cấp huyện"],
      ["Văn phòng UBND tỉnh", "Công an tỉnh", "các Sở, ban ngành", "UBND cấp huyện"],
    ],
    [
      ["Văn phòng UBND tỉnh, Sở Tư pháp, Công an tỉnh, các Sở, ban ngành và UBND cấp huyện, cấp xã"],
      ["Văn phòng UBND tỉnh", "Sở Tư pháp", "Công an tỉnh", "các Sở, ban ngành", "UBND cấp huyện, cấp xã"],
    ],
    [
      ["Sở, ban, ngành; UBND cấp huyện, cấp xã và các cơ quan có liên quan"],
      ["Sở, ban, ngành", "UBND cấp huyện, cấp xã và các cơ quan có liên quan"],
    ],
    [
      ["Sở Nội vụ và các cơ quan, đơn vị, địa phương có liên quan"],
      ["Sở Nội vụ", "các cơ quan, đơn vị, địa phương có liên quan"],
    ],
    [
      ["Sở Thông tin và Truyền thông; các cơ quan, đơn vị đang tham gia hệ thống ISO theo quy định"],
      ["Sở Thông tin và Truyền thông", "các cơ quan, đơn vị đang tham gia hệ thống ISO theo quy định"],
    ],
    [
      ["Sở ban ngành, UBND cấp huyện, cấp xã và các cơ quan có liên quan"],
      ["Sở ban ngành", "UBND cấp huyện, cấp xã và các cơ quan có liên quan"],
    ],
    [["Đoàn kiểm tra công vụ tỉnh"], ["Đoàn kiểm tra công vụ tỉnh"]],
    [
      ["Ủy ban MTTQ Việt Nam tỉnh và các cơ quan đơn vị có liên quan"],
      ["Ủy ban MTTQ Việt Nam tỉnh", "các cơ quan đơn vị có liên quan"],
    ],
    [["Các sở, ban, ngành tỉnh, UBND cấp huyện, cấp xã"], ["Các sở, ban, ngành tỉnh", "UBND cấp huyện, cấp xã"]],
    // fixtures/plans/003 (UBND huyện Chợ Mới, inline "Cơ quan …:" lines; the label is the extractor's to remove)
    [["Phòng Nội vụ; các ngành liên quan, UBND xã - thị trấn."], ["Phòng Nội vụ", "các ngành liên quan", "UBND xã - thị trấn"]],
    [["Phòng Văn hóa & Thông tin."], ["Phòng Văn hóa & Thông tin"]],
    [
      ["Trung tâm Văn hóa - Thể thao và Truyền thanh; Phòng Nội vụ, các ngành liên quan, UBND xã - thị trấn."],
      ["Trung tâm Văn hóa - Thể thao và Truyền thanh", "Phòng Nội vụ", "các ngành liên quan", "UBND xã - thị trấn"],
    ],
    [["Thanh tra huyện, các ngành liên quan, UBND xã - thị trấn."], ["Thanh tra huyện", "các ngành liên quan", "UBND xã - thị trấn"]],
    [["Các ngành liên quan, UBND xã - thị trấn."], ["Các ngành liên quan", "UBND xã - thị trấn"]],
    [
      [
        "Phòng Nội vụ, Phòng Tài chính - Kế hoạch, Phòng Văn hóa và Thông tin, Văn phòng HĐND & UBND huyện, UBND xã - thị trấn.",
      ],
      [
        "Phòng Nội vụ",
        "Phòng Tài chính - Kế hoạch",
        "Phòng Văn hóa và Thông tin",
        "Văn phòng HĐND & UBND huyện",
        "UBND xã - thị trấn",
      ],
    ],
    // fixtures/plans/004 (UBND huyện, 2024, HTML-ish TSV)
    [
      ["Các cơ quan chuyên môn chủ trì CCHC của huyện, các cơ quan liên quan khác"],
      ["Các cơ quan chuyên môn chủ trì CCHC của huyện", "các cơ quan liên quan khác"],
    ],
    [["Các phòng, ban, UBND các xã, thị trấn"], ["Các phòng, ban", "UBND các xã, thị trấn"]],
    [["Các phòng, ban, đơn vị liên quan; UBND các xã, thị trấn"], ["Các phòng, ban, đơn vị liên quan", "UBND các xã, thị trấn"]],
    [["Phòng Nội vụ chủ trì đối với nhân rộng mô hình hay"], ["Phòng Nội vụ chủ trì đối với nhân rộng mô hình hay"]],
    [
      ["Các cơ quan chủ trì các lĩnh vực CCHC huyện; cơ quan, đơn vị, địa phương"],
      ["Các cơ quan chủ trì các lĩnh vực CCHC huyện", "cơ quan, đơn vị, địa phương"],
    ],
    [["Cơ quan, đơn vị liên quan"], ["Cơ quan, đơn vị liên quan"]],
    [
      ["Các cơ quan chủ trì CCHC của huyện, các đơn vị được kiểm tra"],
      ["Các cơ quan chủ trì CCHC của huyện", "các đơn vị được kiểm tra"],
    ],
    [["Phòng Nội vụ, Thành viên Đoàn kiểm tra CCHC huyện"], ["Phòng Nội vụ", "Thành viên Đoàn kiểm tra CCHC huyện"]],
    [["Phòng Nội vụ, Đoàn Kiểm tra, HĐĐ CCHC huyện;"], ["Phòng Nội vụ", "Đoàn Kiểm tra", "HĐĐ CCHC huyện"]],
    [["Các phòng, ban, ngành cấp huyện; UBND các xã, thị trấn"], ["Các phòng, ban, ngành cấp huyện", "UBND các xã, thị trấn"]],
    [["Văn phòng HĐND - UBND huyện"], ["Văn phòng HĐND - UBND huyện"]],
    [["Trung tâm HCC huyện, bộ phận 1 cửa cấp xã"], ["Trung tâm HCC huyện", "bộ phận 1 cửa cấp xã"]],
    [["Các cơ quan, đơn vị, UBND các xã, thị trấn"], ["Các cơ quan, đơn vị", "UBND các xã, thị trấn"]],
    [["Bộ phận 1 cửa các cấp; các ngân hàng trên địa bàn"], ["Bộ phận 1 cửa các cấp", "các ngân hàng trên địa bàn"]],
    [["Trung tâm HCC huyện; Bộ phận 1 cửa các xã, thị trấn"], ["Trung tâm HCC huyện", "Bộ phận 1 cửa các xã, thị trấn"]],
    [
      ["<p>Văn phòng HĐND-UBND, phòng Tư pháp; Công an huyện</p>"],
      ["Văn phòng HĐND-UBND", "phòng Tư pháp", "Công an huyện"],
    ],
    [["<p>Các cơ quan, ban, ngành, đơn vị</p>"], ["Các cơ quan, ban, ngành, đơn vị"]],
    [["Văn phòng HĐND-UBND huyện; Đoàn kiểm tra CCHC"], ["Văn phòng HĐND-UBND huyện", "Đoàn kiểm tra CCHC"]],
    [["Trung tâm HCC huyện, UBND cấp xã"], ["Trung tâm HCC huyện", "UBND cấp xã"]],
    [["Các phòng, ban thuộc UBND huyện, UBND các cấp xã"], ["Các phòng, ban thuộc UBND huyện", "UBND các cấp xã"]],
    [["Các phòng, ban chuyên môn, đơn vị thuộc UBND huyện"], ["Các phòng, ban chuyên môn, đơn vị thuộc UBND huyện"]],
    [["Phòng Tài chính - KH"], ["Phòng Tài chính - KH"]],
    [["Các xã, thị trấn, đơn vị có liên quan"], ["Các xã, thị trấn, đơn vị có liên quan"]],
    [["Các phòng, ban, đơn vị, địa phương"], ["Các phòng, ban, đơn vị, địa phương"]],
    [["UBND huyện (Phòng Tài chính - KH huyện)"], ["UBND huyện (Phòng Tài chính - KH huyện)"]],
    [["Các đơn vị SNCL"], ["Các đơn vị SNCL"]],
    [["Phòng VH TT, các cơ quan liên quan"], ["Phòng VH TT", "các cơ quan liên quan"]],
    [
      ["Phòng Văn hóa - TT, Trung tâm Văn hóa - Truyền thông"],
      ["Phòng Văn hóa - TT", "Trung tâm Văn hóa - Truyền thông"],
    ],
    [["Phòng Văn hóa-TT"], ["Phòng Văn hóa-TT"]],
    [["Các cơ quan, đơn vị, trường học áp dụng"], ["Các cơ quan, đơn vị, trường học áp dụng"]],
    [
      ["UBND các xã đạt chuẩn NTM nâng cao, NTM kiểu mẫu,"],
      ["UBND các xã đạt chuẩn NTM nâng cao, NTM kiểu mẫu"],
    ],
    [
      ["Văn phòng HĐND-UBND huyện (chủ trì, phối hợp kiểm tra)"],
      ["Văn phòng HĐND-UBND huyện (chủ trì, phối hợp kiểm tra)"],
    ],
    [["Các cơ quan, đơn vị; trường học"], ["Các cơ quan, đơn vị", "trường học"]],
    // Cells that 004 wraps over a page break: the continuation is joined back, not a new agency.
    [["Các phòng, ban, đơn vị, UBND các", "xã, thị trấn"], ["Các phòng, ban, đơn vị", "UBND các xã, thị trấn"]],
    [["Các đơn vị sự nghiệp", "thuộc UBND huyện"], ["Các đơn vị sự nghiệp thuộc UBND huyện"]],
    [["Văn phòng HĐND-UBND", "huyện"], ["Văn phòng HĐND-UBND huyện"]],
    // the real plan r10 of ../shared/real (Đồng Tháp, 2025)
    [["Các sở, ban, ngành tỉnh; UBND các xã, phường"], ["Các sở, ban, ngành tỉnh", "UBND các xã, phường"]],
    [["Sở KH&CN; các cơ quan, đơn vị liên quan"], ["Sở KH&CN", "các cơ quan, đơn vị liên quan"]],
    [
      ["Các sở, ban, ngành tỉnh; các đơn vị liên quan; UBND các xã, phường"],
      ["Các sở, ban, ngành tỉnh", "các đơn vị liên quan", "UBND các xã, phường"],
    ],
    [
      ["Ban Quản lý Khu kinh tế, Sở Công Thương, các doanh nghiệp viễn thông; các cơ quan, đơn vị liên quan"],
      ["Ban Quản lý Khu kinh tế", "Sở Công Thương", "các doanh nghiệp viễn thông", "các cơ quan, đơn vị liên quan"],
    ],
    // the real plan r13 of ../shared/real (Nghệ An, 2025)
    [["Bộ CHQS tỉnh; UBND cấp xã"], ["Bộ CHQS tỉnh", "UBND cấp xã"]],
    [["Văn phòng Ban Chỉ huy; các sở, ban, ngành"], ["Văn phòng Ban Chỉ huy", "các sở, ban, ngành"]],
    [["Cơ quan, địa phương liên quan"], ["Cơ quan, địa phương liên quan"]],
    [["Sở, ban, ngành, tổ chức chính trị - xã hội"], ["Sở, ban, ngành, tổ chức chính trị - xã hội"]],
    // One body and one group ("cơ quan, địa phương liên quan", written without "các"): two items, as "Sở Nội vụ và
    // các đơn vị có liên quan" is.
    [["Sở Tài chính và cơ quan, địa phương liên quan"], ["Sở Tài chính", "cơ quan, địa phương liên quan"]],
    [["Văn phòng Ban Chỉ huy và cơ quan, địa phương liên quan"], ["Văn phòng Ban Chỉ huy", "cơ quan, địa phương liên quan"]],
    [["Bộ Quốc phòng và cơ quan, địa phương liên quan"], ["Bộ Quốc phòng", "cơ quan, địa phương liên quan"]],
    [["Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã"], ["Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã"]],
    [
      ["Các sở, ban, ngành, các tổ chức chính trị-xã hội"],
      ["Các sở, ban, ngành", "các tổ chức chính trị-xã hội"],
    ],
    // the real plan r15 of ../shared/real (TP Hồ Chí Minh, 2025)
    [["Các sở, ngành, UBND xã, phường, đặc khu"], ["Các sở, ngành", "UBND xã, phường, đặc khu"]],
    [
      ["Sở Khoa học và Công nghệ, các sở, ngành, UBND xã, phường, đặc khu"],
      ["Sở Khoa học và Công nghệ", "các sở, ngành", "UBND xã, phường, đặc khu"],
    ],
    [
      ["Sở Tài chính, Sở Khoa học và Công nghệ, các sở, ngành, UBND xã, phường, đặc khu"],
      ["Sở Tài chính", "Sở Khoa học và Công nghệ", "các sở, ngành", "UBND xã, phường, đặc khu"],
    ],
    [["Trung tâm Chuyển đổi số Thành phố"], ["Trung tâm Chuyển đổi số Thành phố"]],
    [
      ["Sở Khoa học và Công nghệ, Trung tâm Chuyển đổi số Thành phố"],
      ["Sở Khoa học và Công nghệ", "Trung tâm Chuyển đổi số Thành phố"],
    ],
    [
      ["Sở Khoa học và Công nghệ, Viện Nghiên cứu phát triển Thành phố"],
      ["Sở Khoa học và Công nghệ", "Viện Nghiên cứu phát triển Thành phố"],
    ],
    // The wrapped r15 cell "Các sở, ngành, UBND xã, phường, đặc khu⏎Sở Tài chính", its lines joined by a reader.
    [["Các sở, ngành, UBND xã, phường, đặc khu Sở Tài chính"], ["Các sở, ngành", "UBND xã, phường, đặc khu", "Sở Tài chính"]],
    [["Các sở, ngành, UBND xã, phường, đặc khu", "Sở Tài chính"], ["Các sở, ngành", "UBND xã, phường, đặc khu", "Sở Tài chính"]],
  ];
  it.each(rows)("%j", (...row) => checkSplit(row as SplitRow));
});

describe("splitAgencies: separators and the names they must not cut", () => {
  const rows: SplitRow[] = [
    [["Sở Nội vụ", "Sở Tài chính"], ["Sở Nội vụ", "Sở Tài chính"]],
    [["- Sở Y tế - Sở Giáo dục và Đào tạo"], ["Sở Y tế", "Sở Giáo dục và Đào tạo"]],
    [["• Sở Y tế • Sở Giáo dục và Đào tạo"], ["Sở Y tế", "Sở Giáo dục và Đào tạo"]],
    [["+ Phòng Nội vụ + các cơ quan liên quan"], ["Phòng Nội vụ", "các cơ quan liên quan"]],
    [["- Phòng Văn hóa - Thông tin"], ["Phòng Văn hóa - Thông tin"]],
    [["- Phòng Tài chính – Kế hoạch - Phòng Nội vụ"], ["Phòng Tài chính – Kế hoạch", "Phòng Nội vụ"]],
    [
      ["- Phòng Văn hóa - Thông tin - Văn phòng HĐND - UBND huyện - UBND xã - thị trấn"],
      ["Phòng Văn hóa - Thông tin", "Văn phòng HĐND - UBND huyện", "UBND xã - thị trấn"],
    ],
    [["- Văn phòng Huyện ủy - HĐND - UBND huyện"], ["Văn phòng Huyện ủy - HĐND - UBND huyện"]],
    [["- Trung tâm Văn hóa - Thể thao và Truyền thanh - Các cơ quan liên quan"], ["Trung tâm Văn hóa - Thể thao và Truyền thanh", "Các cơ quan liên quan"]],
    // No bullet at the start: a dash is part of the name, never a separator.
    [["Phòng Nội vụ - Văn phòng HĐND - UBND huyện"], ["Phòng Nội vụ - Văn phòng HĐND - UBND huyện"]],
    [["UBND xã - thị trấn"], ["UBND xã - thị trấn"]],
    // ";" outside parentheses only.
    [["Sở Nội vụ (chủ trì; phối hợp); Sở Tài chính"], ["Sở Nội vụ (chủ trì; phối hợp)", "Sở Tài chính"]],
    // Commas: only before a new agency, and never after a lone type word.
    [["Sở, ban, ngành"], ["Sở, ban, ngành"]],
    [["Sở, Ban, Ngành"], ["Sở, Ban, Ngành"]],
    [["Sở, Ban, Ngành, UBND các huyện"], ["Sở, Ban, Ngành", "UBND các huyện"]],
    [["Các Sở, Ban ngành tỉnh"], ["Các Sở, Ban ngành tỉnh"]],
    [["UBND huyện, thị xã, thành phố"], ["UBND huyện, thị xã, thành phố"]],
    [["Sở Tài chính, Kho bạc Nhà nước tỉnh, Cục Thuế tỉnh"], ["Sở Tài chính", "Kho bạc Nhà nước tỉnh", "Cục Thuế tỉnh"]],
    [["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Văn hóa, Thể thao và Du lịch"]],
    [["Sở Lao động, Thương binh và Xã hội, Bảo hiểm xã hội tỉnh"], ["Sở Lao động, Thương binh và Xã hội", "Bảo hiểm xã hội tỉnh"]],
    [["Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Ủy ban MTTQ Việt Nam tỉnh"], ["Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Ủy ban MTTQ Việt Nam tỉnh"]],
    [["Phòng Nội vụ, Các ban, phòng ngành huyện"], ["Phòng Nội vụ", "Các ban, phòng ngành huyện"]],
    [["UBND huyện, phòng Nội vụ"], ["UBND huyện", "phòng Nội vụ"]],
    [["Sở Nội vụ, Số Tư pháp"], ["Sở Nội vụ", "Số Tư pháp"]],
    [["Văn phòng UBND tỉnh, Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh"], ["Văn phòng UBND tỉnh", "Tỉnh đoàn", "Hội Liên hiệp Phụ nữ tỉnh"]],
    // A capitalised place name after a level word is not a new agency.
    [["UBND huyện Thanh Trì, Phòng Nội vụ"], ["UBND huyện Thanh Trì", "Phòng Nội vụ"]],
    [["UBND xã Trường Xuân"], ["UBND xã Trường Xuân"]],
    [["UBND xã Hội An, xã Đoàn Kết"], ["UBND xã Hội An, xã Đoàn Kết"]],
    // Cleanup of every item.
    [["  - Sở  Nội\u00a0vụ ; ", "", "   "], ["Sở Nội vụ"]],
    [["**Sở Tư pháp**."], ["Sở Tư pháp"]],
    [["Sở Tư pha\u0301p"], ["Sở Tư pháp"]],
    [[";;;"], []],
    [[], []],
    // A lower-case paragraph after a finished item is an item of its own.
    [["Sở Nội vụ;", "huyện đoàn"], ["Sở Nội vụ", "huyện đoàn"]],
    // Media and service bodies listed beside agencies (issue 17: tables and assignments on real plans).
    [["Báo Nghệ An, Cổng Thông tin điện tử tỉnh"], ["Báo Nghệ An", "Cổng Thông tin điện tử tỉnh"]],
    [["Cổng Thông tin điện tử tỉnh và Báo Nghệ An"], ["Cổng Thông tin điện tử tỉnh", "Báo Nghệ An"]],
    [["Sở Thông tin và Truyền thông, Trang thông tin điện tử tỉnh"], ["Sở Thông tin và Truyền thông", "Trang thông tin điện tử tỉnh"]],
    [["Trung tâm Phục vụ hành chính công tỉnh, Bưu điện tỉnh"], ["Trung tâm Phục vụ hành chính công tỉnh", "Bưu điện tỉnh"]],
    [["Sở Khoa học và Công nghệ, Viettel Nghệ An, VNPT Nghệ An"], ["Sở Khoa học và Công nghệ", "Viettel Nghệ An", "VNPT Nghệ An"]],
    [["Sở Tư pháp, Đội Quản lý thị trường số 1"], ["Sở Tư pháp", "Đội Quản lý thị trường số 1"]],
    // A group without "các" after one body is an item of its own; inside a generic enumeration it is not.
    [["Sở Y tế, cơ quan liên quan"], ["Sở Y tế", "cơ quan liên quan"]],
    [["Công an tỉnh và đơn vị có liên quan"], ["Công an tỉnh", "đơn vị có liên quan"]],
    [["Sở, ban, ngành liên quan"], ["Sở, ban, ngành liên quan"]],
    [["Các sở, ban, ngành, cơ quan liên quan"], ["Các sở, ban, ngành, cơ quan liên quan"]],
  ];
  it.each(rows)("%j", (...row) => checkSplit(row as SplitRow));
});

/** written, cleaned, whether it counts as a correction. */
type CleanRow = [written: string, cleaned: string, corrected: boolean];

describe("cleanAgency", () => {
  const rows: CleanRow[] = [
    // Case of the type word at the start, in front of a proper name.
    ["phòng Nội vụ", "Phòng Nội vụ", true],
    ["sở Tư pháp", "Sở Tư pháp", true],
    ["phòng Văn hóa – Thông tin", "Phòng Văn hóa - Thông tin", true],
    ["ủy ban MTTQ Việt Nam tỉnh", "Ủy ban MTTQ Việt Nam tỉnh", true],
    ["trung tâm HCC huyện", "Trung tâm HCC huyện", true],
    ["Văn Phòng UBND tỉnh", "Văn phòng UBND tỉnh", true],
    ["Trung Tâm Văn hóa - Thể thao và Truyền thanh", "Trung tâm Văn hóa - Thể thao và Truyền thanh", true],
    ["ubnd huyện", "UBND huyện", true],
    // …but a lower-case group stays as written.
    ["phòng, ban chuyên môn", "phòng, ban chuyên môn", false],
    ["các ngành liên quan", "các ngành liên quan", false],
    ["cơ quan, đơn vị, địa phương", "cơ quan, đơn vị, địa phương", false],
    ["phòng nội vụ", "phòng nội vụ", false],
    ["bộ phận 1 cửa cấp xã", "Bộ phận 1 cửa cấp xã", true],
    // "&": spaced next to a body, tight between plain abbreviations.
    ["Văn phòng HĐND&UBND huyện", "Văn phòng HĐND & UBND huyện", true],
    ["Văn phòng HĐND & UBND huyện", "Văn phòng HĐND & UBND huyện", false],
    ["Văn phòng HĐND &UBND huyện", "Văn phòng HĐND & UBND huyện", true],
    ["Phòng Văn hóa & Thông tin", "Phòng Văn hóa & Thông tin", false],
    ["Phòng Văn hóa&Thông tin", "Phòng Văn hóa & Thông tin", true],
    ["Sở KH&CN", "Sở KH&CN", false],
    ["Sở KH & CN", "Sở KH&CN", true],
    ["Sở NN&PTNT", "Sở NN&PTNT", false],
    ["Sở LĐ-TB&XH", "Sở LĐ-TB&XH", false],
    // Dashes between name parts: " - " with the ASCII hyphen.
    ["Văn phòng HĐND-UBND huyện", "Văn phòng HĐND - UBND huyện", true],
    ["Văn phòng HĐND - UBND huyện", "Văn phòng HĐND - UBND huyện", false],
    ["Phòng Văn hóa-TT", "Phòng Văn hóa - TT", true],
    ["Phòng Văn hóa - TT", "Phòng Văn hóa - TT", false],
    ["Phòng Tài chính – Kế hoạch", "Phòng Tài chính - Kế hoạch", true],
    ["Phòng Tài Chính – Kế hoạch", "Phòng Tài Chính - Kế hoạch", true],
    ["Phòng Tài chính—Kế hoạch", "Phòng Tài chính - Kế hoạch", true],
    ["Phòng TC-KH", "Phòng TC-KH", false],
    ["Phòng TC – KH", "Phòng TC - KH", true],
    ["UBND xã - thị trấn", "UBND xã - thị trấn", false],
    ["Sở, ban, ngành, tổ chức chính trị-xã hội", "Sở, ban, ngành, tổ chức chính trị - xã hội", true],
    ["Trường THCS 2-9", "Trường THCS 2-9", false],
    // Scanning confusions of the type word, only in front of a known department.
    ["Số Nội vụ", "Sở Nội vụ", true],
    ["Sớ Tư pháp", "Sở Tư pháp", true],
    ["Sỏ Tài chính", "Sở Tài chính", true],
    ["Sổ Khoa học và Công nghệ", "Sở Khoa học và Công nghệ", true],
    ["Số KH&CN", "Sở KH&CN", true],
    ["Phỏng Nội vụ", "Phòng Nội vụ", true],
    ["Phong Tư pháp", "Phòng Tư pháp", true],
    ["Phong Văn hóa - Thông tin", "Phòng Văn hóa - Thông tin", true],
    ["Phong Điền", "Phong Điền", false],
    ["Số liệu thống kê", "Số liệu thống kê", false],
    ["UBNĐ huyện", "UBND huyện", true],
    ["UBDN xã, thị trấn", "UBND xã, thị trấn", true],
    ["Văn phòng HĐND & UBNĐ huyện", "Văn phòng HĐND & UBND huyện", true],
    ["\u00d0oàn kiểm tra công vụ tỉnh", "Đoàn kiểm tra công vụ tỉnh", true],
    ["Văn phòng H\u00d0ND & UBND huyện", "Văn phòng HĐND & UBND huyện", true],
    // Whole names in capitals.
    ["PHÒNG NỘI VỤ", "Phòng Nội vụ", true],
    ["SỞ TƯ PHÁP", "Sở Tư pháp", true],
    ["UBND HUYỆN CHỢ MỚI", "UBND huyện Chợ Mới", true],
    ["SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "Sở Thông tin và Truyền thông", true],
    ["VĂN PHÒNG HĐND & UBND HUYỆN", "Văn phòng HĐND & UBND huyện", true],
    ["VĂN PHÒNG HĐND&UBND HUYỆN", "Văn phòng HĐND & UBND huyện", true],
    ["PHÒNG TÀI CHÍNH-KẾ HOẠCH", "Phòng Tài chính - Kế hoạch", true],
    ["TRUNG TÂM VĂN HÓA - THỂ THAO VÀ TRUYỀN THANH", "Trung tâm Văn hóa - Thể thao và Truyền thanh", true],
    ["BẢO HIỂM XÃ HỘI HUYỆN", "Bảo hiểm xã hội huyện", true],
    ["UBND CÁC XÃ, THỊ TRẤN", "UBND các xã, thị trấn", true],
    ["UBND CẤP HUYỆN", "UBND cấp huyện", true],
    ["CÁC SỞ, BAN, NGÀNH", "Các sở, ban, ngành", true],
    ["BAN, PHÒNG NGÀNH", "Ban, phòng ngành", true],
    ["ỦY BAN MTTQ VIỆT NAM TỈNH", "Ủy ban MTTQ Việt Nam tỉnh", true],
    ["CÔNG AN TỈNH", "Công an tỉnh", true],
    ["BỘ CHỈ HUY QUÂN SỰ TỈNH", "Bộ Chỉ huy Quân sự tỉnh", true],
    ["KHO BẠC NHÀ NƯỚC TỈNH", "Kho bạc Nhà nước tỉnh", true],
    ["PHÒNG NỘI VỤ HUYỆN THẠNH TRỊ", "Phòng Nội vụ huyện Thạnh Trị", true],
    ["SỞ KH&CN", "Sở KH&CN", true],
    ["PHÒNG VH TT", "Phòng VH TT", true],
    // A body inside the name (the one it belongs to) is written as its own name: type word, first word of its field.
    ["ĐẢNG ỦY SỞ Y TẾ", "Đảng ủy Sở Y tế", true],
    ["CÔNG ĐOÀN SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Công đoàn Sở Giáo dục và Đào tạo", true],
    ["CHI BỘ PHÒNG NỘI VỤ", "Chi bộ Phòng Nội vụ", true],
    ["BAN TUYÊN GIÁO TỈNH ỦY NGHỆ AN", "Ban Tuyên giáo Tỉnh ủy Nghệ An", true],
    ["ĐOÀN THANH NIÊN SỞ TƯ PHÁP", "Đoàn Thanh niên Sở Tư pháp", true],
    ["ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "Đảng ủy Khối các cơ quan tỉnh", true],
    // A school's name after its level is a person's or a place's name.
    ["TRƯỜNG THPT HUỲNH THÚC KHÁNG", "Trường THPT Huỳnh Thúc Kháng", true],
    ["TRƯỜNG TIỂU HỌC KIM ĐỒNG", "Trường Tiểu học Kim Đồng", true],
    ["TRƯỜNG THPT CHUYÊN PHAN BỘI CHÂU", "Trường THPT chuyên Phan Bội Châu", true],
    ["TRƯỜNG THCS NGUYỄN DU HUYỆN NGHI XUÂN", "Trường THCS Nguyễn Du huyện Nghi Xuân", true],
    // A Roman numeral stays one.
    ["CHI CỤC THUẾ KHU VỰC III", "Chi cục Thuế khu vực III", true],
    // Abbreviations alone are not capitals to re-case.
    ["UBND", "UBND", false],
    ["HĐND & UBND", "HĐND & UBND", false],
    ["MTTQ", "MTTQ", false],
    // Never invent: anything no rule covers is only cleaned.
    ["Các cơ quan liên quan", "Các cơ quan liên quan", false],
    ["Sở, ban, ngành", "Sở, ban, ngành", false],
    ["Viettel Đồng Tháp", "Viettel Đồng Tháp", false],
    ["Đoàn kiểm tra công vụ tỉnh", "Đoàn kiểm tra công vụ tỉnh", false],
    ["UBND huyện (Phòng Tài chính - KH huyện)", "UBND huyện (Phòng Tài chính - KH huyện)", false],
    ["  - Sở  Nội vụ; ", "Sở Nội vụ", false],
    ["Phòng Nội vụ.", "Phòng Nội vụ", false],
    ["", "", false],
  ];
  it.each(rows)("%j → %j", (written, cleaned, corrected) => {
    const { value, diagnostics } = cleanAgency(written, { page: 3, line: 12 });
    expect(value).toBe(cleaned);
    if (!corrected) {
      expect(diagnostics).toEqual([]);
      return;
    }
    expect(diagnostics).toHaveLength(1);
    const [diagnostic] = diagnostics;
    expect(diagnostic).toMatchObject({ severity: "info", code: "agency-corrected", where: { page: 3, line: 12 } });
    expect(diagnostic?.message).toContain(cleaned);
    expect(diagnosticSchema.safeParse(diagnostic).success).toBe(true);
  });

  it("leaves `where` out when none is given", () => {
    const { diagnostics } = cleanAgency("phòng Nội vụ");
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).not.toHaveProperty("where");
  });

  it("is idempotent on its own output", () => {
    for (const [written] of rows) {
      const once = cleanAgency(written).value;
      expect(cleanAgency(once)).toEqual({ value: once, diagnostics: [] });
    }
  });
});

describe("splitAgencies then cleanAgency, as task normalisation uses them", () => {
  const rows: SplitRow[] = [
    [["<p>Văn phòng HĐND-UBND, phòng Tư pháp; Công an huyện</p>"], ["Văn phòng HĐND - UBND", "Phòng Tư pháp", "Công an huyện"]],
    [["Văn phòng HĐND&UBND huyện"], ["Văn phòng HĐND & UBND huyện"]],
    [["Phòng Tài Chính – Kế hoạch"], ["Phòng Tài Chính - Kế hoạch"]],
    [["Phòng Nội vụ, Đoàn Kiểm tra, HĐĐ CCHC huyện;"], ["Phòng Nội vụ", "Đoàn kiểm tra", "HĐĐ CCHC huyện"]],
    [["Sở Nội vụ, Số Tư pháp"], ["Sở Nội vụ", "Sở Tư pháp"]],
    [["- PHÒNG NỘI VỤ - UBND CÁC XÃ, THỊ TRẤN"], ["Phòng Nội vụ", "UBND các xã, thị trấn"]],
  ];
  it.each(rows)("%j", (paragraphs, items) => {
    const names = splitAgencies(paragraphs).value.map((name) => cleanAgency(name).value);
    expect(names).toEqual(items);
  });
});

describe("linear time on hostile input (100 kB)", () => {
  const size = 100_000;
  it("splits a cell of many agencies", () => {
    const cell = "Sở Nội vụ, ".repeat(Math.ceil(size / 11));
    expect(splitAgencies([cell]).value).toHaveLength(Math.ceil(size / 11));
  });

  it("survives separators, parentheses, bullets and dashes in bulk", () => {
    const inputs = [
      ";".repeat(size) + "a",
      ",".repeat(size),
      "(".repeat(size / 2) + ",".repeat(size / 2),
      "- " + "Phòng Văn hóa - ".repeat(size / 16),
      "- " + "- ".repeat(size / 2),
      "a " + "Các ".repeat(size / 4),
      "xã " + "xã Sở ".repeat(size / 6),
      " ".repeat(size) + "x",
      "á".repeat(size),
    ];
    for (const input of inputs) expect(Array.isArray(splitAgencies([input]).value)).toBe(true);
    const continuations = Array.from({ length: size / 10 }, () => "của các");
    expect(splitAgencies(continuations).value).toHaveLength(1);
  });

  it("cleans hostile names", () => {
    const inputs = [
      "HĐND&".repeat(size / 5),
      "a-".repeat(size / 2),
      "a – ".repeat(size / 4),
      "PHÒNG ".repeat(size / 6),
      " ;".repeat(size / 2) + "x",
      "&".repeat(size),
      "Ð".repeat(size),
      "UBNĐ ".repeat(size / 5),
    ];
    for (const input of inputs) expect(typeof cleanAgency(input).value).toBe("string");
  });
});

describe("splitAgencyLines: <br> breaks inside a lead/partner paragraph (written for fixtures/unseen)", () => {
  const cases: [string[], string[]][] = [
    [["Các phòng chuyên môn", "UBND các xã, phường"], ["Các phòng chuyên môn", "UBND các xã, phường"]],
    [["Trung tâm Phục vụ hành chính công tỉnh", "Phòng Hành chính tư pháp"], ["Trung tâm Phục vụ hành chính công tỉnh", "Phòng Hành chính tư pháp"]],
    // A name wrapped over two lines stays one name.
    [["Văn phòng HĐND và", "UBND huyện"], ["Văn phòng HĐND và UBND huyện"]],
    [["Văn phòng", "UBND tỉnh"], ["Văn phòng UBND tỉnh"]],
    [["Sở Giáo dục và", "Đào tạo"], ["Sở Giáo dục và Đào tạo"]],
    [["UBND các", "xã, phường"], ["UBND các xã, phường"]],
  ];
  it.each(cases)("%j", (lines, expected) => {
    expect(splitAgencyLines(lines)).toEqual(expected);
  });
});

describe("cleanAgency: the Youth Union's capitalised spelling is kept (issue 17)", () => {
  const rows: [string, string][] = [
    ["Tỉnh Đoàn", "Tỉnh Đoàn"],
    ["Huyện Đoàn", "Huyện Đoàn"],
    ["Thành Đoàn", "Thành Đoàn"],
    ["Tỉnh đoàn", "Tỉnh đoàn"],
    ["TỈNH ĐOÀN", "Tỉnh đoàn"],
    ["Đoàn Kiểm tra", "Đoàn kiểm tra"],
    ["Công An Thành phố", "Công an Thành phố"],
  ];
  it.each(rows)("%s → %s", (written, cleaned) => {
    expect(cleanAgency(written).value).toBe(cleaned);
  });

  it("splits a cell naming the Youth Union as written", () => {
    const names = splitAgencies(["Sở Nội vụ, Tỉnh Đoàn, Hội Liên hiệp Phụ nữ tỉnh"]).value.map((name) => cleanAgency(name).value);
    expect(names).toEqual(["Sở Nội vụ", "Tỉnh Đoàn", "Hội Liên hiệp Phụ nữ tỉnh"]);
  });
});

describe("cleanAgency: document symbols keep their dashes (issue 17)", () => {
  it.each([
    "Theo phân công tại Quyết định số 1441/QĐ-UBND ngày 05/6/2025",
    "Theo Kế hoạch số 05-KH/TU",
    "Theo Nghị định số 30/2020/NĐ-CP",
  ])("%s", (written) => {
    expect(cleanAgency(written).value).toBe(written);
  });
  it("a dash between two name parts is still spaced", () => {
    expect(cleanAgency("Phòng Tài chính-Kế hoạch").value).toBe("Phòng Tài chính - Kế hoạch");
  });
});

describe("splitAgencies: a slash between two bodies, a qualifier in parentheses (prose round 6)", () => {
  const rows: SplitRow[] = [
    [["Sở Nội vụ/Sở Tư pháp"], ["Sở Nội vụ", "Sở Tư pháp"]],
    [["Sở Nội vụ/Sở Tư pháp (theo lĩnh vực)"], ["Sở Nội vụ", "Sở Tư pháp"]],
    [["Công an tỉnh / Sở Tư pháp; UBND các xã"], ["Công an tỉnh", "Sở Tư pháp", "UBND các xã"]],
    // One office serving two councils, and a document's symbol: no two bodies.
    [["Văn phòng HĐND/UBND huyện"], ["Văn phòng HĐND/UBND huyện"]],
    [["Theo Quyết định số 1441/QĐ-UBND"], ["Theo Quyết định số 1441/QĐ-UBND"]],
    [["Các sở, ban, ngành (theo chức năng, nhiệm vụ)"], ["Các sở, ban, ngành"]],
    [["UBND các xã, phường (nếu có)"], ["UBND các xã, phường"]],
    // A parenthesis that names a body stays with the name.
    [["Sở Nội vụ (Ban Thi đua - Khen thưởng)"], ["Sở Nội vụ (Ban Thi đua - Khen thưởng)"]],    // Two named bodies of different types, each starting with its type word (issue 17).
    [["Ban Dân tộc/Sở Nội vụ"], ["Ban Dân tộc", "Sở Nội vụ"]],
    [["Phòng Nội vụ / Phòng Tư pháp"], ["Phòng Nội vụ", "Phòng Tư pháp"]],
    [["UBND huyện/Công an huyện"], ["UBND huyện", "Công an huyện"]],
    [["Văn phòng UBND tỉnh/Sở Khoa học và Công nghệ"], ["Văn phòng UBND tỉnh", "Sở Khoa học và Công nghệ"]],
    // Two words for one body, a second name part with no type word, a subject line: one item each.
    [["Cơ quan/Đơn vị"], ["Cơ quan/Đơn vị"]],
    [["Cơ quan/Đơn vị được giao"], ["Cơ quan/Đơn vị được giao"]],
    [["Phòng Văn hóa/Thông tin"], ["Phòng Văn hóa/Thông tin"]],
    [["Sở Nội vụ (V/v triển khai Quyết định 1441/QĐ-UBND)"], ["Sở Nội vụ (V/v triển khai Quyết định 1441/QĐ-UBND)"]],
  ];
  it.each(rows)("%j", (input, expected) => {
    expect(splitAgencies(input).value).toEqual(expected);
  });
});

describe("startsWithAgency: a Trạm is a body by its field only (issue 17)", () => {
  it.each([
    "Trạm Y tế xã",
    "Trạm Y tế phường Đông Hải",
    "Trạm y tế xã Hòa Thám",
    "Trạm Khuyến nông Tân Lập",
    "Trạm Thú y huyện",
    "Trạm Chăn nuôi và Thú y huyện Yên Thành",
    "Trạm Kiểm lâm",
  ])("a body: %s", (text) => {
    expect(startsWithAgency(text)).toBe(true);
  });
  it.each(["Trạm biến áp 110kV", "Trạm BTS Viettel", "Trạm sạc xe điện", "trạm y tế xã", "Trạm"])("no body: %s", (text) => {
    expect(startsWithAgency(text)).toBe(false);
  });
  it("splits two Trạm bodies at a comma and gives the field its usual case", () => {
    expect(splitAgencies(["Trạm Y tế xã, Trạm Khuyến nông xã"]).value).toEqual(["Trạm Y tế xã", "Trạm Khuyến nông xã"]);
    expect(cleanAgency("Trạm y tế xã Tân Lập").value).toBe("Trạm Y tế xã Tân Lập");
    expect(cleanAgency("Trạm biến áp").value).toBe("Trạm biến áp");
  });
});

describe("old-style tone placement matches like new-style, and the text keeps its own spelling", () => {
  it.each([
    "Trạm Thuỷ văn Bản Đôn",
    "Trạm Khí tượng thuỷ văn tỉnh",
    "Toà án nhân dân huyện",
    "Tỉnh uỷ Nghệ An",
    "Đảng uỷ xã Tân Lập",
    "Uỷ ban nhân dân xã",
  ])("a body: %s", (text) => {
    expect(startsWithAgency(text)).toBe(true);
  });
  it("keeps 'thuỷ', 'uỷ' as written while giving the type its usual case", () => {
    expect(cleanAgency("Trạm Thuỷ văn Bản Đôn").value).toBe("Trạm Thuỷ văn Bản Đôn");
    expect(cleanAgency("Trạm thuỷ văn Bản Đôn").value).toBe("Trạm Thuỷ văn Bản Đôn");
    expect(cleanAgency("Trạm thủy văn Bản Đôn").value).toBe("Trạm Thủy văn Bản Đôn");
    expect(cleanAgency("TRẠM THUỶ VĂN TỈNH").value).toBe("Trạm Thuỷ văn tỉnh");
    expect(cleanAgency("ĐẢNG UỶ XÃ TÂN LẬP").value).toBe("Đảng uỷ xã Tân Lập");
    expect(cleanAgency("ĐẢNG ỦY XÃ TÂN LẬP").value).toBe("Đảng ủy xã Tân Lập");
  });
  it("splits old-style bodies at a comma as it splits new-style ones", () => {
    expect(splitAgencies(["Trạm Thuỷ văn, Trạm Khí tượng thuỷ văn"]).value).toEqual(["Trạm Thuỷ văn", "Trạm Khí tượng thuỷ văn"]);
  });
  it("still reads no body in a thing whose word only looks like a folded one", () => {
    expect(startsWithAgency("Thuỷ văn")).toBe(false);
    expect(startsWithAgency("Trạm thuỷ điện")).toBe(false);
  });
});

describe("bodies written by abbreviation (issue 17, prose round 9)", () => {
  it.each(["STP", "SNV", "SNN&MT", "SKH&CN", "SGD&ĐT", "PNV", "PVH-TT", "CA tỉnh", "CA xã", "VP UBND tỉnh", "VP HĐND&UBND", "VP Sở", "CA các xã, phường", "BCH Quân sự tỉnh", "BCHQS tỉnh", "LĐLĐ tỉnh", "HLHPN tỉnh", "TTYT huyện", "HND xã"])(
    "a body: %s",
    (text) => {
      expect(startsWithAgency(text)).toBe(true);
    },
  );
  // An acronym holding a vowel is no field's initials; a type abbreviation needs its level or name after it.
  it.each(["SIPAS", "PAR INDEX", "PCI", "PAPI", "CNTT", "SP", "CA", "VP", "CA, VP", "TTHC cấp xã", "CCHC của tỉnh"])("no body: %s", (text) => {
    expect(startsWithAgency(text)).toBe(false);
  });
  it("splits lists of them, 'Tỉnh đoàn và …', and a head of a body after a comma", () => {
    expect(splitAgencies(["STP, SNV"]).value).toEqual(["STP", "SNV"]);
    expect(splitAgencies(["CA tỉnh, UBND các huyện, thành phố"]).value).toEqual(["CA tỉnh", "UBND các huyện, thành phố"]);
    expect(splitAgencies(["Liên đoàn Lao động tỉnh, Tỉnh đoàn và Hội Liên hiệp Phụ nữ tỉnh"]).value).toEqual(["Liên đoàn Lao động tỉnh", "Tỉnh đoàn", "Hội Liên hiệp Phụ nữ tỉnh"]);
    expect(splitAgencies(["Công chức Văn phòng - Thống kê, Trưởng các bản"]).value).toEqual(["Công chức Văn phòng - Thống kê", "Trưởng các bản"]);
    // A bare type word still shares the name after "và".
    expect(splitAgencies(["Báo và Đài Phát thanh, Truyền hình tỉnh"]).value).toEqual(["Báo và Đài Phát thanh, Truyền hình tỉnh"]);
  });
});

describe("a type word cut to its initials before the body's name (issue 17, prose round 10)", () => {
  it.each(["P. Nội vụ", "P.Tư pháp", "P. TC-KH", "TT VH-TT&TT", "TT Y tế huyện", "TT PVHCC xã", "BQL dự án huyện", "Trung tâm VH-TT&TT huyện"])("a body: %s", (text) => {
    expect(startsWithAgency(text)).toBe(true);
  });
  // A document's symbol, a subject's abbreviation, a person written so, and the letters alone are none.
  it.each(["QĐ-UBND tỉnh", "KH-UBND huyện", "NĐ-CP", "TT-BNV", "TT-VPCP quy định", "TTHC tỉnh", "TTg", "CCHC huyện", "P. Chủ tịch UBND xã", "P. Giám đốc Sở", "P.", "TT", "TT các xã"])("no body: %s", (text) => {
    expect(startsWithAgency(text)).toBe(false);
  });
  it("splits a list of them and keeps each as written", () => {
    expect(splitAgencies(["P. Nội vụ, P. Tư pháp, TT VH-TT&TT"]).value).toEqual(["P. Nội vụ", "P. Tư pháp", "TT VH-TT&TT"]);
    expect(splitAgencies(["P. Kinh tế và P. Văn hóa - Xã hội"]).value).toEqual(["P. Kinh tế", "P. Văn hóa - Xã hội"]);
  });
});
