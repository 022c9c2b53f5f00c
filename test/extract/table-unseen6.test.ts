/**
 * Round 6 of table shapes real plans have (issue 17), each read whole through the pipeline from a small hand-written
 * Markdown or HTML plan: time marked by "x" in quarter or month columns, time split into "Từ ngày | Đến ngày", one
 * agency column saying who leads in words, the reform area in a column of its own, several "Biểu số" tables in one
 * appendix, a report-deadline table, lead cells joined by a slash or a line break, a "Ghi chú" holding partners and a
 * two-row "Sản phẩm" header. The expected records are what a reader of each table writes down.
 */
import { describe, expect, it } from "vitest";
import { htmlPlan, markdownPlan, row, rule } from "./table-plan.js";

const HEAD = [
  "ỦY BAN NHÂN DÂN TỈNH AN GIANG",
  "",
  "Số: 12/KH-UBND",
  "",
  "An Giang, ngày 10 tháng 01 năm 2026",
  "",
  "KẾ HOẠCH",
  "",
  "Cải cách hành chính năm 2026",
  "",
  "I. MỤC ĐÍCH, YÊU CẦU",
  "",
  "Nâng cao hiệu quả công tác cải cách hành chính.",
  "",
  "II. NHIỆM VỤ",
  "",
].join("\n");

const markdown = (...lines: string[]) => markdownPlan(HEAD, lines);
const html = (table: string, before = "") => htmlPlan(HEAD, table, before);

