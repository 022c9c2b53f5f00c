/**
 * More prose-only plans (fixtures/prose p15–p22, written by the team; see its README): shapes of real plans that
 * p01–p14 do not show — agencies as dash bullets inside "2. Trách nhiệm của các cơ quan, đơn vị", a QUYẾT ĐỊNH whose
 * "Điều 2. Các cơ quan, đơn vị sau đây …:" lists the duties, "UBND huyện giao và yêu cầu:" over agency paragraphs, a
 * commune's officials with "1)" items, a ministry's "Vụ", a plan whose purpose, content, criteria and report outline
 * name agencies and assign nothing, Arabic-numbered parts with "3.1." duties, and "Giao …" sentences inside paragraphs.
 * Every expected record, section and header field was written from reading the plan against CONTRACT.md before cchc
 * ran on it. Each file is parsed once.
 */
import { describe, expect, it } from "vitest";
import { none, plan } from "./prose-plan.js";

describe("p15: dash-bullet agencies inside '2. Trách nhiệm của các cơ quan, đơn vị' after a funding subsection", () => {
  const found = plan("p15_tinh-lai-chau-phong-chong-ma-tuy-2026.txt");
  const group = "Trách nhiệm của các cơ quan, đơn vị";
  it("five bullets, five records under their subsection; the purpose and the tasks part give none", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.parent, t.partners])).toEqual([
      [null, ["Công an tỉnh"], group, ["Sở Y tế"]],
      [null, ["Sở Y tế"], group, []],
      [null, ["Sở Giáo dục và Đào tạo"], group, []],
      [null, ["Các sở, ban, ngành", "UBND các huyện, thành phố"], group, []],
      [null, ["Ủy ban MTTQ Việt Nam tỉnh", "các đoàn thể tỉnh"], group, []],
    ]);
    expect(found().tasks[0]).toMatchObject({
      origin: "inline",
      task: "Chủ trì, phối hợp với Sở Y tế tham mưu UBND tỉnh chỉ đạo triển khai Kế hoạch.",
      activities: ["Tổng hợp kết quả thực hiện, báo cáo UBND tỉnh trước ngày 15/11/2026."],
    });
    expect(found().tasks[1]!.task).toBe("Chủ trì tổ chức điều trị nghiện các chất dạng thuốc phiện bằng thuốc thay thế; định kỳ 6 tháng báo cáo kết quả về Công an tỉnh.");
    expect(found().tasks[3]!.task).toBe("Căn cứ chức năng, nhiệm vụ xây dựng kế hoạch thực hiện, gửi về Công an tỉnh trước ngày 31/3/2026.");
    expect(found().tasks[4]!.task).toBe("Vận động hội viên, đoàn viên tham gia phát hiện, tố giác tội phạm về ma túy.");
  });
  // A semester with its school year is its months (README, Deadlines round 21): the first runs to mid-January.
  it("times: by 15/11; every six months; the first semester of 2026-2027; by 31/3; none", () => {
    expect(found().tasks[0]!.deadline).toMatchObject({ start: null, end: "2026-11-15" });
    expect(found().tasks[1]!.deadline).toMatchObject({ start: "2026-01-01", end: "2026-12-31" });
    expect(found().tasks[2]!.deadline).toMatchObject({ start: "2026-09-01", end: "2027-01-15" });
    expect(found().tasks[3]!.deadline).toMatchObject({ start: null, end: "2026-03-31" });
    expect(found().tasks[4]!.deadline).toMatchObject(none);
  });
  it("header and Roman sections", () => {
    expect(found().meta).toMatchObject({ docType: "ke_hoach", number: "58/KH-UBND", date: "2026-02-12", level: "tinh", year: 2026 });
    expect(found().meta.title).toBe("Triển khai công tác phòng, chống và kiểm soát ma túy trên địa bàn tỉnh Lai Châu năm 2026");
    expect(found().sections.map((s) => s.numeral)).toEqual(["I", "II", "III", "IV"]);
  });
});

