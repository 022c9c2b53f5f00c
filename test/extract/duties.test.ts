/**
 * Duties assigned by agency in prose (src/extract/duties.ts): the grammar on small texts written for each rule, the
 * fixtures' "TỔ CHỨC THỰC HIỆN" sections. The real plans of ../shared/real are in real-duties.test.ts.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bodiesInParentheses, ownAssignment } from "../../src/extract/assignment.js";
import { agencyList, extractDuties, findDutySections, partnersIn, readAgencyStart, timesIn } from "../../src/extract/duties.js";
import { parsePlan } from "../../src/pipeline.js";
import type { Block, DocumentModel } from "../../src/model/types.js";
import { segment } from "../../src/segment/index.js";
import { PROSE_DUTIES, dutiesOf } from "./duty-fixtures.js";

describe("readAgencyStart: an agency at the start of an item", () => {
  it.each([
    // heading form
    ["Sở Nội vụ:", "Sở Nội vụ", ""],
    ["Báo và Phát Thanh, Truyền hình tỉnh", "Báo và Phát Thanh, Truyền hình tỉnh", ""],
    // label form
    ["Sở Tư pháp: Lồng ghép tuyên truyền công tác CCHC.", "Sở Tư pháp", "Lồng ghép tuyên truyền công tác CCHC."],
    ["Công an tỉnh: Kiểm tra, đôn đốc các sở.", "Công an tỉnh", "Kiểm tra, đôn đốc các sở."],
    ["C04: Chủ trì chuẩn bị nội dung Hội nghị.", "C04", "Chủ trì chuẩn bị nội dung Hội nghị."],
    // subject form: the agency is the subject of the duty's verb
    ["Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các cơ quan báo chí tăng cường tuyên truyền.", "Sở Văn hóa, Thể thao và Du lịch", "Chủ trì, phối hợp với các cơ quan báo chí tăng cường tuyên truyền."],
    ["Bộ Chỉ huy quân sự tỉnh chỉ đạo lực lượng Bộ đội Biên phòng: Phối hợp …", "Bộ Chỉ huy quân sự tỉnh", "Chỉ đạo lực lượng Bộ đội Biên phòng: Phối hợp …"],
    ["Các sở, ban, ngành, tổ chức chính trị - xã hội chịu trách nhiệm thực hiện.", "Các sở, ban, ngành, tổ chức chính trị - xã hội", "Chịu trách nhiệm thực hiện."],
    ["Trưởng các phòng, đơn vị thuộc Sở chịu trách nhiệm trước Giám đốc Sở.", "Trưởng các phòng, đơn vị thuộc Sở", "Chịu trách nhiệm trước Giám đốc Sở."],
    ["Sở Tài chính (cơ quan chủ trì)", "Sở Tài chính", ""],
    // the assigning word before the agency is dropped, and so is its role in parentheses
    ["Giao Sở Nội vụ (Cơ quan Thường trực Hội đồng Thi đua - Khen thưởng tỉnh):", "Sở Nội vụ", ""],
    ["Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh căn cứ chức năng, nhiệm vụ tăng cường giám sát.", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Căn cứ chức năng, nhiệm vụ tăng cường giám sát."],
    ["Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh", "Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh", ""],
    ["Đối với các cơ quan chủ trì thực hiện nội dung CCHC", "Các cơ quan chủ trì thực hiện nội dung CCHC", ""],
    // a type word alone takes the verb after it into its name; a verb after "được" names the body
    ["Đoàn kiểm tra có trách nhiệm kiểm tra theo đúng nội dung.", "Đoàn kiểm tra", "Có trách nhiệm kiểm tra theo đúng nội dung."],
    ["Trưởng đoàn kiểm tra chịu trách nhiệm trước Giám đốc Sở.", "Trưởng đoàn kiểm tra", "Chịu trách nhiệm trước Giám đốc Sở."],
    ["Các đơn vị được kiểm tra chuẩn bị báo cáo theo đề cương.", "Các đơn vị được kiểm tra", "Chuẩn bị báo cáo theo đề cương."],
    // standing offices, working groups and a commune's officials
    ["Thường trực Hội đồng Thi đua - Khen thưởng tỉnh theo dõi, đôn đốc.", "Thường trực Hội đồng Thi đua - Khen thưởng tỉnh", "Theo dõi, đôn đốc."],
    ["Tổ giúp việc Ban Chỉ đạo có trách nhiệm tổng hợp báo cáo.", "Tổ giúp việc Ban Chỉ đạo", "Có trách nhiệm tổng hợp báo cáo."],
    ["Công chức Văn phòng - Thống kê xã tham mưu UBND xã.", "Công chức Văn phòng - Thống kê xã", "Tham mưu UBND xã."],
    ["Ban chỉ đạo CCHC tỉnh chỉ đạo, đôn đốc.", "Ban chỉ đạo CCHC tỉnh", "Chỉ đạo, đôn đốc."],
    ["Bộ phận tiếp nhận và trả kết quả thực hiện tiếp nhận hồ sơ.", "Bộ phận tiếp nhận và trả kết quả", "Thực hiện tiếp nhận hồ sơ."],
    ["Sở Xây dựng quản lý chặt chẽ trật tự xây dựng.", "Sở Xây dựng", "Quản lý chặt chẽ trật tự xây dựng."],
    ["Báo Nghệ An mở chuyên mục tuyên truyền về CCHC.", "Báo Nghệ An", "Mở chuyên mục tuyên truyền về CCHC."],
    ["Sở Tài chính cân đối, bố trí kinh phí.", "Sở Tài chính", "Cân đối, bố trí kinh phí."],
    // "Trách nhiệm của" before the body is no part of its name
    ["Trách nhiệm của Văn phòng Sở", "Văn phòng Sở", ""],
    // the issuer that demands or assigns is not the body that does the work
    ["Ủy ban nhân dân tỉnh giao Sở Nội vụ chủ trì tổng kết Kế hoạch.", "Sở Nội vụ", "Chủ trì tổng kết Kế hoạch."],
    ["UBND tỉnh yêu cầu các cơ quan, đơn vị thực hiện tốt một số nhiệm vụ sau:", "Các cơ quan, đơn vị", "Thực hiện tốt một số nhiệm vụ sau:"],
    // a neighbourhood's heads; verbs that open duties
    ["Tổ trưởng các tổ dân phố: phổ biến nội dung tuyên truyền.", "Tổ trưởng các tổ dân phố", "Phổ biến nội dung tuyên truyền."],
    ["Trưởng các thôn vận động Nhân dân tham gia.", "Trưởng các thôn", "Vận động Nhân dân tham gia."],
    ["Đoàn Thanh niên phường thành lập Tổ công nghệ số cộng đồng.", "Đoàn Thanh niên phường", "Thành lập Tổ công nghệ số cộng đồng."],
    // a ministry's department; a commune official's title with an en dash; a merged district office
    ["Vụ Pháp chế chủ trì rà soát văn bản.", "Vụ Pháp chế", "Chủ trì rà soát văn bản."],
    ["Công chức Văn phòng – Thống kê: tham mưu UBND xã.", "Công chức Văn phòng – Thống kê", "Tham mưu UBND xã."],
    ["Phòng Nội vụ - Lao động Thương binh và Xã hội tham mưu Hội đồng Thi đua - Khen thưởng huyện.", "Phòng Nội vụ - Lao động Thương binh và Xã hội", "Tham mưu Hội đồng Thi đua - Khen thưởng huyện."],
    // the body's role after a dash and a comma: the duty is what follows it, whatever its first word
    ["Sở Nội vụ - cơ quan thường trực, giúp UBND tỉnh hướng dẫn thực hiện.", "Sở Nội vụ", "Giúp UBND tỉnh hướng dẫn thực hiện."],
    ["Giao Giám đốc Sở Nội vụ hướng dẫn, theo dõi việc thực hiện.", "Giám đốc Sở Nội vụ", "Hướng dẫn, theo dõi việc thực hiện."],
    // a ministry's heads of department, a school's head, an editor-in-chief
    ["Vụ trưởng Vụ Tổ chức cán bộ chủ trì tổng hợp kết quả.", "Vụ trưởng Vụ Tổ chức cán bộ", "Chủ trì tổng hợp kết quả."],
    ["Cục trưởng Cục Công nghệ thông tin: bảo đảm hạ tầng kỹ thuật.", "Cục trưởng Cục Công nghệ thông tin", "Bảo đảm hạ tầng kỹ thuật."],
    ["Hiệu trưởng các trường trung học cơ sở tổ chức ngoại khóa.", "Hiệu trưởng các trường trung học cơ sở", "Tổ chức ngoại khóa."],
    ["Tổng Biên tập Báo Lâm Đồng mở chuyên mục cải cách hành chính.", "Tổng Biên tập Báo Lâm Đồng", "Mở chuyên mục cải cách hành chính."],
    // issue 17: a Trạm named by its field, "lập" as the duty's verb, a named commune or ward on a duty line
    ["Trạm Y tế xã phối hợp với Hội Phụ nữ xã tổ chức truyền thông.", "Trạm Y tế xã", "Phối hợp với Hội Phụ nữ xã tổ chức truyền thông."],
    ["Trạm Khuyến nông Tân Lập: hướng dẫn hộ nông dân đăng ký trực tuyến.", "Trạm Khuyến nông Tân Lập", "Hướng dẫn hộ nông dân đăng ký trực tuyến."],
    ["Các cơ quan lập dự toán kinh phí gửi Sở Tài chính trước ngày 15/7.", "Các cơ quan", "Lập dự toán kinh phí gửi Sở Tài chính trước ngày 15/7."],
    ["Phòng Kinh tế lập quy hoạch sử dụng đất cấp xã.", "Phòng Kinh tế", "Lập quy hoạch sử dụng đất cấp xã."],
    ["Các đơn vị sự nghiệp công lập thực hiện tự chủ tài chính.", "Các đơn vị sự nghiệp công lập", "Thực hiện tự chủ tài chính."],
    ["Các cơ sở giáo dục ngoài công lập, cơ quan lập pháp địa phương chủ động rà soát.", "Các cơ sở giáo dục ngoài công lập, cơ quan lập pháp địa phương", "Chủ động rà soát."],
    ["Xã Tân Lập: chủ trì tổ chức đối thoại với Nhân dân.", "Xã Tân Lập", "Chủ trì tổ chức đối thoại với Nhân dân."],
    ["Xã Tân Lập:", "Xã Tân Lập", ""],
    ["Phường Bắc Giang chủ trì rà soát thủ tục hành chính.", "Phường Bắc Giang", "Chủ trì rà soát thủ tục hành chính."],
    ["Phường 5 lập danh sách hộ nghèo.", "Phường 5", "Lập danh sách hộ nghèo."],
    // old-style tone placement ("thuỷ", "hoá", "uỷ") reads as the new-style spelling and is kept as written
    ["Trạm Thuỷ văn Bản Đôn: cập nhật số liệu mực nước hằng ngày.", "Trạm Thuỷ văn Bản Đôn", "Cập nhật số liệu mực nước hằng ngày."],
    ["Trung tâm Lưu trữ lịch sử số hoá hồ sơ lưu trữ.", "Trung tâm Lưu trữ lịch sử", "Số hoá hồ sơ lưu trữ."],
    ["Đảng uỷ xã Hoà Bình chỉ đạo các chi bộ thực hiện.", "Đảng uỷ xã Hoà Bình", "Chỉ đạo các chi bộ thực hiện."],
    ["Trung tâm Phục vụ hành chính công thiết lập kênh tiếp nhận phản ánh trực tuyến.", "Trung tâm Phục vụ hành chính công", "Thiết lập kênh tiếp nhận phản ánh trực tuyến."],
    ["Các trường học ngoài công lập thiết lập đường dây nóng.", "Các trường học ngoài công lập", "Thiết lập đường dây nóng."],
    // a commune or ward in capitals before a colon and a duty in ordinary case
    ["XÃ TÂN LẬP: chủ trì tổ chức đối thoại với Nhân dân.", "XÃ TÂN LẬP", "Chủ trì tổ chức đối thoại với Nhân dân."],
    ["PHƯỜNG 5: Lập danh sách hộ nghèo trước ngày 30/6.", "PHƯỜNG 5", "Lập danh sách hộ nghèo trước ngày 30/6."],
    ["THỊ TRẤN CẦU GIÁT : rà soát hồ sơ địa chính.", "THỊ TRẤN CẦU GIÁT", "Rà soát hồ sơ địa chính."],
  ])("%s", (text, agency, duty) => {
    expect(readAgencyStart(text)).toMatchObject({ agency, duty });
  });

  it("reads the subject after a lead-in clause and keeps the whole sentence as the duty", () => {
    const text = "Căn cứ nội dung Kế hoạch này và điều kiện thực tế, các sở, ban, ngành, UBND các xã xây dựng Kế hoạch.";
    expect(readAgencyStart(text)).toEqual({ agency: "Các sở, ban, ngành, UBND các xã", duty: text, keepWhole: true });
    expect(readAgencyStart("Trên cơ sở kế hoạch này các ngành liên quan, UBND các xã quán triệt.")).toMatchObject({ agency: "Các ngành liên quan, UBND các xã" });
    const reporting = "Định kỳ hằng quý, các sở, ban, ngành, UBND các xã báo cáo kết quả về Văn phòng UBND tỉnh.";
    expect(readAgencyStart(reporting)).toEqual({ agency: "Các sở, ban, ngành, UBND các xã", duty: reporting, keepWhole: true });
    expect(readAgencyStart("Hằng năm, Sở Nội vụ tổng hợp, báo cáo UBND tỉnh.")).toMatchObject({ agency: "Sở Nội vụ", keepWhole: true });
    // The field a duty is for, then the assigning word: the body after "giao" does the work.
    const field = "Đối với các xã biên giới, giao Bộ Chỉ huy Bộ đội Biên phòng tỉnh chủ trì xây dựng kế hoạch.";
    expect(readAgencyStart(field)).toEqual({ agency: "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", duty: field, keepWhole: true });
  });

  it.each([
    "Ban hành kế hoạch triển khai trong tháng 01/2026.",
    "Tổ chức các lớp tập huấn nghiệp vụ CCHC.",
    "Thời gian thực hiện Kế hoạch: Từ khi ban hành đến hết năm 2030.",
    "Báo cáo kết quả thực hiện về Sở Nội vụ.",
    "Phòng ngừa, đấu tranh với tội phạm về ma túy.",
    "Đối với chương trình “Đối thoại về cải cách hành chính”: Định kỳ phát sóng mỗi tháng 02 chuyên mục.",
    "Cán bộ, công chức, viên chức thực hiện nghiêm túc Kế hoạch này.",
    "Thành viên Tổ công tác gồm:",
    // issue 17: a place only in the duty-line position; a thing called "trạm"; a verb inside a word
    "Xã Tân Lập là xã biên giới có 12 thôn.",
    "Xã Tân Lập có 12 thôn, đã tổ chức đối thoại.",
    "Phường Bắc Giang",
    "Trạm biến áp 110kV phải được kiểm tra định kỳ.",
    // a place in capitals is a heading unless a colon and a duty in ordinary case follow it
    "XÃ TÂN LẬP",
    "XÃ TÂN LẬP:",
    "XÃ TÂN LẬP: TỔ CHỨC THỰC HIỆN",
    "PHƯỜNG 5: kết quả năm 2025",
    "XÃ TÂN LẬP: là xã biên giới có 12 thôn.",
    "XÃ TÂN LẬP chủ trì tổ chức đối thoại.",
    "HUYỆN YÊN THÀNH: chủ trì tổ chức đối thoại.",
  ])("no agency: %s", (text) => {
    expect(readAgencyStart(text)).toBeUndefined();
  });
});

describe("partnersIn and timesIn", () => {
  it("takes the agencies after 'phối hợp với' up to the next verb or purpose", () => {
    expect(partnersIn(["Chủ trì, phối hợp với các sở, ban, ngành, UBND các xã tổ chức các hoạt động."])).toEqual(["các sở, ban, ngành", "UBND các xã"]);
    expect(partnersIn(["Phối hợp với Công an tỉnh nghiên cứu, xây dựng mô hình."])).toEqual(["Công an tỉnh"]);
    expect(partnersIn(["Hướng dẫn, phối hợp với các sở, ngành liên quan để xây dựng kịch bản."])).toEqual(["các sở, ngành liên quan"]);
    expect(partnersIn(["Tăng cường phối hợp tuyên truyền, vận động đoàn viên."])).toEqual([]);
  });
  it("passes over a stray quote OCR reads before the first partner, with or without a space", () => {
    for (const text of ['Phối hợp với "V01, Văn phòng Chính phủ thực hiện công tác lễ tân.', 'Phối hợp với"V01, Văn phòng Chính phủ thực hiện công tác lễ tân.']) {
      expect(partnersIn([text])).toEqual(["V01", "Văn phòng Chính phủ"]);
    }
  });
  it("takes deadlines with their marker and cadences, never a cited document's date", () => {
    expect(timesIn(["Thời gian hoàn thành ban hành kế hoạch chậm nhất là ngày 30/01/2026."])).toEqual(["chậm nhất là ngày 30/01/2026"]);
    expect(timesIn(["Xây dựng Kế hoạch trong Quý I/2026 để tổ chức thực hiện."])).toEqual(["trong Quý I/2026"]);
    // A cadence and a deadline of one sentence are one time: every quarter, by the 15th of its last month.
    expect(timesIn(["Báo cáo kết quả định kỳ hằng quý (trước ngày 15 của tháng cuối quý)."])).toEqual(["định kỳ hằng quý, trước ngày 15 của tháng cuối quý"]);
    expect(timesIn(["Thực hiện Nghị quyết số 201/2023/NQ-HĐND ngày 12/7/2023 của Hội đồng nhân dân tỉnh."])).toEqual([]);
  });
  it("reads the deadlines of a list, the year after, and a year with its marker", () => {
    expect(timesIn(["Định kỳ trước ngày 01/6 và 15/11 hằng năm (hoặc đột xuất khi có yêu cầu) báo cáo kết quả."])).toEqual(["trước ngày 01/6 và 15/11 hằng năm"]);
    expect(timesIn(["Tổng hợp, báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 01 của năm tiếp theo."])).toEqual(["trước ngày 30 tháng 01 của năm tiếp theo"]);
    // A target's year says when the target is met, not when the duty is done (README, Deadlines, round 19).
    expect(timesIn(["Phấn đấu xây dựng được ít nhất 20% xã không có ma túy ngay trong năm 2025."])).toEqual([]);
    expect(timesIn(["Hoàn thành trước 30/6/2026; báo cáo trước 15/12 hằng năm."])).toEqual(["trước 30/6/2026", "trước 15/12 hằng năm"]);
    expect(timesIn(["Tổ chức tập huấn trong 6 tháng đầu năm 2026."])).toEqual(["trong 6 tháng đầu năm 2026"]);
    expect(timesIn(["Khai mạc vào 8.30 sáng; trong 15 ngày kể từ ngày nhận."])).toEqual([]);
    expect(timesIn(["Gửi báo cáo trước ngày 15 tháng 12 để tổng hợp; định kỳ hằng năm gửi Bộ."])).toEqual(["trước ngày 15 tháng 12", "định kỳ hằng năm"]);
  });
  it("takes a span of months or days outside parentheses; one in parentheses is the period a report covers", () => {
    expect(timesIn(["Tiến hành kiểm tra từ tháng 8 đến tháng 9/2026."])).toEqual(["từ tháng 8 đến tháng 9/2026"]);
    expect(timesIn(["Tổ chức các đợt ra quân từ ngày 01/6/2026 đến hết ngày 30/6/2026."])).toEqual(["từ ngày 01/6/2026 đến hết ngày 30/6/2026"]);
    expect(timesIn(["Báo cáo kỳ 6 tháng (từ ngày 15/12/2025 đến ngày 14/6/2026, gửi trước ngày 20/6/2026)."])).toEqual(["trước ngày 20/6/2026"]);
  });
  it("takes 'thường xuyên' only where it opens a clause; 'hằng/mỗi tháng, quý, năm' anywhere but in a clause about money or citing a document", () => {
    expect(timesIn(["Hằng năm báo cáo kết quả thực hiện về Ban Chỉ huy."])).toEqual(["Hằng năm"]);
    expect(timesIn(["Theo dõi, đôn đốc việc thực hiện; hằng năm, tham mưu UBND tỉnh báo cáo."])).toEqual(["hằng năm"]);
    expect(timesIn(["- Thường xuyên cập nhật, đảm bảo tính đầy đủ, chính xác."].map((t) => t.slice(2)))).toEqual(["Thường xuyên"]);
    expect(timesIn(["Tham mưu bố trí kinh phí chi thường xuyên hằng năm theo quy định."])).toEqual([]);
    // A cadence closing an index's name names the yearly index, not when the duty recurs (round 20); a verb between
    // them makes it the duty's again.
    expect(timesIn(["Làm tài liệu kiểm chứng xác định Chỉ số CCHC của tỉnh hằng năm."])).toEqual([]);
    expect(timesIn(["Phục vụ đánh giá Chỉ số CCHC, báo cáo kết quả hằng năm."])).toEqual(["hằng năm"]);
    expect(timesIn(["Báo cáo kết quả thực hiện Chương trình hằng năm về UBND tỉnh."])).toEqual(["hằng năm"]);
    expect(timesIn(["Phát sóng mỗi tháng 02 chuyên mục trên sóng phát thanh."])).toEqual(["mỗi tháng"]);
    expect(timesIn(["Tuyên truyền thường xuyên, sâu rộng về nội dung Kế hoạch."])).toEqual([]);
    expect(timesIn(["Lập dự toán ngân sách hằng năm theo quy định."])).toEqual([]);
    expect(timesIn(["Thực hiện theo Kế hoạch cải cách hành chính hằng năm của tỉnh."])).toEqual([]);
  });
  it("ends a partner group after 'liên quan', at 'có' that is not 'có liên quan', and after unit codes", () => {
    expect(partnersIn(["Phối hợp với các sở, ngành, đơn vị có liên quan thu thập, biên tập dữ liệu."])).toEqual(["các sở, ngành, đơn vị có liên quan"]);
    expect(partnersIn(["Kịp thời phối hợp với các cơ quan liên quan có giải pháp giáo dục."])).toEqual(["các cơ quan liên quan"]);
    expect(partnersIn(["Chủ trì, phối hợp H01, V01 bố trí kinh phí tổ chức Hội nghị."])).toEqual(["H01", "V01"]);
    expect(partnersIn(["Phối hợp với V01 chuần bị nội dung Hội nghị."])).toEqual(["V01"]);
    expect(partnersIn(["Phối hợp với Ban quản lý dự án tỉnh giải quyết vướng mắc."])).toEqual(["Ban quản lý dự án tỉnh"]);
    // "và" before a body of its own names two; a group named twice, with and without "liên quan", is one.
    expect(partnersIn(["Chủ trì, phối hợp với Sở Nội vụ và các đơn vị có liên quan tổ chức tập huấn."])).toEqual(["Sở Nội vụ", "các đơn vị có liên quan"]);
    expect(partnersIn(["Phối hợp với các cơ quan, đơn vị xây dựng kế hoạch; chủ trì, phối hợp với các cơ quan, đơn vị liên quan duy trì Trang."])).toEqual(["các cơ quan, đơn vị liên quan"]);
  });
});

describe("agencyList: the bodies an item names", () => {
  it.each([
    ["Sở Tài chính và Ủy ban nhân dân các xã, phường", ["Sở Tài chính", "Ủy ban nhân dân các xã, phường"]],
    ["Mặt trận Tổ quốc tỉnh và các tổ chức chính trị - xã hội", ["Mặt trận Tổ quốc tỉnh", "các tổ chức chính trị - xã hội"]],
    ["Sở Quy hoạch - Kiến trúc và Sở Nông nghiệp và Môi trường", ["Sở Quy hoạch - Kiến trúc", "Sở Nông nghiệp và Môi trường"]],
    // "và" inside one name
    ["Sở Nông nghiệp và Môi trường", ["Sở Nông nghiệp và Môi trường"]],
    ["Văn phòng HĐND và UBND huyện", ["Văn phòng HĐND và UBND huyện"]],
    ["Văn phòng UBND tỉnh và Sở Tư pháp", ["Văn phòng UBND tỉnh", "Sở Tư pháp"]],
    ["Báo và Đài Phát thanh, Truyền hình Lâm Đồng", ["Báo và Đài Phát thanh, Truyền hình Lâm Đồng"]],
    ["Sở Văn hóa, Thể thao và Du lịch", ["Sở Văn hóa, Thể thao và Du lịch"]],
    // a unit named with the bodies it belongs to, and its role after a dash
    ["Phòng 5, Cục Cảnh sát điều tra tội phạm về ma túy, Bộ Công an - đơn vị thường trực Tổ Công tác liên ngành", ["Phòng 5, Cục Cảnh sát điều tra tội phạm về ma túy, Bộ Công an"]],
    ["Phòng Nội vụ - cơ quan thường trực Ban điều hành CCHC huyện", ["Phòng Nội vụ"]],
    // a plural type with its members after a colon
    ["Văn phòng HĐND - UBND và các phòng: Nội vụ, Tư pháp, Tài chính - Kế hoạch...", ["Văn phòng HĐND - UBND", "Phòng Nội vụ", "Phòng Tư pháp", "Phòng Tài chính - Kế hoạch"]],
  ])("%s", (text, expected) => {
    expect(agencyList(text)).toEqual(expected);
  });
});

/** A small plan as a document model: one paragraph a line, "**…**" lines bold. */
function modelOf(lines: string[]): DocumentModel {
  const children: Block[] = lines.map((line, i) => {
    const bold = line.startsWith("**");
    const text = line.replace(/\*\*/g, "");
    return { type: "paragraph", lines: [text], position: { line: i + 1 }, ...(bold ? { emphasis: { bold: true } } : {}) } as Block;
  });
  return { type: "document", source: { format: "text", pages: null, ocrPages: [] }, children } as unknown as DocumentModel;
}

