/**
 * Prose plans of round 15 (fixtures/prose p60–p64, written by the team; see its README): duties handed to a person by
 * office ("Đồng chí Phó Chủ tịch UBND tỉnh phụ trách lĩnh vực … chỉ đạo …", "Giao đồng chí Lê Thị Hương, Phó Bí thư
 * Thường trực Đảng ủy phường trực tiếp chỉ đạo …", "Đ/c Chánh Văn phòng …", "Các đồng chí Ủy viên Ban Thường vụ …"),
 * whose lead is the office; the Front's and the mass organisations' names typed in lower case ("Mặt trận tổ quốc",
 * "Hội nông dân", "Đoàn thanh niên cộng sản Hồ Chí Minh"), written with their own capitals; their abbreviations kept as
 * written ("Hội LHPN tỉnh", "Hội CCB tỉnh"); a commune's QUYẾT ĐỊNH whose Điều 2 hands the work to a person (a duty)
 * and whose Điều 3 is the executive formula (none); a Party committee's plan; a special zone (đặc khu).
 * Every expected record was written from reading the plan against CONTRACT.md, before cchc ran on it.
 */
import { describe, expect, it } from "vitest";
import { readAgencyStart } from "../../src/extract/duties.js";
import { none, plan } from "./prose-plan.js";

describe("p60: a province's propaganda plan, a Vice-Chairman's duty, bodies as headings, names in lower case and by abbreviation", () => {
  const found = plan("p60_tinh-ninh-binh-tuyen-truyen-cchc-2026.txt");
  it("eight duties of 'IV. TỔ CHỨC THỰC HIỆN', none from the contents and the forms", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["Phó Chủ tịch UBND tỉnh phụ trách lĩnh vực văn hóa - xã hội"], []],
      ["2", ["Sở Nội vụ"], []],
      ["3", ["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Nội vụ"]],
      ["4", ["Báo và Phát thanh, Truyền hình Ninh Bình"], []],
      ["5", ["Các sở, ban, ngành", "UBND các xã, phường"], []],
      ["6", ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức chính trị - xã hội tỉnh"], []],
      ["7", ["Hội LHPN tỉnh", "Hội CCB tỉnh", "Tỉnh đoàn"], []],
      ["8", ["Chủ tịch UBND các xã, phường"], []],
    ]);
    expect(found().tasks.every((t) => t.origin === "inline" && t.table === null && t.parent === null)).toBe(true);
  });
  it("the person's duty without 'Đồng chí' and the office; headings' first bullet the task, the others activities", () => {
    const tasks = found().tasks;
    expect(tasks[0]!.task).toBe("Chỉ đạo các sở, ngành, địa phương triển khai Kế hoạch; định kỳ hằng quý nghe báo cáo kết quả thực hiện.");
    expect(tasks[1]).toMatchObject({
      task: "Là cơ quan thường trực, theo dõi, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch.",
      activities: ["Tổ chức Hội thi tìm hiểu về cải cách hành chính trong Quý III/2026.", "Tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 10/12/2026."],
    });
    expect(tasks[2]).toMatchObject({
      task: "Hướng dẫn hệ thống thông tin cơ sở đưa tin về cải cách hành chính hằng tháng.",
      activities: ["Phối hợp với Sở Nội vụ biên soạn tài liệu hỏi - đáp về thủ tục hành chính."],
    });
    expect(tasks[3]!.task).toBe('Mở chuyên mục "Cải cách hành chính phục vụ Nhân dân", phát sóng ít nhất 02 kỳ mỗi tháng.');
    expect(tasks[4]).toMatchObject({
      task: "Xây dựng kế hoạch tuyên truyền của cơ quan, địa phương, hoàn thành trước ngày 28/02/2026.",
      activities: ["Niêm yết công khai thủ tục hành chính và số điện thoại đường dây nóng tại Bộ phận Một cửa."],
    });
    expect(tasks[5]!.task).toBe("Phối hợp tuyên truyền, vận động đoàn viên, hội viên và Nhân dân sử dụng dịch vụ công trực tuyến.");
    expect(tasks[6]!.task).toBe("Lồng ghép nội dung cải cách hành chính trong sinh hoạt chi hội, chi đoàn.");
    expect(tasks[7]!.task).toBe("Chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả tuyên truyền cải cách hành chính tại địa phương.");
  });
  it("the Front's name corrected with an info; the abbreviations are not", () => {
    const corrected = found().diagnostics.filter((d) => d.code === "agency-corrected").map((d) => d.message);
    expect(corrected.some((m) => m.includes('"Ủy ban Mặt trận tổ quốc Việt Nam tỉnh"'))).toBe(true);
    expect(corrected.some((m) => m.includes("LHPN") || m.includes("CCB"))).toBe(false);
  });
  it("times: quarterly; Q3 and by 10/12; monthly; monthly; by 28/02; none; none; none", () => {
    const deadlines = found().tasks.map((t) => t.deadline);
    expect(deadlines[0]).toMatchObject({ start: "2026-01-01", end: "2026-12-31", recurrence: "quarterly" });
    expect(deadlines[1]).toMatchObject({ start: null, end: "2026-12-10", recurrence: null });
    expect(deadlines[1]!.items.map((i) => [i.start, i.end])).toEqual([["2026-07-01", "2026-09-30"], [null, "2026-12-10"]]);
    expect(deadlines[2]).toMatchObject({ start: "2026-01-01", end: "2026-12-31", recurrence: "monthly" });
    expect(deadlines[3]).toMatchObject({ start: "2026-01-01", end: "2026-12-31", recurrence: "monthly" });
    expect(deadlines[4]).toMatchObject({ start: null, end: "2026-02-28", recurrence: null });
    for (const k of [5, 6, 7]) expect(deadlines[k]).toMatchObject(none);
  });
});

