/**
 * Prose plans of round 9 (fixtures/prose p38–p41, written by the team; see its README): bodies written as
 * abbreviations ("CA tỉnh", "BCH Quân sự xã", "Sở TT&TT", "Sở LĐ-TB&XH", "Phòng VH-TT", and at an item's end "(PNV)",
 * "(STP, SNV)", "(VP UBND tỉnh)", beside "(SIPAS)", which names no body), several places on one duty line ("Xã A, xã
 * B, thị trấn C: …": one record, one lead per place), requests to bodies the issuer cannot order ("Đề nghị …"), duties
 * under "Trách nhiệm của …" / "Nhiệm vụ của …" / "… có trách nhiệm:", a "giao X chủ trì, phối hợp với Y, Z …"
 * sentence after a lead-in or in mid-paragraph, "X là cơ quan thường trực, có trách nhiệm …", collective leads.
 * Every expected record was written from reading the plan against CONTRACT.md before cchc ran on it. Records come in
 * the pipeline's order: the task section's records first, then the duties of the assigning part.
 */
import { describe, expect, it } from "vitest";
import { none, plan } from "./prose-plan.js";

const year2024 = { start: "2024-01-01", end: "2024-12-31" };
const year2026 = { start: "2026-01-01", end: "2026-12-31" };

describe("p38: abbreviated bodies at line starts ('CA tỉnh', 'Sở TT&TT', 'BCH Quân sự tỉnh'), 'Về …: giao X chủ trì, phối hợp với Y, Z'", () => {
  const found = plan("p38_tinh-ha-giang-de-an-06-2024.txt");
  it("eight duties, one per item; the tasks part names no body and gives none", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners, t.parent])).toEqual([
      ["1", ["CA tỉnh"], ["các sở, ngành"], null],
      ["2", ["Sở TT&TT"], [], null],
      ["3", ["Sở LĐ-TB&XH"], ["CA tỉnh"], null],
      ["4", ["Sở KH&ĐT"], [], null],
      ["5", ["Sở Tư pháp"], ["CA tỉnh", "UBND các huyện, thành phố"], null],
      ["6", ["BCH Quân sự tỉnh"], ["Công an cùng cấp"], null],
      ["7", ["UBND các huyện, thành phố"], [], null],
      ["8", ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức chính trị - xã hội tỉnh"], [], null],
    ]);
    expect(found().tasks.every((t) => t.origin === "inline" && t.table === null)).toBe(true);
  });
  it("tasks without their labels; the bullets of item 7 its task and activity", () => {
    const tasks = found().tasks;
    expect(tasks.map((t) => t.task)).toEqual([
      "Chủ trì, phối hợp với các sở, ngành theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 15/12/2024.",
      "Chủ trì nâng cấp hạ tầng truyền dẫn, bảo đảm kết nối Cổng Dịch vụ công của tỉnh với Cơ sở dữ liệu quốc gia về dân cư, hoàn thành trong Quý II/2024.",
      "Phối hợp với CA tỉnh làm sạch dữ liệu người có công, người hưởng trợ cấp bảo trợ xã hội, hoàn thành trước ngày 30/6/2024.",
      "Tham mưu UBND tỉnh bố trí vốn đầu tư công cho các dự án chuyển đổi số theo Kế hoạch.",
      "Về làm sạch dữ liệu hộ tịch: giao Sở Tư pháp chủ trì, phối hợp với CA tỉnh, UBND các huyện, thành phố rà soát, cập nhật dữ liệu hộ tịch vào Cơ sở dữ liệu quốc gia về dân cư, hoàn thành trong tháng 9/2024.",
      "Chỉ đạo Ban CHQS các huyện, thành phố phối hợp với Công an cùng cấp cập nhật thông tin công dân trong độ tuổi nhập ngũ.",
      "Căn cứ Kế hoạch này xây dựng kế hoạch triển khai tại địa phương, gửi về CA tỉnh trước ngày 31/3/2024.",
      "Tuyên truyền, vận động hội viên, đoàn viên đăng ký tài khoản định danh điện tử.",
    ]);
    expect(tasks[6]!.activities).toEqual([
      "Chỉ đạo UBND các xã, phường, thị trấn tổ chức thu nhận hồ sơ cấp căn cước, định danh điện tử cho người dân tại thôn, bản.",
    ]);
    for (const task of tasks.filter((_, i) => i !== 6)) expect(task.activities).toEqual([]);
  });
  it("times: by 15/12; within Q2; by 30/6; none; within September; none; by 31/3; none", () => {
    const tasks = found().tasks;
    expect(tasks[0]!.deadline).toMatchObject({ start: null, end: "2024-12-15" });
    expect(tasks[1]!.deadline).toMatchObject({ start: null, end: "2024-06-30" });
    expect(tasks[2]!.deadline).toMatchObject({ start: null, end: "2024-06-30" });
    expect(tasks[3]!.deadline).toMatchObject(none);
    expect(tasks[4]!.deadline).toMatchObject({ start: null, end: "2024-09-30" });
    expect(tasks[5]!.deadline).toMatchObject(none);
    expect(tasks[6]!.deadline).toMatchObject({ start: null, end: "2024-03-31" });
    expect(tasks[7]!.deadline).toMatchObject(none);
  });
  it("header and sections", () => {
    expect(found().meta).toMatchObject({ number: "58/KH-UBND", date: "2024-02-26", level: "tinh", year: 2024 });
    expect(found().sections.map((s) => s.numeral)).toEqual(["I", "II", "III"]);
  });
});

