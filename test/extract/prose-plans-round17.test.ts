/**
 * Prose plans of round 17 (fixtures/prose p65–p69, written by the team; see its README): a person's assignment line
 * ("Phân công đồng chí Nguyễn Văn Hải, Phó Chủ tịch UBND xã …"); one person holding two offices ("Đồng chí Hoàng Thị
 * Lan, Phó Chủ tịch UBND xã, Trưởng Ban Chỉ đạo chuyển đổi số xã chỉ đạo …"), one lead; a person's name after the
 * office ("Phó Hiệu trưởng Nguyễn Thị Mai:", "Phó Giám đốc Sở Trần Quốc Toản, …"), dropped from the lead; a school's
 * staff posts as duty labels ("Hiệu trưởng:", "Giáo viên chủ nhiệm:", "Nhân viên kế toán:", "Tổng phụ trách Đội:");
 * bodies as headings in capitals ("1. CÔNG AN TỈNH", "4. SỞ NỘI VỤ"); "Các cơ quan, đơn vị (có tên tại Phụ lục kèm
 * theo):"; "Đề nghị" to bodies outside the issuer's command (CONTRACT.md: the body leads, "Đề nghị" dropped).
 * Every expected record was written from reading the plan against CONTRACT.md, before cchc ran on it.
 */
import { describe, expect, it } from "vitest";
import { readAgencyStart } from "../../src/extract/duties.js";
import { parsePlan } from "../../src/pipeline.js";
import type { PlanDocument } from "../../src/schema/plan.js";
import { none, plan } from "./prose-plan.js";

describe("p65: a commune's plan, a person's assignment line, one person holding two offices, commune officials' labels", () => {
  const found = plan("p65_xa-ham-yen-cai-cach-hanh-chinh-2026.txt");
  it("seven duties of 'III. TỔ CHỨC THỰC HIỆN', none from the tasks part that names no body", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["Phó Chủ tịch UBND xã"], []],
      ["2", ["Phó Chủ tịch UBND xã - Trưởng Ban Chỉ đạo chuyển đổi số xã"], []],
      ["3", ["Phòng Văn hóa - Xã hội"], ["Đoàn Thanh niên xã"]],
      ["4", ["Bộ phận Một cửa"], []],
      ["5", ["Công chức Văn phòng - Thống kê"], []],
      ["6", ["Công chức Tài chính - Kế toán"], []],
      ["7", ["Ủy ban MTTQ Việt Nam xã", "các tổ chức chính trị - xã hội xã"], []],
    ]);
    expect(found().tasks.every((t) => t.origin === "inline" && t.table === null && t.parent === null)).toBe(true);
  });
  it("duties without 'Phân công', 'Đồng chí', the person's name or the offices", () => {
    const tasks = found().tasks;
    expect(tasks[0]!.task).toBe("Trực tiếp chỉ đạo, đôn đốc việc triển khai Kế hoạch; định kỳ hằng quý nghe báo cáo kết quả thực hiện.");
    expect(tasks[1]!.task).toBe("Chỉ đạo rà soát, số hóa hồ sơ, kết quả giải quyết thủ tục hành chính, hoàn thành trong Quý III/2026.");
    expect(tasks[2]).toMatchObject({
      task: "Tham mưu UBND xã tổ chức tuyên truyền về cải cách hành chính trên hệ thống loa truyền thanh hằng tháng.",
      activities: [
        "Phối hợp với Đoàn Thanh niên xã hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID.",
        "Tổng hợp kết quả tuyên truyền, gửi Văn phòng HĐND và UBND xã trước ngày 25/11/2026.",
      ],
    });
    expect(tasks[3]!.task).toBe("Niêm yết công khai, đầy đủ thủ tục hành chính; tiếp nhận, giải quyết hồ sơ đúng hạn, không để hồ sơ trễ hạn.");
    expect(tasks[4]!.task).toBe("Tổng hợp, xây dựng báo cáo cải cách hành chính quý, 6 tháng, năm gửi UBND tỉnh đúng thời hạn.");
    expect(tasks[5]!.task).toBe("Bố trí kinh phí thực hiện Kế hoạch từ nguồn ngân sách xã năm 2026.");
    expect(tasks[6]!.task).toBe("Phối hợp giám sát việc giải quyết thủ tục hành chính.");
  });
  it("times: quarterly; by the end of Q3; monthly and by 25/11; none (a budget year is no deadline)", () => {
    const deadlines = found().tasks.map((t) => t.deadline);
    expect(deadlines[0]).toMatchObject({ start: "2026-01-01", end: "2026-12-31", recurrence: "quarterly" });
    expect(deadlines[1]).toMatchObject({ start: null, end: "2026-09-30" });
    expect(deadlines[2]).toMatchObject({ start: null, end: "2026-12-31" });
    for (const k of [3, 4, 5, 6]) expect(deadlines[k]).toMatchObject(none);
  });
  it("header", () => {
    expect(found().meta).toMatchObject({ docType: "ke_hoach", number: "18/KH-UBND", date: "2026-01-09", level: "xa", year: 2026 });
  });
});