describe("p61: a Đảng ủy phường's plan, duties handed to a named comrade, to 'Các đồng chí Ủy viên …', to 'Đ/c Chủ tịch …'", () => {
  const found = plan("p61_dang-uy-phuong-hac-thanh-chuyen-doi-so-2026.md");
  it("seven duties of 'III. TỔ CHỨC THỰC HIỆN', none from the tasks part that names no body", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["Phó Bí thư Thường trực Đảng ủy phường"], []],
      ["2", ["Các Ủy viên Ban Thường vụ Đảng ủy phường"], []],
      ["3", ["Văn phòng Đảng ủy phường"], ["Ban Xây dựng Đảng Đảng ủy phường"]],
      ["4", ["Đảng ủy UBND phường"], []],
      ["5", ["Các chi bộ trực thuộc"], []],
      ["6", ["Ủy ban MTTQ Việt Nam phường", "các tổ chức chính trị - xã hội phường"], []],
      ["7", ["Chủ tịch UBND phường"], []],
    ]);
  });
  it("the duties without the honorific, the person's name or the office", () => {
    const tasks = found().tasks;
    expect(tasks[0]!.task).toBe("Trực tiếp chỉ đạo triển khai Kế hoạch; định kỳ 6 tháng nghe báo cáo kết quả thực hiện.");
    expect(tasks[1]!.task).toBe("Theo dõi, đôn đốc các chi bộ được phân công phụ trách thực hiện Kế hoạch.");
    expect(tasks[2]).toMatchObject({
      task: "Chủ trì, phối hợp với Ban Xây dựng Đảng Đảng ủy phường số hóa hồ sơ đảng viên, hoàn thành trong Quý III/2026.",
      activities: ["Tổng hợp kết quả thực hiện, báo cáo Ban Thường vụ Đảng ủy phường trước ngày 05/12/2026."],
    });
    expect(tasks[3]!.task).toBe(
      "Lãnh đạo UBND phường đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình; bảo đảm 100% hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.",
    );
    expect(tasks[4]!.task).toBe("Quán triệt Kế hoạch đến đảng viên; đưa nội dung chuyển đổi số vào sinh hoạt chi bộ thường kỳ hằng tháng.");
    expect(tasks[5]!.task).toBe("Tuyên truyền, vận động đoàn viên, hội viên cài đặt, sử dụng ứng dụng VNeID.");
    expect(tasks[6]!.task).toBe("Chỉ đạo Trung tâm Phục vụ hành chính công phường hướng dẫn người dân thực hiện thủ tục hành chính trên môi trường điện tử.");
  });
  it("times: by 05/12 (the quarter's end and the report's day); monthly", () => {
    expect(found().tasks[2]!.deadline).toMatchObject({ start: null, end: "2026-12-05" });
    expect(found().tasks[4]!.deadline).toMatchObject({ start: "2026-01-01", end: "2026-12-31", recurrence: "monthly" });
    expect(found().tasks[6]!.deadline).toMatchObject(none);
  });
});