function duties(lines: string[]) {
  const sections = segment(modelOf(lines)).value.sections;
  return findDutySections(sections).flatMap(extractDuties);
}

describe("extractDuties: the items of an assigning section", () => {
  const head = ["KẾ HOẠCH", "Cải cách hành chính năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "Bảo đảm tiến độ."];

  it("one record per agency item: task from its own line or its first paragraph, the rest activities", () => {
    const found = duties([
      ...head,
      "II. TỔ CHỨC THỰC HIỆN",
      "**1. Sở Nội vụ:**",
      "a) Chủ trì, phối hợp với Văn phòng UBND tỉnh xây dựng kế hoạch chậm nhất là ngày 30/01/2026.",
      "b) Theo dõi, đôn đốc thực hiện.",
      "2. Sở Tư pháp: Lồng ghép tuyên truyền CCHC với phổ biến pháp luật.",
      "3. Công an tỉnh chủ trì, phối hợp với các sở, ngành tuyên truyền phòng, chống tội phạm.",
      "Trên đây là Kế hoạch cải cách hành chính năm 2026.",
    ]);
    expect(found).toHaveLength(3);
    expect(found[0]).toMatchObject({
      origin: "inline",
      number: "1",
      lead: ["Sở Nội vụ"],
      task: "Chủ trì, phối hợp với Văn phòng UBND tỉnh xây dựng kế hoạch chậm nhất là ngày 30/01/2026.",
      activities: ["b) Theo dõi, đôn đốc thực hiện."],
      partners: ["Văn phòng UBND tỉnh"],
      deadline: ["chậm nhất là ngày 30/01/2026"],
    });
    expect(found[1]).toMatchObject({ number: "2", lead: ["Sở Tư pháp"], task: "Lồng ghép tuyên truyền CCHC với phổ biến pháp luật.", activities: [] });
    expect(found[2]).toMatchObject({ number: "3", lead: ["Công an tỉnh"], partners: ["các sở, ngành"] });
  });

  it("'1)' items are the parts of a '1.' item above them, and items of their own in a part numbered only with '1)'", () => {
    const under = duties([
      ...head,
      "II. TỔ CHỨC THỰC HIỆN",
      "1. Công chức Văn phòng - Thống kê",
      "1) Tham mưu ban hành kế hoạch.",
      "2) Tổng hợp, báo cáo kết quả.",
      "2. Công chức Tư pháp - Hộ tịch: công khai thủ tục hành chính.",
    ]);
    expect(under.map((t) => [t.number, t.lead, t.task, t.activities])).toEqual([
      ["1", ["Công chức Văn phòng - Thống kê"], "Tham mưu ban hành kế hoạch.", ["2) Tổng hợp, báo cáo kết quả."]],
      ["2", ["Công chức Tư pháp - Hộ tịch"], "Công khai thủ tục hành chính.", []],
    ]);
    const alone = duties([...head, "II. TỔ CHỨC THỰC HIỆN", "1) Sở Nội vụ: hướng dẫn thực hiện.", "2) Sở Tư pháp: tuyên truyền pháp luật."]);
    expect(alone.map((t) => [t.number, t.lead])).toEqual([
      ["1", ["Sở Nội vụ"]],
      ["2", ["Sở Tư pháp"]],
    ]);
  });

  it("an intro paragraph ending in ':' over body paragraphs gives no record and heads nothing", () => {
    const found = duties([
      ...head,
      "II. TỔ CHỨC THỰC HIỆN",
      "Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị thực hiện các nội dung sau:",
      "Sở Nội vụ chủ trì hướng dẫn thực hiện Kế hoạch.",
      "Sở Tài chính bố trí kinh phí thực hiện.",
    ]);
    expect(found.map((t) => [t.lead, t.parent])).toEqual([
      [["Sở Nội vụ"], null],
      [["Sở Tài chính"], null],
    ]);
  });

  it("lettered agency items under a numbered heading are tasks with that heading as parent", () => {
    const found = duties([
      ...head,
      "II. NỘI DUNG VÀ PHÂN CÔNG NHIỆM VỤ",
      "1. Tăng cường công tác tuyên truyền, giáo dục",
      "a) Các sở, ban, ngành, địa phương:",
      "- Tổ chức các hoạt động tuyên truyền.",
      "- Xây dựng mô hình điển hình.",
      "b) Công an tỉnh: Định hướng công tác tuyên truyền.",
      "2. Sở Tài chính: Bố trí kinh phí.",
    ]);
    expect(found.map((t) => [t.number, t.lead, t.parent])).toEqual([
      ["a", ["Các sở, ban, ngành, địa phương"], "Tăng cường công tác tuyên truyền, giáo dục"],
      ["b", ["Công an tỉnh"], "Tăng cường công tác tuyên truyền, giáo dục"],
      ["2", ["Sở Tài chính"], null],
    ]);
    expect(found[0]).toMatchObject({ task: "Tổ chức các hoạt động tuyên truyền.", activities: ["Xây dựng mô hình điển hình."] });
  });

  it("a bullet or lettered line that names another body is that body's duty, the item its parent", () => {
    const found = duties([
      ...head,
      "II. TỔ CHỨC THỰC HIỆN",
      "1. Các sở, ban, ngành nghiên cứu, ban hành hướng dẫn thực hiện các dự án:",
      "- Công an tỉnh tham mưu triển khai Dự án 1.",
      "- Đề nghị Bộ tư lệnh Vùng Cảnh sát biển 3 tham mưu triển khai Tiểu dự án 2.",
      "- Sở Y tế tham mưu triển khai Dự án 6.",
      "- Tổng hợp nhu cầu kinh phí của các dự án.",
      "2. Sở Tài chính:",
      "a) Bố trí kinh phí thực hiện.",
      "b) Sở Tài chính phối hợp với Kho bạc Nhà nước tỉnh thanh toán kinh phí.",
    ]);
    const parent = "Các sở, ban, ngành nghiên cứu, ban hành hướng dẫn thực hiện các dự án:";
    expect(found.map((t) => [t.number, t.lead, t.parent, t.task])).toEqual([
      ["1", ["Các sở, ban, ngành"], null, "Nghiên cứu, ban hành hướng dẫn thực hiện các dự án:"],
      [null, ["Công an tỉnh"], parent, "Tham mưu triển khai Dự án 1."],
      [null, ["Bộ tư lệnh Vùng Cảnh sát biển 3"], parent, "Tham mưu triển khai Tiểu dự án 2."],
      [null, ["Sở Y tế"], parent, "Tham mưu triển khai Dự án 6."],
      ["2", ["Sở Tài chính"], null, "Bố trí kinh phí thực hiện."],
    ]);
    // A bullet naming no body goes back to the item; a line naming the item's own body stays its activity.
    expect(found[0]!.activities).toEqual(["Tổng hợp nhu cầu kinh phí của các dự án."]);
    expect(found[4]!.activities).toEqual(["b) Sở Tài chính phối hợp với Kho bạc Nhà nước tỉnh thanh toán kinh phí."]);
    expect(found[4]!.partners).toEqual(["Kho bạc Nhà nước tỉnh"]);
  });

  it("an agency written as a paragraph of its own heads the bullets and lettered items after it", () => {
    const found = duties([
      ...head,
      "II. TỔ CHỨC THỰC HIỆN",
      "Sở Nội vụ:",
      "- Tham mưu UBND tỉnh ban hành kế hoạch kiểm tra.",
      "- Tổng hợp, báo cáo kết quả trước ngày 15/12/2026.",
      "Sở Tài chính:",
      "a) Bố trí kinh phí.",
      "b) Công an tỉnh: Bảo đảm an ninh, trật tự.",
    ]);
    expect(found.map((t) => [t.lead, t.task, t.activities, t.parent])).toEqual([
      [["Sở Nội vụ"], "Tham mưu UBND tỉnh ban hành kế hoạch kiểm tra.", ["Tổng hợp, báo cáo kết quả trước ngày 15/12/2026."], null],
      [["Sở Tài chính"], "Bố trí kinh phí.", [], null],
      [["Công an tỉnh"], "Bảo đảm an ninh, trật tự.", [], "Sở Tài chính:"],
    ]);
    expect(found[0]!.deadline).toEqual(["trước ngày 15/12/2026"]);
  });

  it("a paragraph that names the item's bodies in other words stays its content", () => {
    const found = duties([
      ...head,
      "II. TỔ CHỨC THỰC HIỆN",
      "1. Thủ trưởng các phòng, ban ngành huyện và Chủ tịch UBND các xã xây dựng kế hoạch CCHC của cơ quan mình.",
      "Thủ trưởng các cơ quan, đơn vị chịu trách nhiệm trước Chủ tịch UBND huyện nếu chậm trễ.",
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]!.activities).toEqual(["Thủ trưởng các cơ quan, đơn vị chịu trách nhiệm trước Chủ tịch UBND huyện nếu chậm trễ."]);
  });

  it("one record per body: leads split at 'và' before a body of its own, and a body named as partner is none of the leads", () => {
    const found = duties([
      ...head,
      "II. TỔ CHỨC THỰC HIỆN",
      "1. Sở Tài chính và Ủy ban nhân dân các xã, phường bố trí ngân sách để thực hiện Kế hoạch.",
      "**2. Sở Khoa học và Công nghệ, Sở Nội vụ**",
      "Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nội vụ và các đơn vị có liên quan tổ chức tập huấn.",
      "3. Văn phòng HĐND và UBND huyện: Kiểm soát thủ tục hành chính.",
    ]);
    expect(found.map((t) => [t.lead, t.partners, t.task])).toEqual([
      [["Sở Tài chính", "Ủy ban nhân dân các xã, phường"], [], "Bố trí ngân sách để thực hiện Kế hoạch."],
      [["Sở Khoa học và Công nghệ"], ["Sở Nội vụ", "các đơn vị có liên quan"], "Chủ trì, phối hợp với Sở Nội vụ và các đơn vị có liên quan tổ chức tập huấn."],
      [["Văn phòng HĐND và UBND huyện"], [], "Kiểm soát thủ tục hành chính."],
    ]);
  });

  it("a sentence whose subject is another body is that body's duty, with the item's number", () => {
    const found = duties([
      ...head,
      "II. TỔ CHỨC THỰC HIỆN",
      "5. Các bộ, ngành, địa phương định kỳ hằng năm gửi báo cáo Bộ Khoa học và Công nghệ trước ngày 15 tháng 12 để tổng hợp. Bộ Khoa học và Công nghệ tổng hợp tình hình, báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 01 của năm tiếp theo.",
      "6. UBND cấp huyện xây dựng kế hoạch. UBND cấp huyện báo cáo kết quả về Sở Nội vụ.",
    ]);
    expect(found.map((t) => [t.number, t.lead, t.deadline])).toEqual([
      ["5", ["Các bộ, ngành, địa phương"], ["Định kỳ hằng năm, trước ngày 15 tháng 12"]],
      ["5", ["Bộ Khoa học và Công nghệ"], ["trước ngày 30 tháng 01 của năm tiếp theo"]],
      ["6", ["UBND cấp huyện"], []],
    ]);
    expect(found[1]!.task).toBe("Tổng hợp tình hình, báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 01 của năm tiếp theo.");
    expect(found[2]!.task).toBe("Xây dựng kế hoạch. UBND cấp huyện báo cáo kết quả về Sở Nội vụ.");
  });

  it("ends at the plan's last sentence ('./.'), a QĐ's next article, the recipients, a contact line and a closing demand", () => {
    const item = "1. Sở Nội vụ: Theo dõi việc thực hiện Kế hoạch.";
    const ends: string[][] = [
      ["2. Giao C04 phối hợp thực hiện Kế hoạch này./.", "KT. BỘ TRƯỞNG", "Công an các tỉnh (để thực hiện);"],
      ["2. Công an tỉnh: Bảo đảm an ninh. Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", "Điều 3. Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành."],
      ["2. Công an tỉnh: Bảo đảm an ninh.", "Nơi nhận:", "- Sở Nội vụ;"],
      ["2. Công an tỉnh: Bảo đảm an ninh.", "3. Nếu có khó khăn, vướng mắc, các sở, ngành phản ánh về Sở Nội vụ để tổng hợp."],
      ["2. Công an tỉnh: Bảo đảm an ninh.", "Mọi thông tin cần trao đổi, đề nghị các đơn vị liên hệ Phòng 5, Cục C04 (điện thoại: 0988.688.580)."],
      ["2. Công an tỉnh: Bảo đảm an ninh.", "Chủ tịch UBND huyện yêu cầu Trưởng các phòng, ban, ngành; Chủ tịch UBND các xã triển khai Kế hoạch này; Phòng Nội vụ tổng hợp kết quả./."],
    ];
    for (const end of ends) {
      const found = duties([...head, "II. TỔ CHỨC THỰC HIỆN", item, ...end]);
      expect(found.map((t) => t.lead)).toEqual([["Sở Nội vụ"], [end[0]!.includes("C04") ? "C04" : "Công an tỉnh"]]);
      expect(found[1]!.activities).toEqual([]);
      expect(found[1]!.task).not.toMatch(/Điều 2/);
    }
  });

  it("ends at a signature block with no './.' before it, and at an OCR'd './' that lost its last dot", () => {
    for (const end of [
      ["2. Giao C04 phối hợp thực hiện Kế hoạch này.", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Công an các tỉnh (để thực hiện);"],
      ["2. Giao C04 phối hợp thực hiện Kế hoạch này./", "Công an các tỉnh (để thực hiện);"],
      ["2. Giao C04 phối hợp thực hiện Kế hoạch này.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
      ["2. Giao C04 phối hợp thực hiện Kế hoạch này.", "GIÁM ĐỐC", "Nguyễn Văn An"],
    ]) {
      const found = duties([...head, "II. TỔ CHỨC THỰC HIỆN", "1. Sở Nội vụ: Theo dõi việc thực hiện Kế hoạch.", ...end]);
      expect(found.map((t) => [t.lead, t.task, t.activities])).toEqual([
        [["Sở Nội vụ"], "Theo dõi việc thực hiện Kế hoạch.", []],
        [["C04"], "Phối hợp thực hiện Kế hoạch này.", []],
      ]);
    }
  });

  it("splits a line's parts at markers OCR misread ('(0)', '®)', 'Ø', '!'), and reads partners after a stray quote", () => {
    const found = duties([
      ...head,
      "II. PHÂN CÔNG NHIỆM VỤ",
      '1. C04: (0) Chủ trì, phối hợp với V01 chuẩn bị nội dung Hội nghị;O Tuyên bố lý do; ®) Chủ trì xây dựng phóng sự; ! Phối hợp với"V01, Văn phòng Chính phủ và các đơn vị liên quan thực hiện công tác lễ tân; Ø Gửi giấy mời.',
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]!.task).toBe("Chủ trì, phối hợp với V01 chuẩn bị nội dung Hội nghị");
    expect(found[0]!.activities).toEqual([
      "Tuyên bố lý do",
      "Chủ trì xây dựng phóng sự",
      'Phối hợp với"V01, Văn phòng Chính phủ và các đơn vị liên quan thực hiện công tác lễ tân',
      "Gửi giấy mời.",
    ]);
    expect(found[0]!.partners).toEqual(["V01", "Văn phòng Chính phủ", "các đơn vị liên quan"]);
    // One marker alone, or a glyph where no part starts, splits nothing.
    expect(duties([...head, "II. PHÂN CÔNG NHIỆM VỤ", "1. C04: (1) Chủ trì chuẩn bị Hội nghị; gửi giấy mời."])[0]!.activities).toEqual([]);
  });

  it("'Trách nhiệm của <body>' names the body; the bullets of a list a bullet ending in ':' opens are activities", () => {
    const found = duties([
      ...head,
      "II. TỔ CHỨC THỰC HIỆN",
      "1. Trách nhiệm của Văn phòng Sở",
      "- Xây dựng đề cương báo cáo, gồm:",
      "- Phần kết quả;",
      "- Phần kiến nghị.",
      "- Tổng hợp kết quả trước ngày 15/11/2026.",
      "2. Kinh phí thực hiện theo quy định hiện hành.",
    ]);
    expect(found.map((t) => [t.lead, t.task, t.activities])).toEqual([
      [["Văn phòng Sở"], "Xây dựng đề cương báo cáo, gồm:", ["Phần kết quả;", "Phần kiến nghị.", "Tổng hợp kết quả trước ngày 15/11/2026."]],
    ]);
  });

  it("local government as a partner, and a month in parentheses as the time of the event before it", () => {
    expect(partnersIn(["Phối hợp chặt chẽ với chính quyền các cấp, phát huy sức mạnh khối đại đoàn kết."])).toEqual(["chính quyền các cấp"]);
    expect(timesIn(["Tuyên truyền trong Tháng hành động phòng, chống ma túy (tháng 6/2026)."])).toEqual(["tháng 6/2026"]);
    expect(timesIn(["Thực hiện Nghị quyết số 05 (ngày 13/3/2025) của Chính phủ."])).toEqual([]);
  });

  it("gives no record to bodies that refer back to the assigned ones, and drops a duty's own part marker", () => {
    const found = duties([
      ...head,
      "II. TỔ CHỨC THỰC HIỆN",
      "1. C04: (1) Chủ trì, phối hợp với V01 chuẩn bị nội dung Hội nghị; (2) Gửi giấy mời đại biểu.",
      "2. Cơ chế phối hợp",
      "- Các cơ quan, đơn vị được phân công nhiệm vụ có trách nhiệm thực hiện nghiêm túc theo đúng tiến độ.",
      "- Sở Tài chính định kỳ hằng quý tổng hợp báo cáo Ủy ban nhân dân Thành phố.",
    ]);
    expect(found.map((t) => [t.lead, t.parent, t.task])).toEqual([
      [["C04"], null, "Chủ trì, phối hợp với V01 chuẩn bị nội dung Hội nghị"],
      [["Sở Tài chính"], "Cơ chế phối hợp", "Định kỳ hằng quý tổng hợp báo cáo Ủy ban nhân dân Thành phố."],
    ]);
    // "(1) …; (2) …" on the item's line: the parts after the first are its activities.
    expect(found[0]!.activities).toEqual(["Gửi giấy mời đại biểu."]);
    expect(found[1]!.deadline).toEqual(["Định kỳ hằng quý"]);
  });

  it("reads no section whose heading does not assign work, and no item without an agency", () => {
    expect(duties([...head, "II. NHIỆM VỤ, GIẢI PHÁP", "1. Sở Nội vụ: Chủ trì."])).toEqual([]);
    expect(duties([...head, "II. TỔ CHỨC THỰC HIỆN", "1. Thời gian thực hiện: Từ khi ban hành đến hết năm 2030."])).toEqual([]);
  });

  it("tells a heading that assigns work from a task about responsibility or one that starts with 'Tổ chức thực hiện'", () => {
    const tasks = ["II. NHIỆM VỤ TRỌNG TÂM", "1. Nâng cao trách nhiệm người đứng đầu", "- Thủ trưởng các cơ quan chịu trách nhiệm trước Chủ tịch UBND tỉnh.", "2. Tổ chức thực hiện tốt công tác tuyên truyền", "- Sở Văn hóa chủ trì tuyên truyền."];
    expect(duties([...head, ...tasks])).toEqual([]);
    for (const heading of ["III. KINH PHÍ VÀ TỔ CHỨC THỰC HIỆN", "III. TRÁCH NHIỆM THỰC HIỆN", "III. NỘI DUNG, GIẢI PHÁP VÀ PHÂN CÔNG NHIỆM VỤ", "III. TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ"]) {
      expect(duties([...head, heading, "1. Sở Nội vụ: Theo dõi, đôn đốc."]).map((t) => t.lead)).toEqual([["Sở Nội vụ"]]);
    }
  });

  it("reads 'TỔ CHỨC TRIỂN KHAI (THỰC HIỆN)' and 'TỔ CHỨC THỰC HIỆN' with the part plans put beside it; not a task 'Tổ chức triển khai …'", () => {
    for (const heading of ["III. TỔ CHỨC TRIỂN KHAI", "III. TỔ CHỨC TRIỂN KHAI THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN VÀ CHẾ ĐỘ BÁO CÁO", "III. TỔ CHỨC THỰC HIỆN, CHẾ ĐỘ THÔNG TIN BÁO CÁO", "III. TỔ CHỨC THỰC HIỆN VÀ KINH PHÍ"]) {
      expect(duties([...head, heading, "1. Sở Nội vụ: Theo dõi, đôn đốc."]).map((t) => t.lead)).toEqual([["Sở Nội vụ"]]);
    }
    const tasks = ["II. NHIỆM VỤ TRỌNG TÂM", "1. Tổ chức triển khai và kiểm tra việc thực hiện", "- Sở Văn hóa chủ trì tuyên truyền.", "2. Tổ chức thực hiện và đánh giá kết quả", "- Sở Nội vụ chủ trì đánh giá."];
    expect(duties([...head, ...tasks])).toEqual([]);
  });

  it("a lettered line or bullet naming a body alone heads that body's bullets; a list of members heads nothing", () => {
    const found = duties([
      ...head,
      "II. TỔ CHỨC THỰC HIỆN",
      "1. Trách nhiệm của các cơ quan cấp tỉnh",
      "a) Sở Tư pháp:",
      "- Chủ trì biên soạn tài liệu.",
      "- Tổ chức hội nghị trong Quý III/2026.",
      "b) Công an tỉnh: tuyên truyền về căn cước.",
      "2. Thành viên Tổ công tác gồm:",
      "a) Sở Nội vụ;",
      "b) Sở Tài chính.",
    ]);
    expect(found.map((t) => [t.number, t.lead, t.parent, t.task, t.activities])).toEqual([
      ["a", ["Sở Tư pháp"], "Trách nhiệm của các cơ quan cấp tỉnh", "Chủ trì biên soạn tài liệu.", ["Tổ chức hội nghị trong Quý III/2026."]],
      ["b", ["Công an tỉnh"], "Trách nhiệm của các cơ quan cấp tỉnh", "Tuyên truyền về căn cước.", []],
    ]);
  });

  it("an intro whose list names bodies of their own gives no record and heads nothing; a paragraph after the list is its own", () => {
    const found = duties([
      ...head,
      "II. TỔ CHỨC THỰC HIỆN",
      "Để triển khai Kế hoạch này, UBND tỉnh yêu cầu các cơ quan, đơn vị thực hiện tốt một số nhiệm vụ sau:",
      "- Văn phòng UBND tỉnh: hướng dẫn, kiểm tra việc thực hiện.",
      "- Sở Tư pháp: thẩm định các quy định về thủ tục hành chính.",
      "Định kỳ hằng quý, các sở, ban, ngành báo cáo kết quả về Văn phòng UBND tỉnh.",
    ]);
    expect(found.map((t) => [t.lead, t.parent])).toEqual([
      [["Văn phòng UBND tỉnh"], null],
      [["Sở Tư pháp"], null],
      [["Các sở, ban, ngành"], null],
    ]);
  });

  it("a bold heading naming no body, then a bold body's label, is a heading over an agency paragraph, not one heading cut in two", () => {
    const found = duties([...head, "II. TỔ CHỨC THỰC HIỆN", "**2. Phân công nhiệm vụ**", "**Công an huyện:**", "- Tham mưu triển khai Kế hoạch."]);
    expect(found.map((t) => [t.number, t.lead, t.parent, t.task])).toEqual([[null, ["Công an huyện"], "Phân công nhiệm vụ", "Tham mưu triển khai Kế hoạch."]]);
  });

  it("a paragraph cut in two (a page break, a converter's line break) is one again: the part in lower case goes on", () => {
    const found = duties([
      ...head,
      "II. TỔ CHỨC THỰC HIỆN",
      "1. Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị -",
      "xã hội tỉnh:",
      "- Tuyên truyền, vận động Nhân dân.",
      "2. Sở Nội vụ: chủ trì, phối hợp với các",
      "cơ quan liên quan tổ chức tập huấn; báo cáo UBND tỉnh.",
      "3. Sở Tư pháp: rà soát văn bản.",
      "a) Tổng hợp kết quả.",
    ]);
    expect(found.map((t) => [t.number, t.lead, t.task, t.partners, t.activities])).toEqual([
      ["1", ["Ủy ban MTTQ Việt Nam tỉnh", "các tổ chức chính trị - xã hội tỉnh"], "Tuyên truyền, vận động Nhân dân.", [], []],
      ["2", ["Sở Nội vụ"], "Chủ trì, phối hợp với các cơ quan liên quan tổ chức tập huấn; báo cáo UBND tỉnh.", ["các cơ quan liên quan"], []],
      ["3", ["Sở Tư pháp"], "Rà soát văn bản.", [], ["a) Tổng hợp kết quả."]],
    ]);
  });

  it("one paragraph of several lines that each end a sentence is one paragraph a line; a wrapped paragraph stays whole", () => {
    const model = modelOf([...head, "II. TỔ CHỨC THỰC HIỆN", "2. Trách nhiệm của UBND các xã", "PARAGRAPH"]);
    const lines = ["Xây dựng kế hoạch, ban hành trong tháng 02/2026.", "Lồng ghép nội dung vào sinh hoạt của thôn."];
    const at = model.children.length - 1;
    model.children[at] = { type: "paragraph", lines, position: { line: at + 1 } } as Block;
    const split = findDutySections(segment(model).value.sections).flatMap(extractDuties);
    expect(split.map((t) => [t.task, t.activities])).toEqual([[lines[0], [lines[1]]]]);
    model.children[at] = { type: "paragraph", lines: ["Xây dựng kế hoạch phổ biến pháp luật về cải cách hành chính của", "địa phương, ban hành trong tháng 02/2026."], position: { line: at + 1 } } as Block;
    const whole = findDutySections(segment(model).value.sections).flatMap(extractDuties);
    expect(whole.map((t) => [t.task, t.activities])).toEqual([["Xây dựng kế hoạch phổ biến pháp luật về cải cách hành chính của địa phương, ban hành trong tháng 02/2026.", []]]);
  });
});

describe("a paragraph a PDF's layout wrapped right after a colon or a semicolon", () => {
  const head = ["KẾ HOẠCH", "Cải cách hành chính năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "Bảo đảm tiến độ."];
  it("stays one paragraph: the reader saw the wrap on the page, so no line of it is an item", () => {
    const model = modelOf([...head, "II. TỔ CHỨC THỰC HIỆN", "2. Trách nhiệm của các cơ quan", "PARAGRAPH", "PARAGRAPH"]);
    const at = model.children.length - 2;
    model.children[at] = { type: "paragraph", marker: "-", lines: ["Sở Y tế tham mưu triển khai thực hiện các nội dung tại Dự án 6:", "Tăng cường đáp ứng y tế trong phòng, chống ma tuý."], wrapped: true, position: { line: at + 1 } } as Block;
    model.children[at + 1] = { type: "paragraph", marker: "-", lines: ["Sở Tư pháp tổ chức thực hiện nhiệm vụ được giao;", "báo cáo kết quả về Sở Nội vụ trước ngày 10 của tháng cuối quý."], wrapped: true, position: { line: at + 2 } } as Block;
    const found = findDutySections(segment(model).value.sections).flatMap(extractDuties);
    expect(found.map((t) => [t.lead, t.task, t.activities])).toEqual([
      [["Sở Y tế"], "Tham mưu triển khai thực hiện các nội dung tại Dự án 6: Tăng cường đáp ứng y tế trong phòng, chống ma tuý.", []],
      [["Sở Tư pháp"], "Tổ chức thực hiện nhiệm vụ được giao; báo cáo kết quả về Sở Nội vụ trước ngày 10 của tháng cuối quý.", []],
    ]);
  });
});

describe("the fixtures' duties by agency (read from each 'TỔ CHỨC THỰC HIỆN' section)", () => {
  const dirs = ["plans", "unseen", "real"].map((d) => new URL(`../../fixtures/${d}/`, import.meta.url).pathname);
  const files = dirs.flatMap((dir) => (existsSync(dir) ? readdirSync(dir).map((name) => join(dir, name)) : []));
  it.each(Object.entries(PROSE_DUTIES))("%s", async (name, leads) => {
    const path = files.find((f) => f.endsWith(`/${name}`));
    if (!path) return;
    const found = dutiesOf(await parsePlan(path));
    expect(found.every((t) => t.origin === "inline" && t.table === null && t.kind === "task")).toBe(true);
    expect(found.map((t) => t.lead[0])).toEqual(leads);
  });
});

describe("a section whose own table gives the assignments is not read again as prose", () => {
  it("keeps the table's records and adds no duty from that section", async () => {
    const text = [
      "**KẾ HOẠCH**",
      "**Cải cách hành chính năm 2026**",
      "**I. MỤC ĐÍCH**",
      "Bảo đảm tiến độ.",
      "**II. TỔ CHỨC THỰC HIỆN**",
      "1. Sở Nội vụ chủ trì, phối hợp với các sở tổ chức các nội dung sau:",
      [
        "| STT | Nội dung | Cơ quan chủ trì | Thời gian thực hiện |",
        "| --- | --- | --- | --- |",
        "| 1 | Tập huấn nghiệp vụ CCHC | Sở Nội vụ | Quý I/2026 |",
        "| 2 | Kiểm tra công tác CCHC | Sở Nội vụ | Quý III/2026 |",
      ].join("\n"),
      "**III. KINH PHÍ**",
      "Ngân sách tỉnh.",
    ].join("\n\n");
    const doc = await parsePlan(new TextEncoder().encode(text), { path: "plan.md" });
    expect(doc.tasks.map((t) => [t.origin, t.task])).toEqual([
      ["body", "Tập huấn nghiệp vụ CCHC"],
      ["body", "Kiểm tra công tác CCHC"],
    ]);
  });
});

describe("a report part of its own assigns the reporting (prose round 6)", () => {
  const head = ["KẾ HOẠCH", "Cải cách hành chính năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "Bảo đảm tiến độ."];

  it("'V. CHẾ ĐỘ THÔNG TIN, BÁO CÁO': a body's sentence is a record; a sentence naming none, or the bodies assigned elsewhere, is not", () => {
    const found = duties([
      ...head,
      "II. CHẾ ĐỘ THÔNG TIN, BÁO CÁO",
      "Kết quả thực hiện Kế hoạch được báo cáo định kỳ 6 tháng, năm.",
      "Các cơ quan, đơn vị được giao nhiệm vụ tại Phụ lục kèm theo báo cáo kết quả về Sở Nội vụ trước ngày 15/11 hằng năm.",
      "UBND các xã, phường báo cáo kết quả về Sở Nội vụ trước ngày 20/12/2026.",
      "Trên đây là Kế hoạch cải cách hành chính năm 2026.",
    ]);
    expect(found.map((t) => [t.lead, t.deadline])).toEqual([[["UBND các xã, phường"], ["trước ngày 20/12/2026"]]]);
  });

  it("'4. Chế độ báo cáo' inside a part of another heading", () => {
    const found = duties([...head, "II. NỘI DUNG", "1. Tuyên truyền.", "2. Chế độ báo cáo", "Sở Tư pháp tổng hợp, báo cáo UBND tỉnh trước ngày 15/12/2026."]);
    expect(found.map((t) => t.lead)).toEqual([["Sở Tư pháp"]]);
  });

  it("a task about reports is no report part: 'II. BÁO CÁO KẾT QUẢ …' is not read", () => {
    const found = duties([...head, "II. XÂY DỰNG CHẾ ĐỘ BÁO CÁO ĐIỆN TỬ", "1. Sở Khoa học và Công nghệ chủ trì xây dựng hệ thống báo cáo."]);
    expect(found).toEqual([]);
  });
});

describe("duties assigned in prose, round 8: fields written beside the duty", () => {
  const head = ["KẾ HOẠCH", "Cải cách hành chính năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "Bảo đảm tiến độ."];

  it("a funding part: a sentence that starts with a body is its duty; one on the money itself is none", () => {
    const found = duties([
      ...head,
      "II. KINH PHÍ THỰC HIỆN",
      "Kinh phí thực hiện từ nguồn ngân sách nhà nước theo phân cấp hiện hành. Sở Tài chính tham mưu bố trí kinh phí trước ngày 31/3/2026.",
      "Các cơ quan, đơn vị xây dựng dự toán kinh phí cùng dự toán ngân sách hằng năm.",
      "III. TỔ CHỨC THỰC HIỆN",
      "1. Sở Nội vụ: hướng dẫn, theo dõi việc thực hiện Kế hoạch.",
    ]);
    expect(found.map((t) => [t.lead, t.task, t.deadline])).toEqual([
      [["Sở Tài chính"], "Tham mưu bố trí kinh phí trước ngày 31/3/2026.", ["trước ngày 31/3/2026"]],
      [["Các cơ quan, đơn vị"], "Xây dựng dự toán kinh phí cùng dự toán ngân sách hằng năm.", []],
      [["Sở Nội vụ"], "Hướng dẫn, theo dõi việc thực hiện Kế hoạch.", []],
    ]);
    // A funding part with no body at a sentence's start assigns nothing.
    expect(duties([...head, "II. KINH PHÍ", "Kinh phí thực hiện được bảo đảm từ nguồn chi thường xuyên của các cơ quan, đơn vị."])).toEqual([]);
  });

  it("a collective duty before 'Trong đó:' is a record; the single bodies after it are records with it as parent", () => {
    const found = duties([
      ...head,
      "II. TỔ CHỨC THỰC HIỆN",
      "1. Các sở, ban, ngành, UBND các xã căn cứ Kế hoạch này triển khai thực hiện. Trong đó:",
      "- Sở Y tế: chỉ đạo các cơ sở khám bệnh, chữa bệnh thực hiện thanh toán không dùng tiền mặt.",
      "- Sở Xây dựng: hướng dẫn cấp giấy phép xây dựng trực tuyến.",
      "2. Sở Tài chính: bố trí kinh phí.",
    ]);
    const parent = "Các sở, ban, ngành, UBND các xã căn cứ Kế hoạch này triển khai thực hiện.";
    expect(found.map((t) => [t.number, t.lead, t.parent, t.task])).toEqual([
      ["1", ["Các sở, ban, ngành", "UBND các xã"], null, "Căn cứ Kế hoạch này triển khai thực hiện."],
      [null, ["Sở Y tế"], parent, "Chỉ đạo các cơ sở khám bệnh, chữa bệnh thực hiện thanh toán không dùng tiền mặt."],
      [null, ["Sở Xây dựng"], parent, "Hướng dẫn cấp giấy phép xây dựng trực tuyến."],
      ["2", ["Sở Tài chính"], null, "Bố trí kinh phí."],
    ]);
  });

  it("a time line sets the deadline of the duty above it, never an activity; a partner line adds its partners", () => {
    const found = duties([
      ...head,
      "II. TỔ CHỨC THỰC HIỆN",
      "1. Sở Nội vụ: tổ chức Hội nghị tập huấn nghiệp vụ cải cách hành chính.",
      "- Thời hạn hoàn thành: trước ngày 30/9/2026.",
      "- Đơn vị phối hợp: Sở Tư pháp.",
      "2. Công an tỉnh:",
      "a) Tuyên truyền về dịch vụ công trực tuyến lĩnh vực cư trú.",
      "Thời gian thực hiện: Quý III/2026.",
      "b) Hướng dẫn sử dụng ứng dụng định danh điện tử.",
    ]);
    expect(found.map((t) => [t.lead, t.partners, t.activities, t.deadline])).toEqual([
      [["Sở Nội vụ"], ["Sở Tư pháp"], [], ["trước ngày 30/9/2026"]],
      [["Công an tỉnh"], [], ["b) Hướng dẫn sử dụng ứng dụng định danh điện tử."], ["Quý III/2026"]],
    ]);
  });

  it("an item naming no body is a duty when lines under it or its own end name the lead", () => {
    const found = duties([
      ...head,
      "II. TỔ CHỨC THỰC HIỆN",
      "1. Khảo sát mức độ hài lòng của người dân.",
      "- Cơ quan chủ trì: Sở Nội vụ.",
      "- Cơ quan phối hợp: Bưu điện tỉnh.",
      "- Sản phẩm: Báo cáo kết quả khảo sát.",
      "2. Công khai kết quả khảo sát trên Cổng Thông tin điện tử tỉnh – Đơn vị thực hiện: Văn phòng UBND tỉnh.",
      "3. Tập huấn cho công chức Bộ phận Một cửa (Chủ trì: Trung tâm Phục vụ hành chính công tỉnh; thời gian: tháng 8/2026).",
      "4. Tổng kết phong trào thi đua (Sở Nội vụ chủ trì, Ban Thi đua - Khen thưởng phối hợp).",
      "5. Tổ chức Ngày hội chuyển đổi số trong Tháng hành động (tháng 10/2026).",
      "6. Phòng Kinh tế, phối hợp với Phòng Văn hóa - Xã hội khảo sát nhu cầu của doanh nghiệp.",
      "7. Kiện toàn Ban Chỉ đạo cải cách hành chính tỉnh (Ban Chỉ đạo).",
    ]);
    expect(found.map((t) => [t.number, t.lead, t.partners, t.task, t.deadline, t.products])).toEqual([
      ["1", ["Sở Nội vụ"], ["Bưu điện tỉnh"], "Khảo sát mức độ hài lòng của người dân.", [], ["Báo cáo kết quả khảo sát"]],
      ["2", ["Văn phòng UBND tỉnh"], [], "Công khai kết quả khảo sát trên Cổng Thông tin điện tử tỉnh.", [], []],
      ["3", ["Trung tâm Phục vụ hành chính công tỉnh"], [], "Tập huấn cho công chức Bộ phận Một cửa.", ["tháng 8/2026"], []],
      ["4", ["Sở Nội vụ"], ["Ban Thi đua - Khen thưởng"], "Tổng kết phong trào thi đua.", [], []],
      ["6", ["Phòng Kinh tế"], ["Phòng Văn hóa - Xã hội"], "Phối hợp với Phòng Văn hóa - Xã hội khảo sát nhu cầu của doanh nghiệp.", [], []],
    ]);
  });

  it("'Trong đó, cụ thể như sau:' at the end, or 'Trong đó:' on a line of its own; a group heading without a colon", () => {
    const found = duties([
      ...head,
      "II. TỔ CHỨC THỰC HIỆN",
      "1. UBND các xã, phường có trách nhiệm rà soát, công khai thủ tục hành chính. Trong đó, cụ thể như sau:",
      "- UBND phường Bắc Giang: thí điểm tiếp nhận hồ sơ không phụ thuộc địa giới hành chính.",
      "2. Các sở, ngành có trách nhiệm số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.",
      "Trong đó:",
      "- Sở Tư pháp: số hóa sổ hộ tịch, hoàn thành trong Quý IV/2026.",
      "3. Các cơ quan khối Đảng, đoàn thể",
      "a) Hội Nông dân tỉnh: tuyên truyền hội viên nộp hồ sơ trực tuyến.",
    ]);
    expect(found.map((t) => [t.number, t.lead, t.task, t.activities])).toEqual([
      ["1", ["UBND các xã, phường"], "Có trách nhiệm rà soát, công khai thủ tục hành chính.", []],
      [null, ["UBND phường Bắc Giang"], "Thí điểm tiếp nhận hồ sơ không phụ thuộc địa giới hành chính.", []],
      ["2", ["Các sở, ngành"], "Có trách nhiệm số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.", []],
      [null, ["Sở Tư pháp"], "Số hóa sổ hộ tịch, hoàn thành trong Quý IV/2026.", []],
      ["a", ["Hội Nông dân tỉnh"], "Tuyên truyền hội viên nộp hồ sơ trực tuyến.", []],
    ]);
    expect(found[4]!.parent).toBe("Các cơ quan khối Đảng, đoàn thể");
  });

  it("'Trong đó:' is dropped only after a body's duty; an activity keeps it", () => {
    const found = duties([...head, "II. TỔ CHỨC THỰC HIỆN", "1. Sở Nội vụ:", "- Tổ chức 05 lớp tập huấn. Trong đó:", "+ 03 lớp cho công chức cấp xã."]);
    expect(found[0]).toMatchObject({ task: "Tổ chức 05 lớp tập huấn. Trong đó:", activities: ["03 lớp cho công chức cấp xã."] });
  });

  it("a line that only cites a document is no activity", () => {
    const found = duties([
      ...head,
      "II. TỔ CHỨC THỰC HIỆN",
      "1. Sở Tư pháp:",
      "- Rà soát văn bản quy phạm pháp luật của tỉnh.",
      "(Theo Kế hoạch số 12/KH-UBND ngày 10/01/2026 của UBND tỉnh)",
      "(Thực hiện theo Quyết định số 45/QĐ-UBND)",
      "- Báo cáo kết quả rà soát.",
      "(theo phụ lục kèm theo)",
    ]);
    expect(found[0]).toMatchObject({ task: "Rà soát văn bản quy phạm pháp luật của tỉnh.", activities: ["Báo cáo kết quả rà soát.", "(theo phụ lục kèm theo)"] });
  });
});

describe("bodiesInParentheses: the bodies alone in parentheses at an item's end", () => {
  it.each([
    ["Sở Tư pháp", ["Sở Tư pháp"], []],
    ["Văn phòng UBND tỉnh chủ trì, Sở Nội vụ phối hợp", ["Văn phòng UBND tỉnh"], ["Sở Nội vụ"]],
    ["Đoàn Thanh niên xã, Hội Cựu chiến binh xã", ["Đoàn Thanh niên xã", "Hội Cựu chiến binh xã"], []],
    ["Văn phòng UBND tỉnh chủ trì; Sở Nội vụ, Sở Tư pháp phối hợp", ["Văn phòng UBND tỉnh"], ["Sở Nội vụ", "Sở Tư pháp"]],
    ["Ban Chỉ đạo 35 tỉnh", ["Ban Chỉ đạo 35 tỉnh"], []],
  ])("%s", (text, lead, partners) => {
    expect(bodiesInParentheses(text)).toEqual({ lead, partners });
  });
  it.each(["tháng 6/2026", "Quý II năm 2026", "UBND tỉnh ban hành", "Công an tỉnh thực hiện", "theo Kế hoạch số 12/KH-UBND", "sau đây gọi tắt là Kế hoạch", "Phụ lục kèm theo", "cơ quan thường trực"])(
    "not: %s",
    (text) => {
      expect(bodiesInParentheses(text)).toBeUndefined();
    },
  );
});

describe("duties assigned in prose, round 9: abbreviations, places, 'Về …:' and a later 'giao'", () => {
  it("a body abbreviated in parentheses at an item's end leads; an abbreviation of the words before it does not", () => {
    expect(bodiesInParentheses("PNV")).toEqual({ lead: ["PNV"], partners: [] });
    expect(bodiesInParentheses("STP, SNV")).toEqual({ lead: ["STP", "SNV"], partners: [] });
    expect(bodiesInParentheses("SIPAS")).toBeUndefined();
    expect(ownAssignment("1. Kiểm tra an toàn phòng cháy, chữa cháy (PCCC).").own).toBeNull();
    expect(ownAssignment("1. Lồng ghép tuyên truyền trong các buổi phổ biến pháp luật (PTP).")).toEqual({
      heading: "1. Lồng ghép tuyên truyền trong các buổi phổ biến pháp luật.",
      own: "Chủ trì: PTP",
    });
  });
  it("'Về <topic>: giao X …' leads with X, the whole sentence the duty", () => {
    const text = "Về làm sạch dữ liệu hộ tịch: giao Sở Tư pháp chủ trì, phối hợp với CA tỉnh rà soát dữ liệu.";
    expect(readAgencyStart(text)).toEqual({ agency: "Sở Tư pháp", duty: text, keepWhole: true });
  });
  it("a paragraph that hands the work on by 'giao' in a later sentence: that sentence on is the duty", () => {
    const giao = "Để bảo đảm hậu cần, giao Công chức Tài chính - Kế toán chủ trì dự trù kinh phí.";
    expect(readAgencyStart(`Hằng năm, các hộ gia đình dự trữ lương thực. ${giao}`)).toEqual({ agency: "Công chức Tài chính - Kế toán", duty: giao, keepWhole: true });
    // Only "giao": a later sentence that merely starts with a body is no assignment of the paragraph.
    expect(readAgencyStart("Các hộ gia đình dự trữ lương thực. Sở Tài chính bố trí kinh phí.")).toBeUndefined();
    expect(readAgencyStart("Các hộ gia đình dự trữ lương thực. Kinh phí được giao trong dự toán.")).toBeUndefined();
  });
  it("several places before the colon: one duty, one lead per place; a sentence about places is none", () => {
    expect(readAgencyStart("Xã Đông Hòa, xã Đông Minh và thị trấn Rừng Thông: tổ chức điểm tuyên truyền.")?.agency).toBe("Xã Đông Hòa, xã Đông Minh và thị trấn Rừng Thông");
    expect(agencyList("Xã Đông Hòa, xã Đông Minh và thị trấn Rừng Thông")).toEqual(["Xã Đông Hòa", "Xã Đông Minh", "Thị trấn Rừng Thông"]);
    expect(readAgencyStart("Xã Đông Hòa, xã Đông Minh có nhiều thôn giáp ranh.")).toBeUndefined();
  });
});

describe("duties assigned in prose, round 9: a role before 'có trách nhiệm:'", () => {
  const head = ["KẾ HOẠCH", "Tuyên truyền năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao nhận thức."];
  it("'X là cơ quan thường trực, có trách nhiệm:' introduces its bullets as 'X có trách nhiệm:' does", () => {
    const found = duties([
      ...head,
      "II. TỔ CHỨC THỰC HIỆN",
      "1. Phòng Nội vụ là cơ quan thường trực, có trách nhiệm:",
      "- Theo dõi, đôn đốc thực hiện Kế hoạch.",
      "- Tổng hợp, báo cáo trước ngày 30/11/2026.",
      "2. Công an huyện là cơ quan thường trực, có trách nhiệm tổng hợp tình hình an ninh.",
    ]);
    expect(found.map((t) => [t.lead, t.task, t.activities])).toEqual([
      [["Phòng Nội vụ"], "Theo dõi, đôn đốc thực hiện Kế hoạch.", ["Tổng hợp, báo cáo trước ngày 30/11/2026."]],
      [["Công an huyện"], "Là cơ quan thường trực, có trách nhiệm tổng hợp tình hình an ninh.", []],
    ]);
  });
});

describe("duties assigned in prose (issue 17): partners written in the label's brackets", () => {
  const head = ["KẾ HOẠCH", "Cải cách hành chính năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "Bảo đảm tiến độ."];
  it("'X (Y phối hợp):', 'X (phối hợp: Y):', 'X (phối hợp với Y, Z):': X leads, the bracketed bodies are partners", () => {
    const found = duties([
      ...head,
      "II. TỔ CHỨC THỰC HIỆN",
      "1. Ban CHQS huyện (PNV phối hợp): Rà soát thủ tục hành chính lĩnh vực quân sự địa phương.",
      "2. Sở Y tế (Sở Tài chính phối hợp): Xây dựng kế hoạch đơn giản hóa thủ tục hành chính ngành y tế.",
      "3. Công an tỉnh (phối hợp: Sở Tư pháp): Đẩy mạnh thực hiện Đề án 06.",
      "4. Sở Công Thương (phối hợp với Sở Tài chính, Sở Xây dựng): Cắt giảm điều kiện kinh doanh.",
      "5. Sở Tài chính (cơ quan thường trực): Bố trí kinh phí thực hiện Kế hoạch.",
    ]);
    expect(found.map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["Ban CHQS huyện"], ["PNV"]],
      ["2", ["Sở Y tế"], ["Sở Tài chính"]],
      ["3", ["Công an tỉnh"], ["Sở Tư pháp"]],
      ["4", ["Sở Công Thương"], ["Sở Tài chính", "Sở Xây dựng"]],
      ["5", ["Sở Tài chính"], []],
    ]);
  });

  it("'(chủ trì)' after the last body of a label's list tags that one: the others are its partners", () => {
    const found = duties([
      ...head,
      "II. TỔ CHỨC THỰC HIỆN",
      "1. Sở Tư pháp, Văn phòng UBND tỉnh (chủ trì): Kiểm soát thủ tục hành chính.",
      "2. Sở Nội vụ (chủ trì), Sở Tài chính: Sắp xếp tổ chức bộ máy.",
      "3. Sở Y tế, Sở Giáo dục và Đào tạo: Số hóa hồ sơ.",
    ]);
    expect(found.map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["Văn phòng UBND tỉnh"], ["Sở Tư pháp"]],
      ["2", ["Sở Nội vụ"], ["Sở Tài chính"]],
      ["3", ["Sở Y tế", "Sở Giáo dục và Đào tạo"], []],
    ]);
  });
});

describe("duties assigned in prose, round 10 (issue 17): short forms, joint leads, roles in the label, fields closing the paragraph", () => {
  const head = ["KẾ HOẠCH", "Cải cách hành chính năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "Bảo đảm tiến độ."];
  it("'P. Nội vụ', 'P.Tư pháp', 'TT VH-TT&TT', 'BQL dự án …' lead; 'TTHC:', 'QĐ-UBND …', 'TT-BNV …' never do", () => {
    const found = duties([
      ...head,
      "II. TỔ CHỨC THỰC HIỆN",
      "1. P. Nội vụ: chủ trì, phối hợp với P. Tư pháp kiểm tra công tác cải cách hành chính.",
      "2. P.Tư pháp: rà soát văn bản quy phạm pháp luật.",
      "3. TT VH-TT&TT: phát sóng chuyên mục cải cách hành chính.",
      "4. BQL dự án đầu tư xây dựng huyện: công khai tiến độ các dự án.",
      "5. TTHC: rà soát, công bố danh mục.",
      "6. QĐ-UBND tỉnh ngày 10/01/2026 quy định danh mục.",
      "7. TT-BNV hướng dẫn chấm điểm chỉ số.",
    ]);
    expect(found.map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["P. Nội vụ"], ["P. Tư pháp"]],
      ["2", ["P.Tư pháp"], []],
      ["3", ["TT VH-TT&TT"], []],
      ["4", ["BQL dự án đầu tư xây dựng huyện"], []],
    ]);
    expect(found[3]!.task).toBe("Công khai tiến độ các dự án.");
  });

  it("'(đồng chủ trì)', 'cùng chủ trì', 'đồng chủ trì' after a list: every body of it leads; 'A cùng B' names two", () => {
    const found = duties([
      ...head,
      "II. TỔ CHỨC THỰC HIỆN",
      "1. Sở Nội vụ, Sở Tư pháp (đồng chủ trì): Hướng dẫn đánh giá chỉ số cải cách hành chính.",
      "2. Sở Nội vụ (chủ trì), Sở Tư pháp (đồng chủ trì), Sở Tài chính: Tổ chức hội nghị.",
      "3. Phòng Văn hóa và Thông tin, Phòng Nội vụ cùng chủ trì tổ chức Hội thi.",
      "4. Sở Y tế, Sở Tài chính đồng chủ trì, phối hợp với Báo Lâm Đồng tuyên truyền.",
      "5. Sở Giáo dục và Đào tạo cùng Sở Nội vụ tổ chức tập huấn.",
    ]);
    expect(found.map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["Sở Nội vụ", "Sở Tư pháp"], []],
      ["2", ["Sở Nội vụ", "Sở Tư pháp"], ["Sở Tài chính"]],
      ["3", ["Phòng Văn hóa và Thông tin", "Phòng Nội vụ"], []],
      ["4", ["Sở Y tế", "Sở Tài chính"], ["Báo Lâm Đồng"]],
      ["5", ["Sở Giáo dục và Đào tạo", "Sở Nội vụ"], []],
    ]);
    expect(found[2]!.task).toBe("Cùng chủ trì tổ chức Hội thi.");
  });

  it("roles in the label ('X chủ trì, Y phối hợp:', 'X, Y - chủ trì:'); '; Y phối hợp …' after 'X chủ trì' is its partner", () => {
    const found = duties([
      ...head,
      "II. TỔ CHỨC THỰC HIỆN",
      "1. Sở Y tế chủ trì, Sở Tài chính phối hợp: bố trí kinh phí mua sắm trang thiết bị.",
      "2. Sở Tư pháp, Văn phòng UBND tỉnh - chủ trì: rà soát, đơn giản hóa thủ tục hành chính.",
      "3. Giao Sở Công Thương chủ trì; Sở Xây dựng phối hợp kiểm tra thị trường.",
      "4. Sở Nội vụ chủ trì tổ chức hội nghị: mời đại biểu các sở.",
      "5. Các sở, ngành báo cáo trước ngày 15/12/2026; Sở Nội vụ tổng hợp, báo cáo UBND tỉnh.",
    ]);
    expect(found.map((t) => [t.number, t.lead, t.partners, t.task])).toEqual([
      ["1", ["Sở Y tế"], ["Sở Tài chính"], "Bố trí kinh phí mua sắm trang thiết bị."],
      ["2", ["Sở Tư pháp", "Văn phòng UBND tỉnh"], [], "Rà soát, đơn giản hóa thủ tục hành chính."],
      ["3", ["Sở Công Thương"], ["Sở Xây dựng"], "Chủ trì; Sở Xây dựng phối hợp kiểm tra thị trường."],
      ["4", ["Sở Nội vụ"], [], "Chủ trì tổ chức hội nghị: mời đại biểu các sở."],
      ["5", ["Các sở, ngành"], [], "Báo cáo trước ngày 15/12/2026."],
      ["5", ["Sở Nội vụ"], [], "Tổng hợp, báo cáo UBND tỉnh."],
    ]);
  });

  it("field sentences closing a body's paragraph are its fields; an item's last sentence that assigns names its lead", () => {
    const found = duties([
      ...head,
      "II. TỔ CHỨC THỰC HIỆN",
      "1. Sở Nội vụ: Chủ trì kiểm tra công tác cải cách hành chính trong năm 2026. Thời gian thực hiện: Quý III/2026.",
      "2. Sở Tư pháp: Rà soát thủ tục hành chính. Đơn vị phối hợp: Văn phòng UBND tỉnh; thời gian: trước ngày 30/6/2026.",
      "3. Tổ chức Hội nghị sơ kết. Chủ trì thực hiện: Văn phòng UBND tỉnh; phối hợp: Sở Tài chính; thời gian: tháng 7/2026.",
      "4. Tổ chức tọa đàm. Thực hiện: theo kế hoạch riêng.",
    ]);
    expect(found.map((t) => [t.number, t.lead, t.partners, t.task, t.deadline])).toEqual([
      ["1", ["Sở Nội vụ"], [], "Chủ trì kiểm tra công tác cải cách hành chính trong năm 2026.", ["Quý III/2026"]],
      ["2", ["Sở Tư pháp"], ["Văn phòng UBND tỉnh"], "Rà soát thủ tục hành chính.", ["trước ngày 30/6/2026"]],
      ["3", ["Văn phòng UBND tỉnh"], ["Sở Tài chính"], "Tổ chức Hội nghị sơ kết.", ["tháng 7/2026"]],
    ]);
  });

  it("'… do X chủ trì, phối hợp với Y …', '(X chủ trì, phối hợp với Y; hoàn thành trong …)', 'Cơ quan chủ trì: X, phối hợp với Y'", () => {
    const found = duties([
      ...head,
      "II. TỔ CHỨC THỰC HIỆN",
      "1. Tổ chức tập huấn nghiệp vụ kiểm soát thủ tục hành chính (Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp; hoàn thành trong Quý II/2026).",
      "2. Xây dựng bộ tài liệu tuyên truyền do Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Báo Lâm Đồng thực hiện trong tháng 5/2026.",
      "3. Kiểm tra công vụ đột xuất. Cơ quan chủ trì: Sở Nội vụ, phối hợp với Thanh tra tỉnh.",
      "4. Kinh phí thực hiện do ngân sách tỉnh bảo đảm.",
    ]);
    expect(found.map((t) => [t.number, t.lead, t.partners, t.task, t.deadline])).toEqual([
      ["1", ["Sở Nội vụ"], ["Sở Tư pháp"], "Tổ chức tập huấn nghiệp vụ kiểm soát thủ tục hành chính.", ["hoàn thành trong Quý II/2026"]],
      [
        "2",
        ["Sở Văn hóa, Thể thao và Du lịch"],
        ["Báo Lâm Đồng"],
        "Xây dựng bộ tài liệu tuyên truyền do Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Báo Lâm Đồng thực hiện trong tháng 5/2026.",
        ["trong tháng 5/2026"],
      ],
      ["3", ["Sở Nội vụ"], ["Thanh tra tỉnh"], "Kiểm tra công vụ đột xuất.", []],
    ]);
  });

  it("a partner's name ends at its level word when the duty's words follow", () => {
    expect(partnersIn(["Phối hợp với BQL dự án huyện giải phóng mặt bằng, hoàn thành trước ngày 30/9/2026."])).toEqual(["BQL dự án huyện"]);
    expect(partnersIn(["Phối hợp với các cơ quan cấp huyện có liên quan rà soát."])).toEqual(["các cơ quan cấp huyện có liên quan"]);
    expect(partnersIn(["Phối hợp với UBND huyện Chợ Mới và các xã giải phóng mặt bằng."])).toEqual(["UBND huyện Chợ Mới", "các xã"]);
  });
});