describe("p66: a school's plan, its staff posts as bold duty labels, a deputy named after the office", () => {
  const found = plan("p66_truong-thcs-le-quy-don-chuyen-doi-so-2026.md");
  it("seven duties of 'III. TỔ CHỨC THỰC HIỆN', each post one lead, the name dropped", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["Hiệu trưởng"], []],
      ["2", ["Phó Hiệu trưởng"], []],
      ["3", ["Tổ trưởng chuyên môn"], []],
      ["4", ["Giáo viên chủ nhiệm"], []],
      ["5", ["Nhân viên kế toán"], []],
      ["6", ["Nhân viên văn thư"], []],
      ["7", ["Tổng phụ trách Đội"], []],
    ]);
  });
  it("duties", () => {
    expect(found().tasks.map((t) => t.task)).toEqual([
      "Chỉ đạo chung; phân công nhiệm vụ cho cán bộ, giáo viên, nhân viên; kiểm tra việc thực hiện Kế hoạch định kỳ hằng tháng.",
      "Chủ trì triển khai học bạ số, hoàn thành ký số học bạ trước ngày 31/5/2026.",
      "Xây dựng kế hoạch ứng dụng công nghệ thông tin của tổ; kiểm tra hồ sơ điện tử của giáo viên trong tổ.",
      "Cập nhật đầy đủ thông tin học sinh trên cơ sở dữ liệu ngành; hướng dẫn cha mẹ học sinh nộp các khoản thu qua tài khoản ngân hàng.",
      "Triển khai thu các khoản thu không dùng tiền mặt trong tháng 02/2026.",
      "Số hóa văn bản đến, văn bản đi; lưu trữ hồ sơ điện tử theo quy định.",
      "Tuyên truyền đến học sinh về bảo vệ thông tin cá nhân trên môi trường mạng.",
    ]);
  });
  it("times: monthly; by 31/5; none; none; February; none; none", () => {
    const deadlines = found().tasks.map((t) => t.deadline);
    expect(deadlines[0]).toMatchObject({ start: "2026-01-01", end: "2026-12-31", recurrence: "monthly" });
    expect(deadlines[1]).toMatchObject({ start: null, end: "2026-05-31" });
    expect(deadlines[4]).toMatchObject({ start: "2026-02-01", end: "2026-02-28" });
    for (const k of [2, 3, 5, 6]) expect(deadlines[k]).toMatchObject(none);
  });
  it("header", () => {
    expect(found().meta).toMatchObject({ docType: "ke_hoach", number: "46/KH-THCSLQĐ", date: "2026-01-15" });
  });
});