describe("p62 (DOCX): a commune's QUYẾT ĐỊNH, Điều 2 handed to a Vice-Chairman, Điều 3 the formula, the plan after the signature", () => {
  const found = plan("p62_xa-con-cuong-qd-phong-chong-ma-tuy-2026.docx");
  it("Điều 2's duty, then six duties of the plan's 'IV. TỔ CHỨC THỰC HIỆN'; Điều 3 gives none", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["2", ["Phó Chủ tịch UBND xã phụ trách khối văn hóa - xã hội"], []],
      ["1", ["Công an xã"], ["Ban Chỉ huy Quân sự xã"]],
      ["2", ["Phòng Văn hóa - Xã hội"], []],
      ["3", ["Trạm Y tế xã"], []],
      ["4", ["Trưởng Công an xã"], []],
      ["5", ["Các ban, ngành, đoàn thể xã", "Trưởng các thôn, bản"], []],
      ["6", ["Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã"], []],
    ]);
    expect(found().tasks.some((t) => t.lead.some((l) => l.startsWith("Chánh Văn phòng")))).toBe(false);
  });
  it("duties and activities", () => {
    const tasks = found().tasks;
    expect(tasks[0]!.task).toBe("Chỉ đạo các ban, ngành, đoàn thể xã triển khai thực hiện Kế hoạch; định kỳ hằng quý nghe báo cáo kết quả.");
    expect(tasks[1]).toMatchObject({
      task: "Là cơ quan thường trực, tham mưu UBND xã triển khai Kế hoạch; rà soát, lập danh sách người nghiện, người sử dụng trái phép chất ma túy, hoàn thành trước ngày 31/3/2026.",
      activities: ["Phối hợp với Ban Chỉ huy Quân sự xã tuần tra, kiểm soát địa bàn giáp ranh."],
    });
    expect(tasks[2]).toMatchObject({
      task: "Tham mưu tổ chức Tháng hành động phòng, chống ma túy trong tháng 6/2026.",
      activities: ["Hướng dẫn các thôn, bản đưa nội dung phòng, chống ma túy vào hương ước, quy ước."],
    });
    expect(tasks[3]!.task).toBe("Tư vấn, hỗ trợ điều trị cắt cơn nghiện ma túy tại gia đình, cộng đồng.");
    expect(tasks[4]!.task).toBe("Tổng hợp kết quả thực hiện Kế hoạch, báo cáo Chủ tịch UBND xã trước ngày 10/12/2026.");
    expect(tasks[5]!.task).toBe("Tuyên truyền, vận động Nhân dân tố giác tội phạm về ma túy.");
    expect(tasks[6]!.task).toBe("Phối hợp vận động gia đình có người nghiện đưa người nghiện đi cai nghiện.");
  });
  it("times: quarterly; by 31/3; June; none; by 10/12; none; none", () => {
    const deadlines = found().tasks.map((t) => t.deadline);
    expect(deadlines[0]).toMatchObject({ start: "2026-01-01", end: "2026-12-31", recurrence: "quarterly" });
    expect(deadlines[1]).toMatchObject({ start: null, end: "2026-03-31" });
    expect(deadlines[2]).toMatchObject({ start: "2026-06-01", end: "2026-06-30" });
    expect(deadlines[3]).toMatchObject(none);
    expect(deadlines[4]).toMatchObject({ start: null, end: "2026-12-10" });
    expect(deadlines[5]).toMatchObject(none);
    expect(deadlines[6]).toMatchObject(none);
  });
  it("header: the decision's", () => {
    expect(found().meta).toMatchObject({ docType: "quyet_dinh", number: "41/QĐ-UBND", date: "2026-02-12", level: "xa", year: 2026 });
  });
});