describe("p39: tasks ending '(PNV)', '(Phòng VH-TT)', '(SIPAS)'; 'Trách nhiệm của …', 'Nhiệm vụ của …', '… có trách nhiệm:'; three places on one line", () => {
  const found = plan("p39_huyen-dong-son-tuyen-truyen-cchc-2024.md");
  const communes = "Các xã, thị trấn";
  it("five tasks (the last naming no body), then seven duties", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners, t.parent])).toEqual([
      ["1", ["VP HĐND & UBND"], [], null],
      ["2", ["Phòng VH-TT"], [], null],
      ["3", ["PNV"], [], null],
      ["4", ["PTP"], [], null],
      ["5", [], [], null],
      ["1", ["Phòng Nội vụ"], [], null],
      ["2", ["Phòng Văn hóa và Thông tin"], ["Trung tâm Văn hóa, Thông tin và Thể thao huyện"], null],
      ["3", ["Trung tâm Văn hóa, Thông tin và Thể thao huyện"], [], null],
      ["4", ["Các phòng, ban, ngành, đơn vị cấp huyện"], [], null],
      [null, ["Xã Đông Hòa", "Xã Đông Minh", "Thị trấn Rừng Thông"], [], communes],
      [null, ["UBND các xã, thị trấn còn lại"], [], communes],
      ["6", ["Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "các tổ chức chính trị - xã hội huyện"], [], null],
    ]);
  });
  it("the task is the sentence without the body in parentheses; '(SIPAS)' names none and stays", () => {
    const tasks = found().tasks;
    expect(tasks.map((t) => t.task)).toEqual([
      "Tuyên truyền kết quả cải cách hành chính của huyện trên Trang thông tin điện tử huyện, định kỳ hằng tháng.",
      "Phổ biến các thủ tục hành chính mới ban hành, sửa đổi trên hệ thống truyền thanh cơ sở.",
      "Tổ chức Hội thi tìm hiểu về cải cách hành chính cho cán bộ, công chức cấp xã, hoàn thành trong Quý III/2024.",
      "Lồng ghép tuyên truyền cải cách hành chính trong các buổi phổ biến, giáo dục pháp luật.",
      "Khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính (SIPAS).",
      "Là cơ quan thường trực, tham mưu UBND huyện theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch.",
      "Hướng dẫn các xã, thị trấn tuyên truyền cải cách hành chính trên hệ thống truyền thanh cơ sở.",
      "Đưa tin, bài về cải cách hành chính trên sóng phát thanh của huyện.",
      "Căn cứ chức năng, nhiệm vụ lồng ghép tuyên truyền cải cách hành chính trong hoạt động chuyên môn.",
      "Tổ chức điểm tuyên truyền trực quan về dịch vụ công trực tuyến tại Bộ phận Một cửa, hoàn thành trước ngày 30/6/2024.",
      "Tuyên truyền cải cách hành chính qua hệ thống loa truyền thanh, định kỳ hằng quý báo cáo kết quả về Phòng Nội vụ.",
      "Phối hợp tuyên truyền, vận động đoàn viên, hội viên và Nhân dân tham gia giám sát việc giải quyết thủ tục hành chính.",
    ]);
    expect(tasks.map((t) => t.activities)).toEqual([
      [], [], [], [], [],
      ["Tổng hợp kết quả, báo cáo UBND huyện trước ngày 30/11/2024."],
      ["Phối hợp với Trung tâm Văn hóa, Thông tin và Thể thao huyện xây dựng phóng sự chuyên đề, hoàn thành trong tháng 10/2024."],
      ["Phát sóng phóng sự chuyên đề về cải cách hành chính trong Quý IV/2024."],
      [], [], [], [],
    ]);
  });
  it("times: monthly; none; within Q3; none; none; by 30/11; within October; Q4; none; by 30/6; quarterly; none", () => {
    const tasks = found().tasks;
    expect(tasks[0]!.deadline).toMatchObject({ ...year2024, recurrence: "monthly" });
    expect(tasks[1]!.deadline).toMatchObject(none);
    expect(tasks[2]!.deadline).toMatchObject({ start: null, end: "2024-09-30" });
    expect(tasks[3]!.deadline).toMatchObject(none);
    expect(tasks[4]!.deadline).toMatchObject(none);
    expect(tasks[5]!.deadline).toMatchObject({ start: null, end: "2024-11-30" });
    expect(tasks[6]!.deadline).toMatchObject({ start: null, end: "2024-10-31" });
    expect(tasks[7]!.deadline).toMatchObject({ start: "2024-10-01", end: "2024-12-31" });
    expect(tasks[8]!.deadline).toMatchObject(none);
    expect(tasks[9]!.deadline).toMatchObject({ start: null, end: "2024-06-30" });
    expect(tasks[10]!.deadline).toMatchObject({ ...year2024, recurrence: "quarterly" });
    expect(tasks[11]!.deadline).toMatchObject(none);
  });
  it("header and sections", () => {
    expect(found().meta).toMatchObject({ number: "27/KH-UBND", date: "2024-01-15", level: "huyen", year: 2024 });
    expect(found().sections.map((s) => s.numeral)).toEqual(["I", "II", "III"]);
  });
});