describe("p67 (DOCX): a merged province's plan, bodies as bold headings in capitals, 'Đề nghị' to the court and the procuracy", () => {
  const found = plan("p67_tinh-tuyen-quang-phong-chong-ma-tuy-2026.docx");
  it("six duties of 'III. TỔ CHỨC THỰC HIỆN', the bodies' names in their own case", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["Công an tỉnh"], ["các sở, ngành"]],
      ["2", ["Sở Giáo dục và Đào tạo"], []],
      ["3", ["Sở Y tế"], ["Công an tỉnh"]],
      ["4", ["Sở Nội vụ"], []],
      ["5", ["UBND các xã, phường"], []],
      ["6", ["Tòa án nhân dân tỉnh", "Viện Kiểm sát nhân dân tỉnh"], []],
    ]);
    expect(found().diagnostics.some((d) => d.code === "agency-run-together")).toBe(false);
  });
  it("each heading's first bullet the task, the others activities", () => {
    const tasks = found().tasks;
    expect(tasks[0]).toMatchObject({
      task: "Là cơ quan thường trực, chủ trì, phối hợp với các sở, ngành triển khai Kế hoạch.",
      activities: ["Tổng hợp kết quả thực hiện, báo cáo UBND tỉnh trước ngày 15/12/2026."],
    });
    expect(tasks[1]!.task).toBe("Chỉ đạo các trường học lồng ghép nội dung phòng, chống ma túy vào hoạt động ngoại khóa.");
    expect(tasks[2]).toMatchObject({
      task: "Hướng dẫn các cơ sở y tế tổ chức điều trị nghiện các chất dạng thuốc phiện bằng thuốc thay thế.",
      activities: ["Phối hợp với Công an tỉnh xác định tình trạng nghiện ma túy."],
    });
    expect(tasks[3]!.task).toBe("Đưa kết quả thực hiện công tác phòng, chống ma túy vào tiêu chí đánh giá thi đua của các cơ quan, đơn vị.");
    expect(tasks[4]).toMatchObject({
      task: "Xây dựng kế hoạch phòng, chống ma túy của địa phương, hoàn thành trong tháng 3/2026.",
      activities: ["Quản lý người sử dụng trái phép chất ma túy trên địa bàn."],
    });
    expect(tasks[5]!.task).toBe("Phối hợp đẩy nhanh tiến độ truy tố, xét xử các vụ án về ma túy.");
  });
  it("times: by 15/12; none; none; none; by the end of March; none", () => {
    const deadlines = found().tasks.map((t) => t.deadline);
    expect(deadlines[0]).toMatchObject({ start: null, end: "2026-12-15" });
    expect(deadlines[4]).toMatchObject({ start: null, end: "2026-03-31" });
    for (const k of [1, 2, 3, 5]) expect(deadlines[k]).toMatchObject(none);
  });
  it("header", () => {
    expect(found().meta).toMatchObject({ docType: "ke_hoach", number: "74/KH-UBND", date: "2026-02-26", level: "tinh", year: 2026 });
  });
});

describe("p68 (PDF): a ward Đảng ủy's plan, 'Phân công đồng chí …' holding two offices, a heading over three bullets", () => {
  const found = plan("p68_dang-uy-phuong-tam-diep-cchc-co-quan-dang-2026.pdf");
  it("six duties of 'III. TỔ CHỨC THỰC HIỆN', none from the tasks part", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["Phó Bí thư Đảng ủy - Chủ tịch UBND phường"], []],
      ["2", ["Văn phòng Đảng ủy"], []],
      ["3", ["Ban Xây dựng Đảng Đảng ủy phường"], []],
      ["4", ["Ủy ban Kiểm tra Đảng ủy phường"], []],
      ["5", ["Các chi bộ trực thuộc"], []],
      ["6", ["Ủy ban MTTQ Việt Nam phường", "các tổ chức chính trị - xã hội phường"], []],
    ]);
  });
  it("duties and activities", () => {
    const tasks = found().tasks;
    expect(tasks[0]!.task).toBe("Chỉ đạo UBND phường đẩy mạnh cải cách hành chính; định kỳ 6 tháng báo cáo Ban Thường vụ Đảng ủy.");
    expect(tasks[1]).toMatchObject({
      task: "Chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch.",
      activities: [
        "Triển khai phần mềm quản lý văn bản và điều hành trong các cơ quan Đảng, hoàn thành trong tháng 6/2026.",
        "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch trước ngày 30/11/2026.",
      ],
    });
    expect(tasks[2]!.task).toBe("Số hóa hồ sơ đảng viên; quản lý dữ liệu đảng viên trên phần mềm.");
    expect(tasks[3]!.task).toBe("Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính trong các chi bộ hằng quý.");
    expect(tasks[4]!.task).toBe("Quán triệt Kế hoạch đến đảng viên; đưa nội dung cải cách hành chính vào sinh hoạt chi bộ thường kỳ.");
    expect(tasks[5]!.task).toBe("Tuyên truyền đoàn viên, hội viên sử dụng dịch vụ công trực tuyến.");
  });
  it("times: by 30/11 (June and November); quarterly; none", () => {
    const deadlines = found().tasks.map((t) => t.deadline);
    expect(deadlines[1]).toMatchObject({ start: null, end: "2026-11-30" });
    expect(deadlines[3]).toMatchObject({ start: "2026-01-01", end: "2026-12-31", recurrence: "quarterly" });
    for (const k of [2, 4, 5]) expect(deadlines[k]).toMatchObject(none);
  });
  it("header", () => {
    expect(found().meta).toMatchObject({ docType: "ke_hoach", number: "15-KH/ĐU", date: "2026-01-20" });
  });
});