describe("p16: a QUYẾT ĐỊNH whose 'Điều 2. Các cơ quan, đơn vị sau đây chịu trách nhiệm …:' lists the duties", () => {
  const found = plan("p16_tinh-gia-lai-qd-tuyen-truyen-2026.txt");
  it("the three items of Điều 2, not its intro; Điều 3's formula and the plan's purpose give none", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners, t.parent])).toEqual([
      ["1", ["Sở Nội vụ"], [], null],
      ["2", ["Báo và Phát thanh, Truyền hình Gia Lai"], ["Sở Nội vụ"], null],
      ["3", ["Giám đốc các sở", "Chủ tịch UBND các xã, phường"], [], null],
    ]);
    expect(found().tasks[0]!.task).toBe("Giúp UBND tỉnh hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch; tổng hợp kết quả, báo cáo Chủ tịch UBND tỉnh trước ngày 10/12/2026.");
    expect(found().tasks[1]!.task).toBe("Phối hợp với Sở Nội vụ mở chuyên mục về cải cách hành chính, phát sóng định kỳ hằng tháng.");
    expect(found().tasks[2]!.task).toBe("Căn cứ Kế hoạch này tổ chức tuyên truyền tại cơ quan, địa phương mình.");
  });
  it("times: by 10/12; monthly; none", () => {
    expect(found().tasks[0]!.deadline).toMatchObject({ start: null, end: "2026-12-10" });
    expect(found().tasks[1]!.deadline).toMatchObject({ start: "2026-01-01", end: "2026-12-31", recurrence: "monthly" });
    expect(found().tasks[2]!.deadline).toMatchObject(none);
  });
  it("header: the decision's number and date, not the legal bases'; the plan's Roman sections", () => {
    expect(found().meta).toMatchObject({ docType: "quyet_dinh", number: "214/QĐ-UBND", date: "2026-01-20", level: "tinh", year: 2026 });
    expect(found().sections.map((s) => s.numeral)).toEqual(["I", "II", "III"]);
  });
});

describe("p17: 'Ủy ban nhân dân huyện giao và yêu cầu:' over bold agency paragraphs, a paragraph going on, 'Đề nghị … và các đoàn thể'", () => {
  const found = plan("p17_huyen-yen-thanh-kiem-tra-cchc-2026.md");
  it("the intro gives none; five bodies, unnumbered, no parent", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.parent, t.partners])).toEqual([
      [null, ["Phòng Nội vụ"], null, []],
      [null, ["Phòng Văn hóa và Thông tin"], null, []],
      [null, ["Phòng Tài chính - Kế hoạch"], null, []],
      [null, ["UBND các xã, thị trấn"], null, []],
      [null, ["Ủy ban MTTQ Việt Nam huyện", "các đoàn thể huyện"], null, []],
    ]);
    expect(found().tasks[0]!.task).toBe("Chủ trì, tham mưu Chủ tịch UBND huyện thành lập Đoàn kiểm tra, hoàn thành trong tháng 4/2026; tổng hợp kết quả kiểm tra, báo cáo UBND huyện trước ngày 30/11/2026.");
    expect(found().tasks[1]).toMatchObject({
      task: "Xây dựng chuyên mục cải cách hành chính trên Cổng Thông tin điện tử huyện; Biên tập, đăng tải tin, bài về kết quả kiểm tra.",
      activities: [],
    });
    expect(found().tasks[2]).toMatchObject({
      task: "Bố trí kinh phí phục vụ hoạt động của Đoàn kiểm tra.",
      activities: ["Đồng thời, hướng dẫn các xã, thị trấn thanh quyết toán kinh phí kiểm tra theo quy định."],
    });
    expect(found().tasks[4]!.task).toBe("Phối hợp giám sát việc giải quyết thủ tục hành chính tại cơ sở.");
  });
  it("times: within April then by 30/11; none; none; by 15/5; none", () => {
    expect(found().tasks[0]!.deadline.items.map((i) => [i.start, i.end])).toEqual([[null, "2026-04-30"], [null, "2026-11-30"]]);
    expect(found().tasks[1]!.deadline).toMatchObject(none);
    expect(found().tasks[2]!.deadline).toMatchObject(none);
    expect(found().tasks[3]!.deadline).toMatchObject({ start: null, end: "2026-05-15" });
    expect(found().tasks[4]!.deadline).toMatchObject(none);
  });
  it("header from a scrape's two-column table", () => {
    expect(found().meta).toMatchObject({ number: "31/KH-UBND", date: "2026-03-09", level: "huyen", issuer: "UBND huyện Yên Thành", year: 2026 });
    expect(found().meta.title).toBe("Kiểm tra công tác cải cách hành chính trên địa bàn huyện năm 2026");
    expect(found().sections.map((s) => s.numeral)).toEqual(["I", "II", "III"]);
  });
});