describe("p63 (PDF): a special zone's inspection plan, duties handed to the Chairman, a Vice-Chairman and the office's Chief", () => {
  const found = plan("p63_dac-khu-van-don-kiem-tra-cchc-2026.pdf");
  it("six duties of 'III. TỔ CHỨC THỰC HIỆN', none from the inspection's contents and time", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["Chủ tịch UBND đặc khu - Trưởng đoàn kiểm tra"], []],
      ["2", ["Phó Chủ tịch UBND đặc khu phụ trách lĩnh vực nội chính"], []],
      ["3", ["Chánh Văn phòng HĐND và UBND đặc khu"], []],
      ["4", ["Phòng Nội vụ"], []],
      ["5", ["Các phòng, ban chuyên môn", "Trung tâm Phục vụ hành chính công đặc khu"], []],
      ["6", ["Thành viên Đoàn kiểm tra"], []],
    ]);
  });
  it("duties", () => {
    const tasks = found().tasks;
    expect(tasks[0]!.task).toBe("Chỉ đạo chung hoạt động của Đoàn kiểm tra; kết luận kiểm tra trước ngày 15/10/2026.");
    expect(tasks[1]!.task).toBe("Chủ trì kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính.");
    expect(tasks[2]!.task).toBe("Bố trí phương tiện, bảo đảm điều kiện cho Đoàn kiểm tra.");
    expect(tasks[3]).toMatchObject({
      task: "Tham mưu thành lập Đoàn kiểm tra, hoàn thành trong tháng 8/2026.",
      activities: ["Xây dựng đề cương báo cáo, gửi các đơn vị được kiểm tra trước ngày 20/8/2026."],
    });
    expect(tasks[4]!.task).toBe("Chuẩn bị báo cáo, hồ sơ, tài liệu phục vụ kiểm tra.");
    expect(tasks[5]!.task).toBe("Thực hiện nhiệm vụ theo sự phân công của Trưởng đoàn.");
  });
  it("times: by 15/10; none; none; by the end of August; none; none", () => {
    const deadlines = found().tasks.map((t) => t.deadline);
    expect(deadlines[0]).toMatchObject({ start: null, end: "2026-10-15" });
    expect(deadlines[1]).toMatchObject(none);
    expect(deadlines[2]).toMatchObject(none);
    expect(deadlines[3]).toMatchObject({ start: null, end: "2026-08-31" });
    expect(deadlines[4]).toMatchObject(none);
    expect(deadlines[5]).toMatchObject(none);
  });
});

describe("p64: an emulation plan, bold heads of offices, the mass organisations' names in lower case", () => {
  const found = plan("p64_tinh-phu-tho-thi-dua-chuyen-doi-so-2026.md");
  it("five duties of 'IV. TỔ CHỨC THỰC HIỆN', none from the contents and the awards", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["Các Phó Chủ tịch UBND tỉnh"], []],
      ["2", ["Sở Nội vụ"], ["Sở Khoa học và Công nghệ"]],
      ["3", ["Giám đốc Sở Khoa học và Công nghệ"], []],
      ["4", ["Thủ trưởng các sở, ban, ngành", "Chủ tịch UBND các xã, phường"], []],
      ["5", ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Liên đoàn Lao động tỉnh", "Hội Nông dân tỉnh", "Hội Cựu chiến binh tỉnh"], []],
    ]);
  });
  it("duties", () => {
    const tasks = found().tasks;
    expect(tasks[0]!.task).toBe("Chỉ đạo các sở, ngành, địa phương tổ chức phong trào thi đua.");
    expect(tasks[1]).toMatchObject({
      task: "Là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị tổ chức phong trào thi đua.",
      activities: ["Chủ trì, phối hợp với Sở Khoa học và Công nghệ tổ chức sơ kết phong trào thi đua trong tháng 7/2026."],
    });
    expect(tasks[2]!.task).toBe("Chỉ đạo xây dựng bộ tiêu chí chấm điểm chuyển đổi số, ban hành trước ngày 31/3/2026.");
    expect(tasks[3]!.task).toBe("Phát động phong trào thi đua tại cơ quan, địa phương; định kỳ 6 tháng, báo cáo kết quả về Sở Nội vụ trước ngày 15/6 và 15/12.");
    expect(tasks[4]!.task).toBe("Phối hợp phát động phong trào thi đua trong đoàn viên, hội viên.");
  });
  it("times: none; July; by 31/3; by 15/12", () => {
    const deadlines = found().tasks.map((t) => t.deadline);
    expect(deadlines[0]).toMatchObject(none);
    expect(deadlines[1]).toMatchObject({ start: "2026-07-01", end: "2026-07-31" });
    expect(deadlines[2]).toMatchObject({ start: null, end: "2026-03-31" });
    expect(deadlines[3]!.end).toBe("2026-12-15");
    expect(deadlines[4]).toMatchObject(none);
  });
});

