import { describe, expect, it } from "vitest";
import { classifyArea } from "../../src/normalize/area.js";
import { areaCodes, type Area } from "../../src/schema/plan.js";

type Row = [label: string, area: Area];

describe("classifyArea: group labels and headings as the seed plans write them", () => {
  const rows: Row[] = [
    // fixtures/plans/000 and 001 (appendix group cells)
    ["Cải cách thể chế", "institutions"],
    ["Cải cách thủ tục hành chính", "procedures"],
    ["Cải cách TTHC", "procedures"],
    ["Cải cách tổ chức bộ máy", "organization"],
    ["Cải cách công vụ", "civil_service"],
    ["Cải cách tài chính công", "public_finance"],
    ["Xây dựng và phát triển Chính phủ điện tử", "digital_government"],
    ["Xây dựng và phát triển chính quyền điện tử, chính quyền số", "digital_government"],
    ["Công tác chỉ đạo điều hành", "direction"],
    // 000 / 001 body headings
    ["Cải cách thủ tục hành chính (TTHC)", "procedures"],
    ["Cải cách tổ chức bộ máy hành chính nhà nước", "organization"],
    ["Cải cách chế độ công vụ", "civil_service"],
    ["Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", "digital_government"],
    // fixtures/plans/004 (group rows in capitals, a lettered sub-group)
    ["CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC", "direction"],
    ["CẢI CÁCH THỂ CHẾ", "institutions"],
    ["III CẢI CÁCH TTHC VÀ THỰC HIỆN CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG", "procedures"],
    ["CẢI CÁCH TỔ CHỨC BỘ MÁY", "organization"],
    ["CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "civil_service"],
    ["CẢI CÁCH TÀI CHÍNH CÔNG", "public_finance"],
    ["XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ VÀ ÁP DỤNG ISO", "digital_government"],
    ["Áp dụng ISO 9001:2015 trong hoạt động của đơn vị", "digital_government"],
    // fixtures/plans/003 (numbered items of the task section: inline tasks take their area from these)
    ["Công tác chỉ đạo, điều hành CCHC", "direction"],
    ["Đẩy mạnh công tác thông tin, tuyên truyền CCHC", "direction"],
    ["Khắc phục tình trạng trễ hạn trong giải quyết thủ tục hành chính cho tổ chức, cá nhân, nhất là trên lĩnh vực đất đai", "procedures"],
    ["Tăng cường kiểm tra công tác cải cách hành chính gắn với kiểm tra công vụ", "direction"],
    ["Đối với công tác kiểm tra CCHC, kiểm tra công vụ", "direction"],
    ["Tiếp tục cải cách tổ chức bộ máy, xây dựng và nâng cao năng lực đội ngũ cán bộ, công chức, viên chức", "organization"],
    ["Nâng cao năng lực tự chủ tài chính của đơn vị sự nghiệp công lập", "public_finance"],
    ["Đẩy mạnh ứng dụng công nghệ thông tin trong thực hiện cải cách hành chính", "digital_government"],
    ["Phát động phong trào thi đua CCHC, khuyến khích tìm kiếm phát hiện, phát huy những sáng kiến, giải pháp hay trong thực hiện CCHC", "direction"],
    ["Rà soát, bổ sung trang thiết bị, phương tiện làm việc", "other"],
    ["Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức thành viên tăng cường phối hợp trong thực hiện công tác tuyên truyền, vận động", "direction"],
    // the real plans of ../shared/real: plans on other subjects
    ["KIỆN TOÀN VÀ HOÀN THIỆN CƠ CHẾ CHỈ ĐẠO, ĐIỀU HÀNH PHÒNG THỦ DÂN SỰ", "direction"],
    ["TRIỂN KHAI ĐỒNG BỘ VĂN BẢN QUY PHẠM PHÁP LUẬT, CƠ CHẾ, CHÍNH SÁCH VỀ PHÒNG THỦ DÂN SỰ", "institutions"],
    ["DIỄN TẬP PHÒNG THỦ DÂN SỰ", "other"],
    ["DUY TRÌ HOẠT ĐỘNG PHÒNG THỦ DÂN SỰ THƯỜNG XUYÊN", "other"],
    ["NÂNG CAO NHẬN THỨC VÀ ĐỔI MỚI TƯ DUY", "other"],
    ["HOÀN THIỆN CƠ CHẾ, CHÍNH SÁCH HỖ TRỢ CHUYỂN ĐỔI SỐ DOANH NGHIỆP", "digital_government"],
    ["HỢP TÁC VÀ THU HÚT ĐẦU TƯ", "other"],
    ["Hoàn thiện thể chế, ban hành quy định, hướng dẫn yêu cầu kỹ thuật để xây dựng và triển khai Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch", "institutions"],
    ["Xây dựng hạ tầng công nghệ thông tin đảm bảo triển khai Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch", "digital_government"],
    ["Xây dựng cơ sở dữ liệu quốc gia về quy hoạch", "digital_government"],
    ["Đào tạo, tập huấn chuyên môn nghiệp vụ", "other"],
    ["Các nhiệm vụ khác", "other"],
    // Named in the brief
    ["chuyển đổi số", "digital_government"],
    ["Công tác chỉ đạo, điều hành cải cách hành chính", "direction"],
    ["", "other"],
  ];
  it.each(rows)("%j → %s", (label, area) => expect(classifyArea(label)).toBe(area));
});

describe("classifyArea: spelling, abbreviations, word order and extra words", () => {
  const rows: Row[] = [
    // Case and diacritics
    ["cải cách thể chế", "institutions"],
    ["Cai cach the che", "institutions"],
    ["CAI CACH TTHC", "procedures"],
    ["Cải cách thủ tục hành chính".normalize("NFD"), "procedures"],
    ["Cải cách thủ tục hành chính".normalize("NFD").toUpperCase(), "procedures"],
    ["CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC", "organization"],
    // Numbering and markup left around a heading
    ["1. Cải cách thể chế", "institutions"],
    ["II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "procedures"],
    ["A. Xây dựng và phát triển chính quyền điện tử, chính quyền số", "digital_government"],
    ["  Cải cách   tài chính   công  ", "public_finance"],
    // Abbreviations
    ["Cải cách TTHC, thực hiện cơ chế một cửa", "procedures"],
    ["Thực hiện cơ chế một cửa, một cửa liên thông", "procedures"],
    ["Bộ phận 1 cửa", "procedures"],
    ["Xây dựng CQĐT, CQS", "digital_government"],
    ["Đẩy mạnh CĐS trong cơ quan nhà nước", "digital_government"],
    ["Ứng dụng CNTT", "digital_government"],
    ["Duy trì, áp dụng hệ thống quản lý chất lượng TCVN ISO 9001:2015", "digital_government"],
    ["Áp dụng TCVN 9001:2015", "digital_government"],
    ["Xây dựng Chính phủ số", "digital_government"],
    ["Hiện đại hóa hành chính", "digital_government"],
    ["Hiện đại hóa nền hành chính", "digital_government"],
    ["Chỉ đạo, điều hành CCHC", "direction"],
    ["Chỉ đạo và điều hành", "direction"],
    ["Công tác tuyên truyền CCHC", "direction"],
    ["Thi đua, khen thưởng trong CCHC", "direction"],
    ["Kiểm tra CCHC", "direction"],
    ["Kiểm tra công vụ", "direction"],
    ["Xác định Chỉ số CCHC", "direction"],
    ["Cải thiện PAR INDEX và SIPAS", "direction"],
    ["Xây dựng và tổ chức thực hiện Kế hoạch CCHC năm 2023", "direction"],
    ["Công tác cải cách hành chính", "direction"],
    // Other wordings of the same area
    ["Hoàn thiện thể chế", "institutions"],
    ["Xây dựng, ban hành văn bản quy phạm pháp luật", "institutions"],
    ["Kiểm tra, rà soát VBQPPL", "institutions"],
    ["Sắp xếp tổ chức bộ máy tinh gọn", "organization"],
    ["Văn hóa công vụ", "civil_service"],
    ["Nâng cao chất lượng đội ngũ cán bộ, công chức", "civil_service"],
    ["Đào tạo, bồi dưỡng công chức, viên chức", "civil_service"],
    ["Quản lý, sử dụng tài sản công", "public_finance"],
    ["Cơ chế tự chủ tài chính đối với đơn vị sự nghiệp công lập", "public_finance"],
    // Two areas in one label: the first named wins, whichever it is.
    ["Cải cách thể chế và thủ tục hành chính", "institutions"],
    ["Cải cách thủ tục hành chính và thể chế", "procedures"],
    ["Cải cách công vụ gắn với cải cách tổ chức bộ máy", "civil_service"],
    ["Ứng dụng CNTT trong giải quyết TTHC", "digital_government"],
    ["Giải quyết TTHC trên môi trường điện tử, ứng dụng CNTT", "procedures"],
    ["Tuyên truyền về cải cách thủ tục hành chính", "direction"],
    // Words that merely contain an abbreviation are not it.
    ["Trung tâm HCC huyện", "other"],
    ["Isolation ward", "other"],
    ["Kinh phí thực hiện", "other"],
    ["Tổ chức thực hiện", "other"],
  ];
  it.each(rows)("%j → %s", (label, area) => expect(classifyArea(label)).toBe(area));
});

describe("classifyArea: the foundations a chuyển đổi số plan groups its government's tasks by", () => {
  it("reads them as digital government, as chuyển đổi số itself", () => {
    for (const label of ["Hạ tầng số", "DỮ LIỆU SỐ", "Nền tảng số", "Nhân lực số", "An toàn thông tin mạng"]) {
      expect(classifyArea(label)).toBe("digital_government");
    }
    // The economy's and society's pillars reform no part of the state.
    for (const label of ["Hạ tầng giao thông", "Kinh tế số, xã hội số", "Xã hội số"]) expect(classifyArea(label)).toBe("other");
  });
});

describe("classifyArea: output and hostile input", () => {
  it("always returns one of the schema's area codes", () => {
    for (const label of ["", "x", "Cải cách thể chế", "CCHC", "???"]) expect(areaCodes).toContain(classifyArea(label));
  });

  it("stays linear on a 100 kB label", () => {
    const size = 100_000;
    const labels = [
      "cải cách ".repeat(size / 9),
      "chỉ đạo, ".repeat(size / 9),
      "kiểm tra công tác ".repeat(size / 18),
      "chính quyền ".repeat(size / 12),
      "a".repeat(size),
      " ".repeat(size),
    ];
    for (const label of labels) expect(areaCodes).toContain(classifyArea(label));
    expect(classifyArea("cải cách ".repeat(size / 9) + "thể chế")).toBe("institutions");
  });
});