describe("p18: a commune's officials, '1. Công chức Văn phòng - Thống kê' alone over '1)' '2)' '3)' items", () => {
  const found = plan("p18_xa-tan-lap-cai-cach-hanh-chinh-2026.txt");
  it("the '1)' items are the first body's task and activities, not items of their own", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["Công chức Văn phòng - Thống kê"], []],
      ["2", ["Công chức Tư pháp - Hộ tịch"], []],
      ["3", ["Công chức Địa chính - Xây dựng"], ["Công chức Văn phòng - Thống kê"]],
      ["4", ["Các đoàn thể xã"], []],
      ["5", ["Trưởng các thôn"], []],
    ]);
    expect(found().tasks[0]).toMatchObject({
      task: "Tham mưu UBND xã ban hành kế hoạch tuyên truyền cải cách hành chính, hoàn thành trong tháng 01/2026.",
      activities: ["2) Theo dõi, tổng hợp kết quả thực hiện, báo cáo UBND xã định kỳ hằng quý.", "3) Tham mưu báo cáo cải cách hành chính năm trước ngày 05/12/2026."],
    });
    expect(found().tasks[2]!.task).toBe("Phối hợp với Công chức Văn phòng - Thống kê số hóa hồ sơ đất đai.");
    expect(found().tasks[3]!.task).toBe("Tuyên truyền đến đoàn viên, hội viên về dịch vụ công trực tuyến.");
  });
  it("times: January, every quarter, by 5/12; the first quarter; none", () => {
    expect(found().tasks[0]!.deadline.items.map((i) => i.end)).toEqual(["2026-01-31", "2026-12-31", "2026-12-05"]);
    expect(found().tasks[0]!.deadline.recurrence).toBe("quarterly");
    expect(found().tasks[1]!.deadline).toMatchObject({ start: "2026-01-01", end: "2026-03-31" });
    expect(found().tasks[2]!.deadline).toMatchObject(none);
  });
  it("header", () => {
    expect(found().meta).toMatchObject({ number: "12/KH-UBND", date: "2026-01-06", level: "xa", year: 2026 });
  });
});

describe("p19: a ministry's plan, 'Vụ …' with paragraphs after its item, a heading over a) b), 'Đề nghị Sở … các tỉnh, thành phố'", () => {
  const found = plan("p19_bo-van-hoa-ke-hoach-cchc-2026.md");
  it("five items; the paragraphs after the first are its activities", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["Vụ Tổ chức cán bộ"], ["Văn phòng Bộ"]],
      ["2", ["Văn phòng Bộ"], []],
      ["3", ["Trung tâm Công nghệ thông tin"], []],
      ["4", ["Thủ trưởng các cơ quan, đơn vị thuộc Bộ"], []],
      ["5", ["Sở Văn hóa, Thể thao và Du lịch các tỉnh, thành phố"], []],
    ]);
    expect(found().tasks[0]).toMatchObject({
      task: "Chủ trì, phối hợp với Văn phòng Bộ hướng dẫn các cơ quan, đơn vị thực hiện Kế hoạch.",
      activities: ["Kiểm tra việc thực hiện tại một số đơn vị trong Quý III/2026.", "Tổng hợp kết quả, báo cáo Bộ trưởng trước ngày 15/11/2026."],
    });
    expect(found().tasks[3]).toMatchObject({
      task: "Phổ biến Kế hoạch đến công chức, viên chức, người lao động của đơn vị.",
      activities: ["b) Báo cáo kết quả về Vụ Tổ chức cán bộ trước ngày 31/10/2026."],
    });
    expect(found().tasks[4]!.task).toBe("Phối hợp tuyên truyền kết quả cải cách hành chính của ngành tại địa phương.");
  });
  it("times: the third quarter then by 15/11; a budget year is none; every six months and year; by 31/10; none", () => {
    expect(found().tasks[0]!.deadline).toMatchObject({ start: null, end: "2026-11-15" });
    expect(found().tasks[0]!.deadline.items.map((i) => [i.start, i.end])).toEqual([["2026-07-01", "2026-09-30"], [null, "2026-11-15"]]);
    expect(found().tasks[1]!.deadline).toMatchObject(none);
    expect(found().tasks[2]!.deadline).toMatchObject({ start: "2026-01-01", end: "2026-12-31" });
    expect(found().tasks[3]!.deadline).toMatchObject({ start: null, end: "2026-10-31" });
    expect(found().tasks[4]!.deadline).toMatchObject(none);
  });
  it("header: a ministry issues it, no level", () => {
    expect(found().meta).toMatchObject({ number: "118/KH-BVHTTDL", date: "2026-01-15", issuer: "Bộ Văn hóa, Thể thao và Du lịch", level: null, year: 2026 });
  });
});