describe("a duty line handed to a person, read alone", () => {
  it("a name with no office is the lead as written; a name before an office is dropped", () => {
    expect(readAgencyStart("Giao đồng chí Trần Thị Bích chủ trì tổng hợp báo cáo.")).toMatchObject({ agency: "Trần Thị Bích", duty: "Chủ trì tổng hợp báo cáo." });
    expect(readAgencyStart("Giao đồng chí Trần Văn Hùng - Giám đốc Sở Nội vụ theo dõi, đôn đốc.")).toMatchObject({ agency: "Giám đốc Sở Nội vụ", duty: "Theo dõi, đôn đốc." });
  });
  it("'phụ trách' with a field after an office names the deputy; 'phụ trách việc …' is the duty", () => {
    expect(readAgencyStart("Đồng chí Phó Chủ tịch UBND xã phụ trách khối kinh tế chỉ đạo rà soát thủ tục hành chính.")).toMatchObject({
      agency: "Phó Chủ tịch UBND xã phụ trách khối kinh tế",
      duty: "Chỉ đạo rà soát thủ tục hành chính.",
    });
    expect(readAgencyStart("Đồng chí Phó Chủ tịch UBND xã phụ trách việc kiểm tra công vụ.")).toMatchObject({ agency: "Phó Chủ tịch UBND xã", duty: "Phụ trách việc kiểm tra công vụ." });
    expect(readAgencyStart("Đồng chí Phó Chủ tịch UBND xã phụ trách công tác cải cách hành chính.")).toMatchObject({ agency: "Phó Chủ tịch UBND xã" });
  });
  it("a heading or label that ends with the deputy's charge: all of it the office", () => {
    expect(readAgencyStart("Đồng chí Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội")).toMatchObject({ agency: "Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội", duty: "" });
    expect(readAgencyStart("Đồng chí Phó Chủ tịch UBND xã phụ trách kinh tế: chỉ đạo số hóa hồ sơ đất đai.")).toMatchObject({
      agency: "Phó Chủ tịch UBND xã phụ trách kinh tế",
      duty: "Chỉ đạo số hóa hồ sơ đất đai.",
    });
  });
  it("heads of villages after 'Các đồng chí'; organisations typed in lower case", () => {
    expect(readAgencyStart("Các đồng chí Trưởng thôn: tuyên truyền đến Nhân dân.")).toMatchObject({ agency: "Các Trưởng thôn" });
    expect(readAgencyStart("Hội liên hiệp phụ nữ xã, Đoàn thanh niên xã: phối hợp tuyên truyền.")).toMatchObject({ agency: "Hội liên hiệp phụ nữ xã, Đoàn thanh niên xã" });
  });
  it("no honorific, no person: a sentence about a comrade's work is no duty line", () => {
    expect(readAgencyStart("Đồng chí nào vi phạm sẽ bị xử lý theo quy định.")).toBeUndefined();
  });
});