describe("p40 (HTML): 'Nhiệm vụ của …' over 'X là cơ quan thường trực, có trách nhiệm …', 'BCH Quân sự xã' with 'CA xã', 'giao …' in mid-paragraph", () => {
  const found = plan("p40_xa-muong-lat-phong-chong-thien-tai-2026.html");
  it("seven duties", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners, t.parent])).toEqual([
      ["1", ["Văn phòng HĐND và UBND xã"], [], null],
      ["2", ["BCH Quân sự xã"], ["CA xã"], null],
      ["3", ["Công an xã"], [], null],
      ["4", ["Trạm Y tế xã"], [], null],
      [null, ["Công chức Tài chính - Kế toán"], ["Công chức Văn phòng - Thống kê", "Trưởng các bản"], "Công tác bảo đảm hậu cần"],
      ["6", ["Các ban, ngành, đoàn thể xã", "Trưởng các bản"], [], null],
      ["7", ["Ủy ban Mặt trận Tổ quốc Việt Nam xã", "các tổ chức chính trị - xã hội xã"], [], null],
    ]);
  });
  it("tasks: the 'giao' sentence, not the households' sentence before it", () => {
    const tasks = found().tasks;
    expect(tasks.map((t) => t.task)).toEqual([
      "Là cơ quan thường trực, có trách nhiệm tham mưu UBND xã kiện toàn Ban Chỉ huy phòng thủ dân sự xã, hoàn thành trước ngày 31/3/2026.",
      "Chủ trì, phối hợp với CA xã xây dựng phương án sơ tán dân cư vùng có nguy cơ sạt lở đất, lũ quét, hoàn thành trong tháng 5/2026.",
      "Bảo đảm an ninh trật tự tại khu vực xảy ra thiên tai.",
      "Chuẩn bị cơ số thuốc, hóa chất xử lý môi trường, sẵn sàng cấp cứu người bị nạn.",
      "Để bảo đảm hậu cần cho lực lượng ứng cứu, giao Công chức Tài chính - Kế toán chủ trì, phối hợp với Công chức Văn phòng - Thống kê, Trưởng các bản dự trù kinh phí, vật tư, trình UBND xã phê duyệt trước ngày 30/4/2026.",
      "Căn cứ nhiệm vụ được giao, chủ động xây dựng phương án phòng, chống thiên tai tại bản, khu dân cư.",
      "Vận động Nhân dân chủ động phòng, chống thiên tai, tham gia khắc phục hậu quả sau thiên tai.",
    ]);
    expect(tasks.map((t) => t.activities)).toEqual([
      ["Theo dõi, tổng hợp tình hình thiên tai, báo cáo UBND xã và cấp trên theo quy định."],
      [],
      ["Phân luồng, hướng dẫn giao thông tại các ngầm tràn, đoạn đường bị ngập."],
      [], [], [], [],
    ]);
  });
  it("times: by 31/3; within May; none; none; by 30/4 (the households' 'Hằng năm' is not the body's); none; none", () => {
    const tasks = found().tasks;
    expect(tasks[0]!.deadline).toMatchObject({ start: null, end: "2026-03-31" });
    expect(tasks[1]!.deadline).toMatchObject({ start: null, end: "2026-05-31" });
    expect(tasks[2]!.deadline).toMatchObject(none);
    expect(tasks[3]!.deadline).toMatchObject(none);
    expect(tasks[4]!.deadline).toMatchObject({ start: null, end: "2026-04-30", recurrence: null });
    expect(tasks[5]!.deadline).toMatchObject(none);
    expect(tasks[6]!.deadline).toMatchObject(none);
  });
  it("header and sections", () => {
    expect(found().source.format).toBe("html");
    expect(found().meta).toMatchObject({ number: "15/KH-UBND", date: "2026-03-09", level: "xa", year: 2026 });
    expect(found().sections.map((s) => s.numeral)).toEqual(["I", "II"]);
  });
});