describe("p20: purpose, content, criteria and a report outline that name agencies give no record", () => {
  const found = plan("p20_tinh-ninh-binh-danh-gia-chi-so-2026.txt");
  it("only the three items of TỔ CHỨC THỰC HIỆN", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["Sở Nội vụ"], []],
      ["2", ["Các sở, ban, ngành", "UBND các xã, phường"], []],
      ["3", ["Văn phòng UBND tỉnh"], ["Sở Nội vụ"]],
    ]);
    expect(found().tasks[0]!.task).toBe("Hướng dẫn, thẩm định kết quả tự đánh giá; trình Hội đồng thẩm định của tỉnh trong tháng 01/2027.");
    expect(found().tasks[2]!.task).toBe("Phối hợp với Sở Nội vụ theo dõi, đôn đốc việc thực hiện.");
    expect(found().tables).toEqual([]);
  });
  it("times: January of the next year; by 15/12; none", () => {
    expect(found().tasks[0]!.deadline).toMatchObject({ start: "2027-01-01", end: "2027-01-31" });
    expect(found().tasks[1]!.deadline).toMatchObject({ start: null, end: "2026-12-15" });
    expect(found().tasks[2]!.deadline).toMatchObject(none);
  });
  it("sections I–III", () => {
    expect(found().sections.map((s) => s.numeral)).toEqual(["I", "II", "III"]);
    expect(found().meta).toMatchObject({ number: "66/KH-UBND", date: "2026-03-04", level: "tinh", year: 2026 });
  });
});

describe("p21: a department's plan with Arabic-numbered parts, a title over two lines, '3.1. Văn phòng Sở: …'", () => {
  const found = plan("p21_so-nong-nghiep-ninh-binh-thi-dua-2026.txt");
  it("the parts '1.', '2.', '3.' are the sections", () => {
    expect(found().sections.map((s) => [s.numeral, s.heading])).toEqual([
      ["1", "MỤC ĐÍCH, YÊU CẦU"],
      ["2", "NỘI DUNG THI ĐUA"],
      ["3", "TỔ CHỨC THỰC HIỆN"],
    ]);
  });
  it("the title's two lines give the period 2026–2030", () => {
    expect(found().meta).toMatchObject({
      number: "25/KH-SNNMT",
      date: "2026-02-10",
      title: "Phát động phong trào thi đua thực hiện cải cách hành chính của Sở Nông nghiệp và Môi trường giai đoạn 2026 - 2030",
      year: 2026,
      period: { from: 2026, to: 2030 },
    });
    expect(found().meta.issuer).toMatch(/^Sở Nông nghiệp và Môi trường/);
  });
  it("three duties numbered 3.1–3.3", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.parent])).toEqual([
      ["3.1", ["Văn phòng Sở"], null],
      ["3.2", ["Phòng Kế hoạch - Tài chính"], null],
      ["3.3", ["Các phòng, đơn vị thuộc Sở"], null],
    ]);
    expect(found().tasks[0]!.task).toBe("Tham mưu Giám đốc Sở phát động phong trào thi đua, hoàn thành trong Quý I/2026; hằng năm tổng hợp kết quả, đề xuất khen thưởng.");
    expect(found().tasks[0]!.deadline.items[0]).toMatchObject({ start: null, end: "2026-03-31" });
    expect(found().tasks[0]!.deadline).toMatchObject({ start: null, end: "2030-12-31", recurrence: "yearly" });
    expect(found().tasks[1]!.deadline).toMatchObject(none);
    expect(found().tasks[2]!.deadline).toMatchObject({ start: null, end: "2026-03-15" });
  });
});