describe("p69: a Sở's inspection plan, a deputy named after the office and holding two, units listed in an appendix", () => {
  const found = plan("p69_so-nong-nghiep-lao-cai-kiem-tra-cchc-2026.txt");
  it("five duties of 'III. TỔ CHỨC THỰC HIỆN', none from the contents and time", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["Phó Giám đốc Sở - Trưởng Đoàn kiểm tra"], []],
      ["2", ["Chánh Văn phòng Sở"], []],
      ["3", ["Các cơ quan, đơn vị (có tên tại Phụ lục kèm theo)"], []],
      ["4", ["Thanh tra Sở"], ["Văn phòng Sở"]],
      ["5", ["Công an tỉnh"], []],
    ]);
  });
  it("duties", () => {
    expect(found().tasks.map((t) => t.task)).toEqual([
      "Chỉ đạo hoạt động của Đoàn kiểm tra; ký thông báo kết luận kiểm tra trước ngày 31/7/2026.",
      "Tham mưu ban hành quyết định thành lập Đoàn kiểm tra, hoàn thành trong tháng 5/2026; bố trí phương tiện phục vụ Đoàn kiểm tra.",
      "Xây dựng báo cáo tự kiểm tra, gửi Đoàn kiểm tra trước ngày 10/6/2026; chuẩn bị hồ sơ, tài liệu phục vụ kiểm tra.",
      "Phối hợp với Văn phòng Sở kiểm tra việc giải quyết phản ánh, kiến nghị của tổ chức, cá nhân.",
      "Phối hợp kiểm tra việc bảo đảm an toàn thông tin trên các hệ thống thông tin của Sở.",
    ]);
  });
  it("times: by 31/7; by the end of May; by 10/6; none; none", () => {
    const deadlines = found().tasks.map((t) => t.deadline);
    expect(deadlines[0]).toMatchObject({ start: null, end: "2026-07-31" });
    expect(deadlines[1]).toMatchObject({ start: null, end: "2026-05-31" });
    expect(deadlines[2]).toMatchObject({ start: null, end: "2026-06-10" });
    expect(deadlines[3]).toMatchObject(none);
    expect(deadlines[4]).toMatchObject(none);
  });
});