describe("p41: tasks ending '(VP UBND tỉnh)', '(STP, SNV)', '(SNN&MT)', '(SIPAS)'; 'Trách nhiệm của …' over a) b) c); three bodies requested", () => {
  const found = plan("p41_tinh-quang-tri-kiem-soat-tthc-2026.txt");
  const group = "Trách nhiệm của các sở, ban, ngành tỉnh";
  it("four tasks (the last naming no body), then five duties", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners, t.parent])).toEqual([
      ["1", ["VP UBND tỉnh"], [], null],
      ["2", ["STP", "SNV"], [], null],
      ["3", ["SNN&MT"], [], null],
      ["4", [], [], null],
      ["a", ["Văn phòng UBND tỉnh"], [], group],
      ["b", ["Sở Nội vụ"], [], group],
      ["c", ["Sở TC"], [], group],
      ["2", ["Các sở, ban, ngành", "UBND cấp xã"], [], null],
      ["3", ["Liên đoàn Lao động tỉnh", "Tỉnh đoàn", "Hội Liên hiệp Phụ nữ tỉnh"], [], null],
    ]);
  });
  it("tasks and activities", () => {
    const tasks = found().tasks;
    expect(tasks.map((t) => t.task)).toEqual([
      "Công bố, công khai kịp thời danh mục thủ tục hành chính mới ban hành, sửa đổi, bổ sung trên Cơ sở dữ liệu quốc gia về thủ tục hành chính.",
      "Rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh, hoàn thành trong Quý III/2026.",
      "Kiểm tra việc giải quyết thủ tục hành chính lĩnh vực đất đai tại các xã, phường.",
      "Tổ chức đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS).",
      "Hướng dẫn, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch.",
      "Có trách nhiệm đưa kết quả kiểm soát thủ tục hành chính vào tiêu chí chấm điểm Chỉ số cải cách hành chính năm 2026 của các cơ quan, đơn vị.",
      "Bố trí kinh phí thực hiện Kế hoạch trong dự toán năm 2026 của các cơ quan, đơn vị.",
      "Căn cứ Kế hoạch này xây dựng kế hoạch của cơ quan, đơn vị mình; định kỳ hằng quý báo cáo tình hình, kết quả kiểm soát thủ tục hành chính về Văn phòng UBND tỉnh.",
      "Phối hợp tuyên truyền, vận động đoàn viên, hội viên thực hiện thủ tục hành chính trên môi trường điện tử.",
    ]);
    expect(tasks[4]!.activities).toEqual(["Tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 05/12/2026."]);
    for (const task of tasks.filter((_, i) => i !== 4)) expect(task.activities).toEqual([]);
  });
  it("times: none; within Q3; none; none; by 05/12; none; none; quarterly; none", () => {
    const tasks = found().tasks;
    expect(tasks[0]!.deadline).toMatchObject(none);
    expect(tasks[1]!.deadline).toMatchObject({ start: null, end: "2026-09-30" });
    expect(tasks[2]!.deadline).toMatchObject(none);
    expect(tasks[3]!.deadline).toMatchObject(none);
    expect(tasks[4]!.deadline).toMatchObject({ start: null, end: "2026-12-05" });
    expect(tasks[5]!.deadline).toMatchObject(none);
    expect(tasks[6]!.deadline).toMatchObject(none);
    expect(tasks[7]!.deadline).toMatchObject({ ...year2026, recurrence: "quarterly" });
    expect(tasks[8]!.deadline).toMatchObject(none);
  });
  it("header and sections", () => {
    expect(found().meta).toMatchObject({ number: "44/KH-UBND", date: "2026-01-28", level: "tinh", year: 2026 });
    expect(found().sections.map((s) => s.numeral)).toEqual(["I", "II", "III"]);
  });
});