describe("p22: 'Ủy ban nhân dân tỉnh giao Sở … . Giao Sở …' and 'Các sở … căn cứ … . Giao Công an tỉnh …' in paragraphs", () => {
  const found = plan("p22_tinh-dak-lak-luat-pho-bien-2026.md");
  it("each sentence that hands work to a body is a record; the funding paragraph is none", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners])).toEqual([
      [null, ["Sở Khoa học và Công nghệ"], ["Công an tỉnh"]],
      [null, ["Sở Tư pháp"], []],
      [null, ["Các sở, ban, ngành", "UBND các xã, phường"], []],
      [null, ["Công an tỉnh"], []],
    ]);
    expect(found().tasks[0]!.task).toBe("Chủ trì, phối hợp với Công an tỉnh tổ chức hội nghị quán triệt Luật Dữ liệu, hoàn thành trong Quý II/2026.");
    expect(found().tasks[1]!.task).toBe("Chủ trì rà soát văn bản quy phạm pháp luật của tỉnh có liên quan, báo cáo UBND tỉnh trước ngày 30/9/2026.");
    expect(found().tasks[2]!.task).toBe("Căn cứ Kế hoạch này triển khai thực hiện theo chức năng, nhiệm vụ được giao.");
    expect(found().tasks[3]!.task).toBe("Có trách nhiệm theo dõi, hướng dẫn, kiểm tra, đôn đốc việc triển khai thực hiện.");
  });
  it("times: within the second quarter; by 30/9; none; none", () => {
    expect(found().tasks[0]!.deadline).toMatchObject({ start: null, end: "2026-06-30" });
    expect(found().tasks[1]!.deadline).toMatchObject({ start: null, end: "2026-09-30" });
    expect(found().tasks[2]!.deadline).toMatchObject(none);
    expect(found().tasks[3]!.deadline).toMatchObject(none);
  });
  it("header", () => {
    expect(found().meta).toMatchObject({ number: "40/KH-UBND", date: "2026-02-26", level: "tinh", title: "Triển khai thi hành Luật Dữ liệu trên địa bàn tỉnh năm 2026" });
  });
});

describe("p23: unnumbered paragraphs after 'UBND tỉnh yêu cầu …:', two bodies as one subject, 'Đối với …, giao …', a deadline in parentheses", () => {
  const found = plan("p23_tinh-kon-tum-nguoi-co-uy-tin-2026.txt");
  it("four paragraphs, four records; the intro, the purpose and the funding section give none", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners, t.parent])).toEqual([
      [null, ["Sở Dân tộc và Tôn giáo"], ["các cơ quan, địa phương liên quan"], null],
      [null, ["Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh"], [], null],
      [null, ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh"], [], null],
      [null, ["Sở Tài chính"], [], null],
    ]);
    expect(found().tasks[0]!.task).toBe(
      "Chủ trì, phối hợp với các cơ quan, địa phương liên quan rà soát danh sách người có uy tín, trình UBND tỉnh phê duyệt trong Quý I/2026. Định kỳ hằng năm tổng hợp kết quả thực hiện, báo cáo UBND tỉnh (trước ngày 20/11).",
    );
    expect(found().tasks[1]!.task).toBe("Vận động người có uy tín tham gia bảo vệ an ninh, trật tự tại cơ sở theo chức năng, nhiệm vụ được giao.");
    expect(found().tasks[2]!.task).toBe("Đối với các xã biên giới, giao Bộ Chỉ huy Bộ đội Biên phòng tỉnh chủ trì xây dựng kế hoạch phối hợp với người có uy tín, hoàn thành trước ngày 30/4/2026.");
    expect(found().tasks[3]!.task).toBe("Tham mưu UBND tỉnh bố trí kinh phí thực hiện chính sách đối với người có uy tín trong dự toán ngân sách năm 2026.");
  });
  it("times: the first quarter then every year by 20/11; none; by 30/4; none (a budget year)", () => {
    expect(found().tasks[0]!.deadline.items[0]).toMatchObject({ start: "2026-01-01", end: "2026-03-31" });
    expect(found().tasks[0]!.deadline).toMatchObject({ start: null, end: "2026-11-20", recurrence: "yearly" });
    expect(found().tasks[1]!.deadline).toMatchObject(none);
    expect(found().tasks[2]!.deadline).toMatchObject({ start: null, end: "2026-04-30" });
    expect(found().tasks[3]!.deadline).toMatchObject(none);
  });
});