describe("duties assigned in prose, round 20: a body whose name lists its function", () => {
  const head = ["KẾ HOẠCH", "Cải cách hành chính năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "Bảo đảm tiến độ.", "II. PHÂN CÔNG NHIỆM VỤ"];
  it("a verb 'chủ trì' follows directly is part of the name; a verb before 'phối hợp với' still opens the duty", () => {
    const found = duties([
      ...head,
      "1. Phòng Quản lý xây dựng chủ trì, phối hợp với Văn phòng Sở rút ngắn thời gian cấp giấy phép xây dựng.",
      "2. Chi cục Quản lý chất lượng nông lâm sản chủ trì kiểm tra an toàn thực phẩm.",
      "3. Sở Y tế tăng cường phối hợp với Công an tỉnh kiểm soát tiền chất.",
      "4. Sở Tư pháp hướng dẫn, chủ trì tổng hợp kết quả.",
    ]);
    expect(found.map((t) => [t.lead, t.task])).toEqual([
      [["Phòng Quản lý xây dựng"], "Chủ trì, phối hợp với Văn phòng Sở rút ngắn thời gian cấp giấy phép xây dựng."],
      [["Chi cục Quản lý chất lượng nông lâm sản"], "Chủ trì kiểm tra an toàn thực phẩm."],
      [["Sở Y tế"], "Tăng cường phối hợp với Công an tỉnh kiểm soát tiền chất."],
      [["Sở Tư pháp"], "Hướng dẫn, chủ trì tổng hợp kết quả."],
    ]);
  });
});