describe("p70: a commune's plan, its desks and officials typed in lower case under 'Trách nhiệm của các bộ phận, công chức'", () => {
  const found = plan("p70_xa-nghia-dan-chuyen-doi-so-2026.md");
  const group = "Trách nhiệm của các bộ phận, công chức";
  it("five bullets under their group, then two numbered duties", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.parent, t.partners])).toEqual([
      [null, ["Bộ phận một cửa"], group, []],
      [null, ["Công chức văn phòng - thống kê"], group, []],
      [null, ["Công chức tư pháp - hộ tịch"], group, []],
      [null, ["Công chức văn hóa - xã hội"], group, []],
      [null, ["Kế toán"], group, []],
      ["2", ["Trưởng các thôn"], null, []],
      ["3", ["Bưu điện xã"], null, []],
    ]);
  });
  it("duties", () => {
    expect(found().tasks.map((t) => t.task)).toEqual([
      "Hướng dẫn người dân nộp hồ sơ trực tuyến; số hóa hồ sơ, kết quả giải quyết thủ tục hành chính ngay khi tiếp nhận.",
      "Tổng hợp số liệu hồ sơ trực tuyến, báo cáo Chủ tịch UBND xã hằng tháng.",
      "Số hóa sổ hộ tịch lưu trữ tại xã, hoàn thành trước ngày 30/9/2026.",
      "Có trách nhiệm tuyên truyền về dịch vụ công trực tuyến trên hệ thống truyền thanh xã.",
      "Thực hiện thu phí, lệ phí qua tài khoản của UBND xã.",
      "Vận động hộ gia đình cài đặt ứng dụng VNeID và sử dụng dịch vụ công trực tuyến.",
      "Phối hợp hỗ trợ người dân nộp hồ sơ, nhận kết quả qua dịch vụ bưu chính công ích.",
    ]);
  });
  it("times: none; monthly; by 30/9; none after", () => {
    const deadlines = found().tasks.map((t) => t.deadline);
    expect(deadlines[0]).toMatchObject(none);
    expect(deadlines[1]).toMatchObject({ start: "2026-01-01", end: "2026-12-31", recurrence: "monthly" });
    expect(deadlines[2]).toMatchObject({ start: null, end: "2026-09-30" });
    for (const k of [3, 4, 5, 6]) expect(deadlines[k]).toMatchObject(none);
  });
});