describe("p24: a QUYẾT ĐỊNH whose 'Điều 2. Giao …' goes on in a paragraph naming another body; the plan refers back to it", () => {
  const found = plan("p24_tinh-lam-dong-qd-kiem-soat-tthc-2026.txt");
  it("both bodies of Điều 2, numbered as the article; Điều 3, Điều 4 and the plan's 'Thực hiện theo … Điều 2' give none", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["2", ["Thủ trưởng các sở, ban, ngành", "Chủ tịch UBND các xã, phường"], []],
      ["2", ["Văn phòng UBND tỉnh"], ["Sở Tư pháp"]],
    ]);
    expect(found().tasks[0]!.task).toBe("Căn cứ Kế hoạch này tổ chức triển khai thực hiện tại cơ quan, địa phương mình.");
    expect(found().tasks[1]!.task).toBe("Chủ trì, phối hợp với Sở Tư pháp theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; định kỳ hằng quý báo cáo Chủ tịch UBND tỉnh.");
    expect(found().tasks[1]!.deadline).toMatchObject({ start: "2026-01-01", end: "2026-12-31", recurrence: "quarterly" });
  });
  it("header: the decision's own number and date; the plan's sections", () => {
    expect(found().meta).toMatchObject({ docType: "quyet_dinh", number: "88/QĐ-UBND", date: "2026-01-14", level: "tinh", year: 2026 });
    expect(found().sections.map((s) => s.numeral)).toEqual(["I", "II", "III"]);
  });
});

describe("p25: a text with no blank line, its header's two columns read line by line with the motto", () => {
  const found = plan("p25_xa-dinh-thanh-tuyen-truyen-2026.txt");
  it("header: the committee before the motto on each line, the type line and title inside one paragraph", () => {
    expect(found().meta).toMatchObject({
      docType: "ke_hoach",
      number: "07/KH-UBND",
      date: "2026-01-08",
      place: "Định Thành",
      issuer: "UBND xã Định Thành",
      level: "xa",
      title: "Tuyên truyền cải cách hành chính xã Định Thành năm 2026",
      year: 2026,
    });
    expect(found().sections.map((s) => s.numeral)).toEqual(["I", "II", "III"]);
  });
  it("three duties; the purpose's 'Các ban, ngành, đoàn thể xã phối hợp …' gives none", () => {
    expect(found().tasks.map((t) => [t.number, t.lead])).toEqual([
      ["1", ["Công chức Văn phòng - Thống kê"]],
      ["2", ["Công chức Văn hóa - Xã hội"]],
      ["3", ["Ủy ban MTTQ Việt Nam xã", "các đoàn thể xã"]],
    ]);
    expect(found().tasks[0]!.task).toBe("Tham mưu UBND xã triển khai Kế hoạch; tổng hợp kết quả, báo cáo UBND xã trước ngày 30/11/2026.");
    expect(found().tasks[0]!.deadline).toMatchObject({ start: null, end: "2026-11-30" });
    expect(found().tasks[1]!.task).toBe("Xây dựng tin, bài phát trên hệ thống truyền thanh xã hằng tháng.");
    expect(found().tasks[2]!.task).toBe("Tuyên truyền đến đoàn viên, hội viên.");
  });
});