describe("(1) time marked by 'x' in quarter or month columns under 'Thời gian thực hiện'", () => {
  it("HTML, quarters under a spanning header: the span of the marked quarters in the plan's year", async () => {
    const doc = await html(
      [
        "<tr><th rowspan='2'>STT</th><th rowspan='2'>Nội dung</th><th rowspan='2'>Cơ quan chủ trì</th><th rowspan='2'>Cơ quan phối hợp</th><th colspan='4'>Thời gian thực hiện</th></tr>",
        "<tr><th>Quý I</th><th>Quý II</th><th>Quý III</th><th>Quý IV</th></tr>",
        "<tr><td>1</td><td>Xây dựng Kế hoạch tuyên truyền cải cách hành chính</td><td>Sở Nội vụ</td><td>Các sở, ngành</td><td>x</td><td></td><td></td><td></td></tr>",
        "<tr><td>2</td><td>Tổ chức Cuộc thi tìm hiểu về cải cách hành chính</td><td>Sở Nội vụ</td><td>Tỉnh đoàn</td><td></td><td>x</td><td>x</td><td></td></tr>",
        "<tr><td>3</td><td>Kiểm tra công tác tuyên truyền</td><td>Sở Nội vụ</td><td></td><td>X</td><td></td><td>X</td><td></td></tr>",
      ].join(""),
    );
    expect(doc.tables).toHaveLength(1);
    expect(doc.tasks.map((t) => [t.number, t.lead, t.partners, t.deadline.raw, t.deadline.start, t.deadline.end, t.extra])).toEqual([
      ["1", ["Sở Nội vụ"], ["Các sở, ngành"], "Quý I", "2026-01-01", "2026-03-31", {}],
      ["2", ["Sở Nội vụ"], ["Tỉnh đoàn"], "Quý II; Quý III", "2026-04-01", "2026-09-30", {}],
      ["3", ["Sở Nội vụ"], [], "Quý I; Quý III", "2026-01-01", "2026-09-30", {}],
    ]);
    expect(doc.tasks[2]!.deadline.items.map((i) => [i.start, i.end])).toEqual([
      ["2026-01-01", "2026-03-31"],
      ["2026-07-01", "2026-09-30"],
    ]);
  });

  it("Markdown, months under 'Thời gian thực hiện năm 2026': the year the header names; a row with no mark has no time", async () => {
    const months = Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`);
    const marks = (...at: number[]) => months.map((_, i) => (at.includes(i + 1) ? "x" : ""));
    const doc = await markdown(
      row("TT", "Nội dung", "Đơn vị thực hiện", "Thời gian thực hiện năm 2026", ...Array.from({ length: 11 }, () => "")),
      rule(15),
      row("", "", "", ...months),
      row("1", "Đăng tin, bài tuyên truyền cải cách hành chính", "Sở Văn hóa, Thể thao và Du lịch", ...marks(3, 4, 5)),
      row("2", "Tổ chức Hội nghị sơ kết", "Sở Nội vụ", ...marks(7)),
      row("3", "Cập nhật chuyên mục cải cách hành chính", "Sở Nội vụ", ...marks()),
    );
    expect(doc.tasks.map((t) => [t.number, t.lead, t.deadline.raw, t.deadline.start, t.deadline.end, t.extra])).toEqual([
      ["1", ["Sở Văn hóa, Thể thao và Du lịch"], "Tháng 3/2026; Tháng 4/2026; Tháng 5/2026", "2026-03-01", "2026-05-31", {}],
      ["2", ["Sở Nội vụ"], "Tháng 7/2026", "2026-07-01", "2026-07-31", {}],
      ["3", ["Sở Nội vụ"], null, null, null, {}],
    ]);
  });

  it("a statistics table by quarter still assigns nothing; a target's values per quarter stay under their headers", async () => {
    const doc = await markdown(
      row("STT", "Chỉ tiêu", "Đơn vị tính", "Quý I", "Quý II"),
      rule(5),
      row("1", "Hồ sơ trực tuyến", "%", "60", "70"),
      "",
      "III. TỔ CHỨC THỰC HIỆN",
      "",
      row("TT", "Chỉ tiêu", "Quý I", "Quý II", "Cơ quan chủ trì"),
      rule(5),
      row("1", "Tỷ lệ hồ sơ trực tuyến toàn trình", "60", "70", "Văn phòng UBND tỉnh"),
    );
    expect(doc.tables.map((t) => t.kind)).toEqual(["target"]);
    expect(doc.tasks.map((t) => [t.task, t.lead, t.deadline.raw, t.extra])).toEqual([["Tỷ lệ hồ sơ trực tuyến toàn trình", ["Văn phòng UBND tỉnh"], null, { "Quý I": "60", "Quý II": "70" }]]);
  });
});

describe("(1') years marked in columns of their own, and halves of each year", () => {
  it("'Năm 2026 | Năm 2027 | Năm 2028' marked 'x': the span of the marked years", async () => {
    const doc = await markdown(
      row("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Năm 2026", "Năm 2027", "Năm 2028"),
      rule(6),
      row("1", "Xây dựng kho dữ liệu dùng chung", "Sở Khoa học và Công nghệ", "", "x", "x"),
    );
    expect(doc.tasks.map((t) => [t.deadline.raw, t.deadline.start, t.deadline.end])).toEqual([["Năm 2027; Năm 2028", "2027-01-01", "2028-12-31"]]);
  });
  it("HTML 'Năm 2026' and 'Năm 2027' each over '6 tháng đầu năm | 6 tháng cuối năm'", async () => {
    const doc = await html(
      [
        "<tr><th rowspan='2'>STT</th><th rowspan='2'>Nhiệm vụ</th><th rowspan='2'>Cơ quan chủ trì</th><th colspan='2'>Năm 2026</th><th colspan='2'>Năm 2027</th></tr>",
        "<tr><th>6 tháng đầu năm</th><th>6 tháng cuối năm</th><th>6 tháng đầu năm</th><th>6 tháng cuối năm</th></tr>",
        "<tr><td>1</td><td>Số hóa hồ sơ hộ tịch</td><td>Sở Tư pháp</td><td></td><td>x</td><td>x</td><td></td></tr>",
      ].join(""),
    );
    expect(doc.tasks.map((t) => [t.deadline.start, t.deadline.end, t.deadline.items.map((i) => [i.start, i.end])])).toEqual([
      ["2026-07-01", "2027-06-30", [["2026-07-01", "2026-12-31"], ["2027-01-01", "2027-06-30"]]],
    ]);
  });
});

describe("(2) two time columns", () => {
  it("'Từ ngày | Đến ngày' in one header row", async () => {
    const doc = await markdown(
      row("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Từ ngày", "Đến ngày"),
      rule(5),
      row("1", "Kiểm tra công tác cải cách hành chính tại các sở", "Sở Nội vụ", "01/4/2026", "30/6/2026"),
    );
    expect(doc.tasks.map((t) => [t.lead, t.deadline.start, t.deadline.end, t.extra])).toEqual([[["Sở Nội vụ"], "2026-04-01", "2026-06-30", {}]]);
  });
  it("'Thời gian bắt đầu | Thời gian kết thúc'", async () => {
    const doc = await markdown(
      row("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian bắt đầu", "Thời gian kết thúc"),
      rule(5),
      row("1", "Số hóa hồ sơ lưu trữ", "Sở Nội vụ", "Tháng 5/2026", "Tháng 8/2026"),
    );
    expect(doc.tasks.map((t) => [t.deadline.start, t.deadline.end])).toEqual([["2026-05-01", "2026-08-31"]]);
  });
});

describe("(3) one agency column whose cells say who leads", () => {
  it("'Cơ quan chủ trì/phối hợp': 'Chủ trì: X; phối hợp: Y, Z', 'X (chủ trì), Y', 'X, các sở, ngành'", async () => {
    const doc = await markdown(
      row("STT", "Nội dung", "Cơ quan chủ trì/phối hợp", "Thời gian"),
      rule(4),
      row("1", "Rà soát văn bản quy phạm pháp luật", "Chủ trì: Sở Tư pháp; phối hợp: Sở Nội vụ, Văn phòng UBND tỉnh", "Quý II/2026"),
      row("2", "Giao quyền tự chủ tài chính", "Sở Tài chính (chủ trì), Sở Nội vụ", "Năm 2026"),
      row("3", "Xây dựng nền tảng dữ liệu dùng chung", "Sở Khoa học và Công nghệ, các sở, ngành", "Quý IV/2026"),
    );
    expect(doc.tasks.map((t) => [t.lead, t.partners])).toEqual([
      [["Sở Tư pháp"], ["Sở Nội vụ", "Văn phòng UBND tỉnh"]],
      [["Sở Tài chính"], ["Sở Nội vụ"]],
      [["Sở Khoa học và Công nghệ"], ["các sở, ngành"]],
    ]);
  });
  it("'Đơn vị thực hiện' saying the same", async () => {
    const doc = await markdown(
      row("STT", "Nội dung", "Đơn vị thực hiện", "Thời gian"),
      rule(4),
      row("1", "Triển khai bệnh án điện tử", "Chủ trì: Sở Y tế; phối hợp: Bảo hiểm xã hội tỉnh", "Năm 2026"),
      row("2", "Làm sạch dữ liệu dân cư", "Công an tỉnh (chủ trì), Sở Tư pháp, Sở Nội vụ", "Quý III/2026"),
    );
    expect(doc.tasks.map((t) => [t.lead, t.partners])).toEqual([
      [["Sở Y tế"], ["Bảo hiểm xã hội tỉnh"]],
      [["Công an tỉnh"], ["Sở Tư pháp", "Sở Nội vụ"]],
    ]);
  });
});

describe("(4) the reform area in a column of its own", () => {
  it("HTML 'Lĩnh vực' merged down with rowspan", async () => {
    const doc = await html(
      [
        "<tr><th>Lĩnh vực</th><th>STT</th><th>Nhiệm vụ</th><th>Cơ quan chủ trì</th><th>Thời gian</th></tr>",
        "<tr><td rowspan='2'>Cải cách thể chế</td><td>1</td><td>Rà soát văn bản quy phạm pháp luật</td><td>Sở Tư pháp</td><td>Quý II/2026</td></tr>",
        "<tr><td>2</td><td>Theo dõi thi hành pháp luật</td><td>Sở Tư pháp</td><td>Năm 2026</td></tr>",
        "<tr><td>Cải cách thủ tục hành chính</td><td>3</td><td>Công bố danh mục thủ tục hành chính</td><td>Văn phòng UBND tỉnh</td><td>Thường xuyên</td></tr>",
      ].join(""),
    );
    expect(doc.tasks.map((t) => [t.number, t.area, t.areaLabel, t.task])).toEqual([
      ["1", "institutions", "Cải cách thể chế", "Rà soát văn bản quy phạm pháp luật"],
      ["2", "institutions", "Cải cách thể chế", "Theo dõi thi hành pháp luật"],
      ["3", "procedures", "Cải cách thủ tục hành chính", "Công bố danh mục thủ tục hành chính"],
    ]);
  });
  it("Markdown 'Lĩnh vực', left blank under its first row or written again", async () => {
    const doc = await markdown(
      row("Lĩnh vực", "STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"),
      rule(5),
      row("Cải cách tổ chức bộ máy", "1", "Sắp xếp các đơn vị sự nghiệp công lập", "Sở Nội vụ", "Quý III/2026"),
      row("", "2", "Rà soát chức năng, nhiệm vụ của các sở", "Sở Nội vụ", "Năm 2026"),
      row("Cải cách tài chính công", "3", "Giao quyền tự chủ cho đơn vị sự nghiệp", "Sở Tài chính", "Năm 2026"),
      row("Cải cách tài chính công", "4", "Kiểm tra việc sử dụng kinh phí", "Sở Tài chính", "Quý IV/2026"),
    );
    expect(doc.tasks.map((t) => [t.number, t.area, t.areaLabel, t.lead])).toEqual([
      ["1", "organization", "Cải cách tổ chức bộ máy", ["Sở Nội vụ"]],
      ["2", "organization", "Cải cách tổ chức bộ máy", ["Sở Nội vụ"]],
      ["3", "public_finance", "Cải cách tài chính công", ["Sở Tài chính"]],
      ["4", "public_finance", "Cải cách tài chính công", ["Sở Tài chính"]],
    ]);
  });
});

describe("(5) one appendix holding 'Biểu số 1', 'Biểu số 2', each with its own header", () => {
  const header = row("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành");
  const appendix = (second: string[]) =>
    markdown(
      "III. KINH PHÍ",
      "",
      "Kinh phí thực hiện từ ngân sách nhà nước.",
      "",
      "**PHỤ LỤC**",
      "",
      "**DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026**",
      "",
      "(Kèm theo Kế hoạch số 12/KH-UBND ngày 10/01/2026 của UBND tỉnh An Giang)",
      "",
      "**Biểu số 1: NHIỆM VỤ CỦA CÁC SỞ, BAN, NGÀNH**",
      "",
      header,
      rule(5),
      row("1", "Rà soát thủ tục hành chính nội bộ", "Văn phòng UBND tỉnh", "Các sở, ngành", "Quý I/2026"),
      row("2", "Tổ chức tuyển dụng công chức", "Sở Nội vụ", "", "Quý III/2026"),
      "",
      "**Biểu số 2: NHIỆM VỤ CỦA UBND CẤP XÃ**",
      "",
      ...second,
    );
  it("two tables of the same header are two tables, each titled by its Biểu heading", async () => {
    const doc = await appendix([header, rule(5), row("1", "Niêm yết thủ tục hành chính tại Bộ phận một cửa", "UBND các xã, phường", "", "Thường xuyên")]);
    expect(doc.tables.map((t) => [t.id, t.where, t.kind, t.title])).toEqual([
      ["T1", "appendix", "task", "Biểu số 1: NHIỆM VỤ CỦA CÁC SỞ, BAN, NGÀNH"],
      ["T2", "appendix", "task", "Biểu số 2: NHIỆM VỤ CỦA UBND CẤP XÃ"],
    ]);
    expect(doc.tables.map((t) => t.reference)).toEqual(["Kế hoạch số 12/KH-UBND ngày 10/01/2026 của UBND tỉnh An Giang", "Kế hoạch số 12/KH-UBND ngày 10/01/2026 của UBND tỉnh An Giang"]);
    expect(doc.tasks.map((t) => [t.table, t.number, t.lead])).toEqual([
      ["T1", "1", ["Văn phòng UBND tỉnh"]],
      ["T1", "2", ["Sở Nội vụ"]],
      ["T2", "1", ["UBND các xã, phường"]],
    ]);
    expect(doc.diagnostics.filter((d) => d.code === "numbering")).toEqual([]);
  });
  it("'Biểu số 02' alone on its line, its title in capitals on the next", async () => {
    const doc = await markdown(
      "**PHỤ LỤC**",
      "",
      "(Kèm theo Kế hoạch số 12/KH-UBND ngày 10/01/2026 của UBND tỉnh An Giang)",
      "",
      "Biểu số 01",
      "",
      "**NHIỆM VỤ CỦA CÁC SỞ**",
      "",
      header,
      rule(5),
      row("1", "Rà soát thủ tục hành chính nội bộ", "Văn phòng UBND tỉnh", "", "Quý I/2026"),
      "",
      "Biểu số 02",
      "",
      "**NHIỆM VỤ CỦA CẤP XÃ**",
      "",
      header,
      rule(5),
      row("1", "Niêm yết thủ tục hành chính", "UBND các xã, phường", "", "Thường xuyên"),
    );
    expect(doc.tables.map((t) => t.title)).toEqual(["Biểu số 01 NHIỆM VỤ CỦA CÁC SỞ", "Biểu số 02 NHIỆM VỤ CỦA CẤP XÃ"]);
  });
  it("a targets table as Biểu số 2 is a target table of its own", async () => {
    const doc = await appendix([row("STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2026", "Cơ quan theo dõi"), rule(5), row("1", "Tỷ lệ hài lòng của người dân", "%", "90", "Sở Nội vụ")]);
    expect(doc.tables.map((t) => [t.kind, t.title])).toEqual([
      ["task", "Biểu số 1: NHIỆM VỤ CỦA CÁC SỞ, BAN, NGÀNH"],
      ["target", "Biểu số 2: NHIỆM VỤ CỦA UBND CẤP XÃ"],
    ]);
    expect(doc.tasks.map((t) => [t.table, t.kind, t.task, t.lead])).toEqual([
      ["T1", "task", "Rà soát thủ tục hành chính nội bộ", ["Văn phòng UBND tỉnh"]],
      ["T1", "task", "Tổ chức tuyển dụng công chức", ["Sở Nội vụ"]],
      ["T2", "target", "Tỷ lệ hài lòng của người dân", ["Sở Nội vụ"]],
    ]);
  });
});

describe("(6) a report-deadline table: 'Tên báo cáo | Cơ quan thực hiện | Thời hạn gửi | Cơ quan nhận'", () => {
  it("each report is a task of the body that sends it, due by its date; the receiver kept under its header", async () => {
    const doc = await markdown(
      row("STT", "Tên báo cáo", "Cơ quan thực hiện", "Thời hạn gửi", "Cơ quan nhận"),
      rule(5),
      row("1", "Báo cáo cải cách hành chính 6 tháng", "Các sở, ban, ngành", "Trước ngày 15/6/2026", "Sở Nội vụ"),
      row("2", "Báo cáo cải cách hành chính năm", "UBND các xã, phường", "Trước ngày 10/12/2026", "Sở Nội vụ"),
    );
    expect(doc.tables.map((t) => t.kind)).toEqual(["task"]);
    expect(doc.tasks.map((t) => [t.kind, t.task, t.lead, t.deadline.start, t.deadline.end, t.extra])).toEqual([
      ["task", "Báo cáo cải cách hành chính 6 tháng", ["Các sở, ban, ngành"], null, "2026-06-15", { "Cơ quan nhận": "Sở Nội vụ" }],
      ["task", "Báo cáo cải cách hành chính năm", ["UBND các xã, phường"], null, "2026-12-10", { "Cơ quan nhận": "Sở Nội vụ" }],
    ]);
  });
});

describe("(7) lead cells: a slash, a collective, line breaks; 'Các cơ quan, đơn vị liên quan'", () => {
  it("Markdown: 'Sở Nội vụ/Sở Tư pháp' two leads; 'UBND các xã, phường' one; '<br>' between agencies", async () => {
    const doc = await markdown(
      row("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"),
      rule(5),
      row("1", "Kiểm tra công tác cải cách hành chính", "Sở Nội vụ/Sở Tư pháp", "Các cơ quan, đơn vị liên quan", "Quý III/2026"),
      row("2", "Niêm yết công khai thủ tục hành chính", "UBND các xã, phường", "Văn phòng UBND tỉnh", "Thường xuyên"),
      row("3", "Tổ chức đối thoại với doanh nghiệp", "Sở Tài chính<br>Sở Công Thương", "Hiệp hội Doanh nghiệp tỉnh<br>Các cơ quan, đơn vị liên quan", "Quý II/2026"),
    );
    expect(doc.tasks.map((t) => [t.lead, t.partners])).toEqual([
      [["Sở Nội vụ", "Sở Tư pháp"], ["Các cơ quan, đơn vị liên quan"]],
      [["UBND các xã, phường"], ["Văn phòng UBND tỉnh"]],
      [["Sở Tài chính", "Sở Công Thương"], ["Hiệp hội Doanh nghiệp tỉnh", "Các cơ quan, đơn vị liên quan"]],
    ]);
  });
  it("HTML: '<br>' between agencies in a lead cell", async () => {
    const doc = await html(
      [
        "<tr><th>STT</th><th>Nhiệm vụ</th><th>Cơ quan chủ trì</th><th>Cơ quan phối hợp</th><th>Thời gian</th></tr>",
        "<tr><td>1</td><td>Tổ chức đối thoại với doanh nghiệp</td><td>Sở Tài chính<br>Sở Công Thương</td><td>Các cơ quan, đơn vị liên quan</td><td>Quý II/2026</td></tr>",
      ].join(""),
    );
    expect(doc.tasks.map((t) => [t.lead, t.partners])).toEqual([[["Sở Tài chính", "Sở Công Thương"], ["Các cơ quan, đơn vị liên quan"]]]);
  });
});

describe("(8) a 'Ghi chú' column and a two-row 'Sản phẩm' header", () => {
  it("'Ghi chú' saying 'Phối hợp: …' in a table with no partner column gives the partners, and stays under its header", async () => {
    const doc = await markdown(
      row("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian", "Ghi chú"),
      rule(5),
      row("1", "Tổ chức tập huấn nghiệp vụ cải cách hành chính", "Sở Nội vụ", "Quý II/2026", "Phối hợp: Sở Tư pháp, Văn phòng UBND tỉnh"),
      row("2", "Tổng kết công tác cải cách hành chính", "Sở Nội vụ", "Tháng 12/2026", "Trọng tâm"),
    );
    expect(doc.tasks.map((t) => [t.lead, t.partners, t.extra])).toEqual([
      [["Sở Nội vụ"], ["Sở Tư pháp", "Văn phòng UBND tỉnh"], { "Ghi chú": "Phối hợp: Sở Tư pháp, Văn phòng UBND tỉnh" }],
      [["Sở Nội vụ"], [], { "Ghi chú": "Trọng tâm" }],
    ]);
  });
  it("a note opening with a time ('Hoàn thành trước …', 'Thời gian: …') in a table with no time column is the time", async () => {
    const doc = await markdown(
      row("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Ghi chú"),
      rule(5),
      row("1", "Rà soát quy chế làm việc", "Văn phòng UBND tỉnh", "Sở Nội vụ", "Hoàn thành trước ngày 30/6/2026"),
      row("2", "Đánh giá chỉ số hài lòng", "Sở Nội vụ", "", "Thời gian: Quý III/2026"),
      row("3", "Tổ chức Hội nghị trực tuyến", "Sở Nội vụ", "", "Trọng tâm"),
    );
    expect(doc.tasks.map((t) => [t.deadline.start, t.deadline.end, t.extra])).toEqual([
      [null, "2026-06-30", { "Ghi chú": "Hoàn thành trước ngày 30/6/2026" }],
      ["2026-07-01", "2026-09-30", { "Ghi chú": "Thời gian: Quý III/2026" }],
      [null, null, { "Ghi chú": "Trọng tâm" }],
    ]);
    expect(doc.diagnostics.filter((d) => d.code === "field-from-note")).toHaveLength(2);
  });
  it("'Sản phẩm' over 'Tên sản phẩm | Hình thức': the product is its name, its form kept under its header", async () => {
    const doc = await html(
      [
        "<tr><th rowspan='2'>STT</th><th rowspan='2'>Nhiệm vụ</th><th rowspan='2'>Cơ quan chủ trì</th><th colspan='2'>Sản phẩm</th><th rowspan='2'>Thời gian hoàn thành</th></tr>",
        "<tr><th>Tên sản phẩm</th><th>Hình thức</th></tr>",
        "<tr><td>1</td><td>Xây dựng Kế hoạch kiểm tra cải cách hành chính</td><td>Sở Nội vụ</td><td>Kế hoạch kiểm tra năm 2026</td><td>Kế hoạch của UBND tỉnh</td><td>Tháng 02/2026</td></tr>",
      ].join(""),
    );
    expect(doc.tasks.map((t) => [t.products, t.extra, t.deadline.end])).toEqual([[["Kế hoạch kiểm tra năm 2026"], { "Sản phẩm hình thức": "Kế hoạch của UBND tỉnh" }, "2026-02-28"]]);
  });
});

describe("(1'') a scrape that writes the spanning labels again in the sub-header row", () => {
  it("'STT | Nội dung | Đơn vị thực hiện' repeated over 'Quý I … Quý IV' is still the header's second row", async () => {
    const doc = await markdown(
      row("STT", "Nội dung", "Đơn vị thực hiện", "Thời gian thực hiện", "Thời gian thực hiện", "Thời gian thực hiện", "Thời gian thực hiện"),
      rule(7),
      row("STT", "Nội dung", "Đơn vị thực hiện", "Quý I", "Quý II", "Quý III", "Quý IV"),
      row("1", "Tập huấn công tác văn thư, lưu trữ", "Sở Nội vụ", "", "", "", "x"),
    );
    expect(doc.tasks.map((t) => [t.number, t.task, t.lead, t.deadline.raw, t.deadline.start, t.deadline.end])).toEqual([
      ["1", "Tập huấn công tác văn thư, lưu trữ", ["Sở Nội vụ"], "Quý IV", "2026-10-01", "2026-12-31"],
    ]);
  });
});