describe("readAgencyStart: persons, their offices and names, a school's posts, units listed elsewhere", () => {
  it("'Phân công đồng chí …' as 'Giao đồng chí …': the office leads", () => {
    expect(readAgencyStart("Phân công đồng chí Nguyễn Văn Hải, Phó Chủ tịch UBND xã trực tiếp chỉ đạo.")).toMatchObject({ agency: "Phó Chủ tịch UBND xã", duty: "Trực tiếp chỉ đạo." });
    expect(readAgencyStart("Phân công cho Phòng Kinh tế chủ trì rà soát.")).toMatchObject({ agency: "Phòng Kinh tế", duty: "Chủ trì rà soát." });
    expect(readAgencyStart("Phân công nhiệm vụ cụ thể như sau:")).toBeUndefined();
  });
  it("one person's offices are one lead, a dash between them; several persons' are not joined", () => {
    expect(readAgencyStart("Đồng chí Phó Chủ tịch UBND xã, Trưởng Công an xã chỉ đạo tuần tra.")).toMatchObject({ agency: "Phó Chủ tịch UBND xã - Trưởng Công an xã" });
    expect(readAgencyStart("Phó Giám đốc Sở Trần Quốc Toản, Trưởng Đoàn kiểm tra: chỉ đạo chung.")).toMatchObject({ agency: "Phó Giám đốc Sở - Trưởng Đoàn kiểm tra", duty: "Chỉ đạo chung." });
    expect(readAgencyStart("Chủ tịch UBND các xã, Trưởng Công an các xã chỉ đạo tuần tra.")!.agency).toBe("Chủ tịch UBND các xã, Trưởng Công an các xã");
  });
  it("a person's name after the office is dropped; a place's or a school's name is not", () => {
    expect(readAgencyStart("Chủ tịch UBND xã ông Nguyễn Văn An chỉ đạo chung.")).toMatchObject({ agency: "Chủ tịch UBND xã", duty: "Chỉ đạo chung." });
    expect(readAgencyStart("Giám đốc Sở Nguyễn Văn Bình chỉ đạo chung.")).toMatchObject({ agency: "Giám đốc Sở", duty: "Chỉ đạo chung." });
    expect(readAgencyStart("Phó Hiệu trưởng Lê Thị Hoa: phụ trách chuyên môn.")).toMatchObject({ agency: "Phó Hiệu trưởng" });
    expect(readAgencyStart("Phó Chủ tịch UBND xã, ông Trần Đức Long: chỉ đạo chung.")).toMatchObject({ agency: "Phó Chủ tịch UBND xã" });
    expect(readAgencyStart("Chủ tịch UBND phường Lê Lợi chỉ đạo chung.")!.agency).toBe("Chủ tịch UBND phường Lê Lợi");
    expect(readAgencyStart("Chủ tịch UBND phường Lương Văn Tri chỉ đạo chung.")!.agency).toBe("Chủ tịch UBND phường Lương Văn Tri");
    expect(readAgencyStart("Tổng Biên tập Báo Lâm Đồng mở chuyên mục.")!.agency).toBe("Tổng Biên tập Báo Lâm Đồng");
    expect(readAgencyStart("Giám đốc Bệnh viện Phạm Ngọc Thạch chỉ đạo chung.")!.agency).toBe("Giám đốc Bệnh viện Phạm Ngọc Thạch");
    expect(readAgencyStart("Hiệu trưởng Trường Tiểu học Nguyễn Văn Trỗi chỉ đạo chung.")!.agency).toBe("Hiệu trưởng Trường Tiểu học Nguyễn Văn Trỗi");
    expect(readAgencyStart("Hiệu trưởng Trường THCS Lê Quý Đôn chỉ đạo chung.")!.agency).toBe("Hiệu trưởng Trường THCS Lê Quý Đôn");
  });
  it("a school's posts as labels", () => {
    expect(readAgencyStart("Hiệu trưởng: chỉ đạo chung.")).toMatchObject({ agency: "Hiệu trưởng", duty: "Chỉ đạo chung." });
    expect(readAgencyStart("Giáo viên bộ môn: đổi mới phương pháp dạy học.")).toMatchObject({ agency: "Giáo viên bộ môn" });
    expect(readAgencyStart("Nhân viên y tế: theo dõi sức khỏe học sinh.")).toMatchObject({ agency: "Nhân viên y tế" });
    expect(readAgencyStart("Tổng phụ trách Đội: tổ chức hoạt động ngoại khóa.")).toMatchObject({ agency: "Tổng phụ trách Đội", duty: "Tổ chức hoạt động ngoại khóa." });
    expect(readAgencyStart("Tổ chuyên môn: xây dựng kế hoạch dạy học.")).toMatchObject({ agency: "Tổ chuyên môn" });
    expect(readAgencyStart("Tổ chức tập huấn cho giáo viên.")).toBeUndefined();
    expect(readAgencyStart("Kế toán trưởng các đơn vị thực hiện quyết toán.")).toBeUndefined();
  });
  it("'(có tên tại Phụ lục …)' stays with the group; a role in brackets does not", () => {
    expect(readAgencyStart("Các cơ quan, đơn vị (có tên tại Phụ lục kèm theo): chuẩn bị hồ sơ.")!.agency).toBe("Các cơ quan, đơn vị (có tên tại Phụ lục kèm theo)");
    expect(readAgencyStart("Công an tỉnh (cơ quan thường trực): chủ trì triển khai.")!.agency).toBe("Công an tỉnh");
  });
});

describe("fixtures/headers h5: a primary school's plan, its duties given to the head and the office team", () => {
  const found = (): Promise<PlanDocument> =>
    parsePlan(new URL("../../fixtures/headers/h5_truong-tieu-hoc-tan-lap-2026.txt", import.meta.url).pathname);
  it("'3.1. Hiệu trưởng:' and '3.2. Tổ văn phòng:' are the two duties of 'TỔ CHỨC THỰC HIỆN'", async () => {
    const doc = await found();
    expect(doc.tasks.map((t) => [t.number, t.lead, t.task])).toEqual([
      ["3.1", ["Hiệu trưởng"], "Chỉ đạo chung việc thực hiện Kế hoạch."],
      ["3.2", ["Tổ văn phòng"], "Thực hiện công khai thủ tục, hoàn thành trước ngày 31/3/2026."],
    ]);
    expect(doc.tasks[1]!.deadline).toMatchObject({ start: null, end: "2026-03-31" });
  });
});
