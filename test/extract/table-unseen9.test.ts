/**
 * Round 9 of table shapes real plans have (issue 17): timetables whose period columns are marked "x" ("Tháng 1 …
 * Tháng 12" with a row of column numbers "(1) (2) …" under the header, "Tiến độ thực hiện (tháng)" over bare "1 … 12",
 * "Thời gian thực hiện (theo quý)" over "I … IV"), a time split into "Bắt đầu | Kết thúc" or "Thời gian bắt đầu |
 * Thời gian hoàn thành", one "Đơn vị chủ trì, phối hợp" / "Cơ quan chủ trì/phối hợp" column written four ways, a
 * "Sản phẩm" column first, "Kinh phí" and "Nguồn kinh phí" side by side, an STT column with no header, and numbered
 * groups "1." spanning the row over tasks "1.1". The fixtures u20-u23 were written for them
 * (fixtures/unseen/README.md); the expected records are what a reader of each table writes down.
 */
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import { PROVINCE_HEAD as HEAD, codes, htmlPlan, markdownPlan, row, rule, tableTasks, unseenFixture as file, when } from "./table-plan.js";

const markdown = (...lines: string[]) => markdownPlan(HEAD, lines);
const html = (table: string) => htmlPlan(HEAD, table);

describe("u20: Markdown timetable 'Tháng 1 … Tháng 12' with a column-number row under the header", () => {
  it("reads the marked months as the deadline, never the column numbers", async () => {
    const doc = await parsePlan(file("u20_xa-phu-luong-pbgdpl-2026-gantt.md"));
    const months = ["Tháng 1", "Tháng 2", "Tháng 3", "Tháng 4", "Tháng 5", "Tháng 6", "Tháng 7", "Tháng 8", "Tháng 9", "Tháng 10", "Tháng 11", "Tháng 12"];
    expect(doc.tables.map((t) => t.columns)).toEqual([["Số TT", "Nội dung công việc", "Đơn vị thực hiện", ...months, "Ghi chú"]]);
    const law = "Phổ biến, giáo dục pháp luật";
    const mediation = "Hòa giải ở cơ sở";
    const access = "Xây dựng xã đạt chuẩn tiếp cận pháp luật";
    const clerk = ["Công chức Tư pháp - Hộ tịch"];
    expect(tableTasks(doc)).toMatchObject([
      { number: "1", task: "Xây dựng, ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2026", areaLabel: law, lead: clerk, partners: [], deadline: { raw: "Tháng 1", ...when("2026-01-01", "2026-01-31") }, extra: {} },
      { number: "2", areaLabel: law, lead: ["Công chức Tư pháp - Hộ tịch", "Đoàn Thanh niên xã"], deadline: { raw: "Tháng 11", ...when("2026-11-01", "2026-11-30") } },
      {
        number: "3",
        task: "Tuyên truyền pháp luật về đất đai, môi trường trên hệ thống truyền thanh xã",
        lead: ["Văn hóa - Xã hội xã"],
        deadline: {
          raw: "Tháng 3; Tháng 4; Tháng 5",
          ...when("2026-03-01", "2026-05-31"),
          items: [
            { raw: "Tháng 3", start: "2026-03-01", end: "2026-03-31" },
            { raw: "Tháng 4", start: "2026-04-01", end: "2026-04-30" },
            { raw: "Tháng 5", start: "2026-05-01", end: "2026-05-31" },
          ],
        },
        extra: { "Ghi chú": "Mỗi tháng 02 lần" },
      },
      { number: "4", lead: ["Văn phòng HĐND và UBND xã"], deadline: { raw: "Tháng 6; Tháng 12", ...when("2026-06-01", "2026-12-31") } },
      { number: "5", areaLabel: mediation, lead: clerk, deadline: when("2026-02-01", "2026-03-31") },
      { number: "6", areaLabel: mediation, lead: ["Phòng Tư pháp (Sở Tư pháp)"], deadline: when("2026-08-01", "2026-09-30"), extra: { "Ghi chú": "Kinh phí tỉnh hỗ trợ" } },
      { number: "7", areaLabel: access, lead: ["Các công chức chuyên môn"], deadline: when("2026-10-01", "2026-11-30") },
      { number: "8", areaLabel: access, lead: clerk, deadline: { raw: "Tháng 12", ...when("2026-12-01", "2026-12-31") }, extra: { "Ghi chú": "Trước 15/12/2026" } },
    ]);
    expect(tableTasks(doc)).toHaveLength(8);
    expect(codes(doc, "deadline-unparsed")).toBe(0);
  });
});

describe("u21: Word HTML, months as bare numbers, a three-row header, one 'Đơn vị chủ trì, phối hợp' column", () => {
  it("reads the body timetable's months in the header's year, and the appendix's split time, budget and groups", async () => {
    const doc = await parsePlan(file("u21_huyen-dinh-hoa-cds-2025-word.html"));
    expect(doc.tables.map((t) => [t.where, t.kind])).toEqual([["body", "task"], ["appendix", "task"]]);
    expect(doc.tables[1]!.columns).toEqual(["TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì, phối hợp", "Thời gian thực hiện bắt đầu", "Thời gian thực hiện kết thúc", "Kinh phí (triệu đồng)", "Nguồn kinh phí", "Ghi chú"]);
    const infrastructure = "Phát triển hạ tầng số";
    const government = "Phát triển chính quyền số";
    expect(tableTasks(doc)).toMatchObject([
      {
        table: "T1",
        number: "1",
        task: "Tuyên truyền Ngày Chuyển đổi số quốc gia (10/10) trên Cổng thông tin điện tử huyện",
        activities: [],
        lead: ["Trung tâm Văn hóa, Thể thao và Truyền thông huyện"],
        deadline: { raw: "Tháng 9/2025; Tháng 10/2025", ...when("2025-09-01", "2025-10-31") },
        extra: {},
      },
      { table: "T1", number: "2", lead: ["Phòng Văn hóa và Thông tin"], deadline: { raw: "Tháng 4/2025; Tháng 5/2025", ...when("2025-04-01", "2025-05-31") }, extra: {} },
      {
        table: "T2",
        number: "1.1",
        task: "Nâng cấp mạng nội bộ (LAN) tại Trung tâm Phục vụ hành chính công huyện",
        areaLabel: infrastructure,
        parent: null,
        lead: ["Văn phòng HĐND và UBND huyện"],
        partners: ["Phòng Văn hóa và Thông tin"],
        deadline: { raw: "Tháng 3/2025 - Tháng 6/2025", ...when("2025-03-01", "2025-06-30") },
        budget: "250",
        extra: { "Nguồn kinh phí": "Ngân sách huyện" },
      },
      {
        number: "1.2",
        areaLabel: infrastructure,
        parent: null,
        lead: ["Phòng Văn hóa và Thông tin"],
        partners: ["Viettel Định Hóa", "UBND các xã"],
        deadline: when("2025-04-01", "2025-12-31"),
        budget: null,
        extra: { "Nguồn kinh phí": "Doanh nghiệp viễn thông", "Ghi chú": "Xã hội hóa" },
      },
      { number: "2.1", area: "digital_government", areaLabel: government, parent: null, lead: ["Văn phòng HĐND và UBND huyện"], partners: ["Phòng Nội vụ"], deadline: when("2025-03-01", "2025-11-30"), budget: "120" },
      { number: "2.2", areaLabel: government, lead: ["UBND các xã"], partners: ["Phòng Văn hóa và Thông tin"], deadline: when("2025-01-01", "2025-12-31"), extra: { "Ghi chú": "Thực hiện thường xuyên" } },
    ]);
    expect(tableTasks(doc)).toHaveLength(6);
    expect(tableTasks(doc).some((t) => /^\(\d\)$/.test(t.number ?? ""))).toBe(false);
  });
});

describe("u22: TAB tables, 'Sản phẩm' first, 'Cơ quan chủ trì/phối hợp', an STT column with no header", () => {
  it("reads who leads from each way the cell is written, and the numbers of the unlabelled first column", async () => {
    const doc = await parsePlan(file("u22_so-nnmt-lao-cai-2026-tab.txt"));
    expect(tableTasks(doc)).toMatchObject([
      {
        table: "T1",
        number: "1",
        task: "Xây dựng, ban hành Kế hoạch kiểm tra cải cách hành chính năm 2026",
        products: ["Quyết định ban hành Kế hoạch kiểm tra cải cách hành chính"],
        lead: ["Văn phòng Sở"],
        partners: ["Thanh tra Sở"],
        deadline: { raw: "Tháng 02/2026", ...when("2026-02-01", "2026-02-28") },
      },
      { number: "2", products: ["Báo cáo kết quả rà soát"], lead: ["Phòng Quản lý đất đai"], partners: ["Văn phòng Sở"], deadline: when("2026-07-01", "2026-09-30") },
      { number: "3", lead: ["Thanh tra Sở"], partners: ["Văn phòng Sở"], deadline: { raw: "Theo kế hoạch kiểm tra", ...when(null, null) }, extra: { "Ghi chú": "Kiểm tra đột xuất" } },
      { number: "4", lead: ["Văn phòng Sở"], partners: [], deadline: when(null, "2026-06-30"), extra: {} },
      {
        table: "T2",
        number: "1",
        task: "Số hóa hồ sơ đất đai, xây dựng cơ sở dữ liệu đất đai tỉnh",
        lead: ["Văn phòng Đăng ký đất đai"],
        partners: ["Trung tâm Công nghệ thông tin"],
        deadline: { raw: "01/02/2026 - 31/10/2026", ...when("2026-02-01", "2026-10-31") },
        budget: "Ngân sách tỉnh",
        extra: {},
      },
      { number: "2", lead: ["Văn phòng Sở"], deadline: when("2026-01-01", "2026-12-31"), budget: "Chi thường xuyên của Sở", extra: {} },
      { number: "3", lead: ["Văn phòng Sở"], partners: [], deadline: when("2026-09-01", "2026-11-30"), budget: null, extra: {} },
    ]);
    expect(tableTasks(doc)).toHaveLength(7);
  });
});

describe("u23: DOCX quarter timetable 'I | II | III | IV' under 'Thời gian thực hiện năm 2026 (theo quý)'", () => {
  it("reads the marked quarters in the header's year; a merged lead cell is filled down", async () => {
    const doc = await parsePlan(file("u23_tinh-quang-ngai-tuyen-truyen-2026.docx"));
    const media = "Tuyên truyền trên các phương tiện thông tin đại chúng";
    const meetings = "Tuyên truyền qua hội nghị, cuộc thi";
    const press = ["Báo và Phát thanh, Truyền hình Quảng Ngãi"];
    expect(tableTasks(doc)).toMatchObject([
      {
        number: "1",
        task: "Xây dựng chuyên mục “Cải cách hành chính” trên Báo và Phát thanh, Truyền hình Quảng Ngãi",
        areaLabel: media,
        lead: press,
        partners: ["Sở Nội vụ"],
        deadline: { raw: "Quý I/2026; Quý II/2026; Quý III/2026; Quý IV/2026", ...when("2026-01-01", "2026-12-31") },
        budget: "120",
        extra: { "Ghi chú": "Mỗi quý 01 chuyên mục" },
      },
      { number: "2", areaLabel: media, lead: press, partners: ["Sở Nội vụ"], deadline: { raw: "Quý II/2026", ...when("2026-04-01", "2026-06-30") }, budget: null, extra: {} },
      { number: "3", lead: ["Văn phòng UBND tỉnh"], partners: ["Các sở, ban, ngành tỉnh"], deadline: { raw: "Quý I/2026; Quý III/2026", ...when("2026-01-01", "2026-09-30") } },
      { number: "4", areaLabel: meetings, lead: ["Sở Nội vụ"], deadline: when("2026-07-01", "2026-12-31"), budget: "200" },
      { number: "5", areaLabel: meetings, lead: ["UBND các xã, phường, đặc khu"], partners: [], deadline: when("2026-04-01", "2026-12-31"), extra: { "Ghi chú": "Theo lịch tiếp xúc cử tri" } },
    ]);
    expect(tableTasks(doc)).toHaveLength(5);
    expect(codes(doc, "deadline-unparsed")).toBe(0);
  });
});

describe("period columns written as bare numbers under a spanning time header", () => {
  it("a scrape: 'Thời gian thực hiện (tháng)' over '1 … 6', the cells the span covers left empty", async () => {
    const doc = await markdown(
      row("STT", "Nội dung", "Đơn vị chủ trì", "Thời gian thực hiện (tháng)", "", "", "", "", ""),
      rule(9),
      row("", "", "", "1", "2", "3", "4", "5", "6"),
      row("1", "Rà soát quy chế làm việc", "Sở Nội vụ", "", "x", "x", "", "", ""),
    );
    expect(doc.tasks.map((t) => [t.deadline.raw, t.deadline.start, t.deadline.end])).toEqual([["Tháng 2; Tháng 3", "2026-02-01", "2026-03-31"]]);
  });
  it("Arabic quarters '1 … 4' under 'Tiến độ (quý)'; without 'quý' or 'tháng' a run within 1-4 says nothing", async () => {
    const quarters = await html(
      "<tr><td rowspan='2'>TT</td><td rowspan='2'>Nhiệm vụ</td><td rowspan='2'>Cơ quan chủ trì</td><td colspan='4'>Tiến độ (quý)</td></tr>" +
        "<tr><td>1</td><td>2</td><td>3</td><td>4</td></tr>" +
        "<tr><td>1</td><td>Khảo sát sự hài lòng</td><td>Sở Nội vụ</td><td></td><td></td><td></td><td>x</td></tr>",
    );
    expect(quarters.tasks.map((t) => [t.deadline.raw, t.deadline.start, t.deadline.end])).toEqual([["Quý IV", "2026-10-01", "2026-12-31"]]);
    const unsaid = await html(
      "<tr><td rowspan='2'>TT</td><td rowspan='2'>Nhiệm vụ</td><td rowspan='2'>Cơ quan chủ trì</td><td colspan='4'>Thời gian thực hiện</td></tr>" +
        "<tr><td>1</td><td>2</td><td>3</td><td>4</td></tr>" +
        "<tr><td>1</td><td>Khảo sát sự hài lòng</td><td>Sở Nội vụ</td><td></td><td></td><td></td><td>x</td></tr>",
    );
    expect(unsaid.tasks.every((t) => t.deadline.start === null)).toBe(true);
  });
  it("a row numbering every column '(1) … (5)' is no period row", async () => {
    const doc = await markdown(
      row("STT", "Nội dung", "Cơ quan chủ trì", "Thời gian", "Ghi chú"),
      rule(5),
      row("(1)", "(2)", "(3)", "(4)", "(5)"),
      row("1", "Kiểm tra công vụ", "Sở Nội vụ", "Quý III/2026", ""),
    );
    expect(doc.tasks.map((t) => [t.number, t.deadline.raw, t.deadline.start])).toEqual([["1", "Quý III/2026", "2026-07-01"]]);
  });
});

describe("a column-number row under 'Quý I … Quý IV'", () => {
  it("the quarter is read from the header above the numbers", async () => {
    const doc = await markdown(
      row("TT", "Nội dung", "Cơ quan chủ trì", "Quý I", "Quý II", "Quý III", "Quý IV"),
      rule(7),
      row("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"),
      row("1", "Tập huấn nghiệp vụ", "Sở Nội vụ", "", "x", "", ""),
    );
    expect(doc.tasks.map((t) => [t.deadline.raw, t.deadline.start, t.deadline.end])).toEqual([["Quý II", "2026-04-01", "2026-06-30"]]);
  });
});

describe("an STT column with no header", () => {
  it("a first column headed by nothing, holding row numbers, gives each record its number", async () => {
    const doc = await markdown(
      row("", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"),
      rule(4),
      row("1", "Rà soát thủ tục hành chính", "Văn phòng UBND tỉnh", "Quý II/2026"),
      row("2", "Số hóa hồ sơ", "Sở Khoa học và Công nghệ", "Năm 2026"),
    );
    expect(doc.tasks.map((t) => [t.number, t.extra])).toEqual([["1", {}], ["2", {}]]);
  });
  it("an unheaded first column holding words stays under its place", async () => {
    const doc = await markdown(
      row("", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"),
      rule(4),
      row("Trọng tâm", "Rà soát thủ tục hành chính", "Văn phòng UBND tỉnh", "Quý II/2026"),
      row("Thường xuyên", "Số hóa hồ sơ", "Sở Khoa học và Công nghệ", "Năm 2026"),
    );
    expect(doc.tasks.map((t) => t.number)).toEqual([null, null]);
  });
});

describe("a numbered group label spanning the row after its number", () => {
  it("'1. | Phát triển hạ tầng số' merged across the rest of the row is a group over '1.1'; unmerged it heads its sub-tasks", async () => {
    const spanning = await html(
      "<tr><th>TT</th><th>Nhiệm vụ</th><th>Cơ quan chủ trì</th><th>Thời gian</th></tr>" +
        "<tr><td>1.</td><td colspan='3'>Phát triển hạ tầng số</td></tr>" +
        "<tr><td>1.1</td><td>Nâng cấp mạng nội bộ</td><td>Sở Khoa học và Công nghệ</td><td>Quý II/2026</td></tr>",
    );
    expect(spanning.tasks.map((t) => [t.number, t.areaLabel, t.parent])).toEqual([["1.1", "Phát triển hạ tầng số", null]]);
    const plain = await html(
      "<tr><th>TT</th><th>Nhiệm vụ</th><th>Cơ quan chủ trì</th><th>Thời gian</th></tr>" +
        "<tr><td>1.</td><td>Phát triển hạ tầng số</td><td></td><td></td></tr>" +
        "<tr><td>1.1</td><td>Nâng cấp mạng nội bộ</td><td>Sở Khoa học và Công nghệ</td><td>Quý II/2026</td></tr>",
    );
    expect(plain.tasks.map((t) => [t.number, t.parent])).toEqual([["1.1", "Phát triển hạ tầng số"]]);
  });
});

describe("more timetable headers", () => {
  it("quarters 'I … IV' under each of 'Năm 2026 | Năm 2027' take that year", async () => {
    const doc = await html(
      "<tr><td rowspan='2'>TT</td><td rowspan='2'>Nhiệm vụ</td><td rowspan='2'>Cơ quan chủ trì</td><td colspan='4'>Năm 2026</td><td colspan='4'>Năm 2027</td></tr>" +
        "<tr><td>I</td><td>II</td><td>III</td><td>IV</td><td>I</td><td>II</td><td>III</td><td>IV</td></tr>" +
        "<tr><td>1</td><td>Xây dựng cơ sở dữ liệu cán bộ</td><td>Sở Nội vụ</td><td></td><td></td><td></td><td>x</td><td>x</td><td></td><td></td><td></td></tr>",
    );
    expect(doc.tasks.map((t) => [t.deadline.raw, t.deadline.start, t.deadline.end])).toEqual([["Quý IV/2026; Quý I/2027", "2026-10-01", "2027-03-31"]]);
  });
  it("short headers 'T1 … T12' and 'Q1 … Q4' are months and quarters", async () => {
    const months = await markdown(
      row("STT", "Nội dung", "Đơn vị thực hiện", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12"),
      rule(15),
      row("1", "Tổ chức Hội nghị triển khai", "Sở Tư pháp", "", "", "x", "", "", "", "", "", "", "", "", ""),
    );
    expect(months.tasks.map((t) => [t.deadline.raw, t.deadline.start, t.deadline.end])).toEqual([["Tháng 3", "2026-03-01", "2026-03-31"]]);
    const quarters = await markdown(
      row("STT", "Nội dung", "Đơn vị thực hiện", "Q1", "Q2", "Q3", "Q4"),
      rule(7),
      row("1", "Tổ chức Hội nghị triển khai", "Sở Tư pháp", "", "x", "", ""),
    );
    expect(quarters.tasks.map((t) => [t.deadline.start, t.deadline.end])).toEqual([["2026-04-01", "2026-06-30"]]);
  });
  it("a period column's cell writing the time within it ('Tháng 2' under 'Quý I') gives that time; a figure stays a value", async () => {
    const doc = await markdown(
      row("STT", "Nội dung", "Đơn vị thực hiện", "Quý I", "Quý II", "Quý III", "Quý IV"),
      rule(7),
      row("1", "Ban hành Kế hoạch kiểm tra", "Sở Nội vụ", "Tháng 2", "", "", ""),
      row("2", "Tổng hợp báo cáo", "Sở Nội vụ", "", "15/6", "", "x"),
      row("3", "Khảo sát", "Sở Nội vụ", "", "", "80%", ""),
    );
    expect(doc.tasks.map((t) => [t.deadline.raw, t.deadline.start, t.deadline.end, t.extra])).toEqual([
      ["Tháng 2", "2026-02-01", "2026-02-28", {}],
      ["15/6; Quý IV", "2026-06-15", "2026-12-31", {}],
      [null, null, null, { "Quý III": "80%" }],
    ]);
  });
});

describe("years as bare numbers under 'Lộ trình thực hiện'", () => {
  it("'2026 | 2027 | 2028' marked 'x' are years", async () => {
    const doc = await html(
      "<tr><td rowspan='2'>TT</td><td rowspan='2'>Nhiệm vụ</td><td rowspan='2'>Cơ quan chủ trì</td><td colspan='3'>Lộ trình thực hiện</td></tr>" +
        "<tr><td>2026</td><td>2027</td><td>2028</td></tr>" +
        "<tr><td>1</td><td>Xây dựng kho dữ liệu dùng chung</td><td>Sở Khoa học và Công nghệ</td><td></td><td>x</td><td>x</td></tr>",
    );
    expect(doc.tasks.map((t) => [t.deadline.raw, t.deadline.start, t.deadline.end])).toEqual([["Năm 2027; Năm 2028", "2027-01-01", "2028-12-31"]]);
  });
});

describe("one 'Chủ trì/phối hợp' cell marking roles after the names", () => {
  it("'(CT)' / '(PH)', '(cơ quan chủ trì)' and 'A - chủ trì; B - phối hợp' say who leads", async () => {
    const doc = await markdown(
      row("TT", "Nội dung", "Cơ quan chủ trì/phối hợp", "Thời gian"),
      rule(4),
      row("1", "Số hóa hồ sơ", "Sở Tài chính (PH); Sở Nội vụ (CT)", "Quý II"),
      row("2", "Rà soát thủ tục", "Sở Tư pháp (cơ quan phối hợp); Văn phòng UBND tỉnh (cơ quan chủ trì)", "Quý III"),
      row("3", "Kiểm tra công vụ", "Sở Nội vụ - chủ trì; Thanh tra tỉnh - phối hợp", "Quý IV"),
      row("4", "Đánh giá Chỉ số", "Phòng Tài chính - Kế hoạch, Sở Nội vụ", "Quý IV"),
    );
    expect(doc.tasks.map((t) => [t.lead, t.partners])).toEqual([
      [["Sở Nội vụ"], ["Sở Tài chính"]],
      [["Văn phòng UBND tỉnh"], ["Sở Tư pháp"]],
      [["Sở Nội vụ"], ["Thanh tra tỉnh"]],
      [["Phòng Tài chính - Kế hoạch"], ["Sở Nội vụ"]],
    ]);
  });
});

describe("a table without a time column whose 'Ghi chú' is a time alone", () => {
  it("takes the note as the time; a note with more words is only a note", async () => {
    const doc = await markdown(
      row("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Ghi chú"),
      rule(5),
      row("1", "Ban hành Kế hoạch tự kiểm tra", "Sở Nội vụ", "Văn phòng UBND tỉnh", "Quý I/2026"),
      row("2", "Rà soát quy chế", "Sở Tư pháp", "", "Trước ngày 30/6/2026"),
      row("3", "Cập nhật cơ sở dữ liệu", "Sở Nội vụ", "", "Thường xuyên cập nhật khi có thay đổi"),
    );
    expect(doc.tasks.map((t) => [t.deadline.raw, t.deadline.start, t.deadline.end, t.extra["Ghi chú"]])).toEqual([
      ["Quý I/2026", "2026-01-01", "2026-03-31", "Quý I/2026"],
      ["Trước ngày 30/6/2026", null, "2026-06-30", "Trước ngày 30/6/2026"],
      [null, null, null, "Thường xuyên cập nhật khi có thay đổi"],
    ]);
    expect(codes(doc, "field-from-note")).toBe(2);
  });
  it("a timetable marked with ticks '√'", async () => {
    const doc = await markdown(
      row("STT", "Nội dung", "Đơn vị thực hiện", "Quý I", "Quý II", "Quý III", "Quý IV"),
      rule(7),
      row("1", "Tổ chức tập huấn", "Sở Nội vụ", "", "√", "√", ""),
    );
    expect(doc.tasks.map((t) => [t.deadline.start, t.deadline.end])).toEqual([["2026-04-01", "2026-09-30"]]);
  });
});

describe("a split time column with one bound written", () => {
  it("a start alone starts the work with its end open; an end alone is the day it is due by", async () => {
    const doc = await markdown(
      row("STT", "Nhiệm vụ", "Chủ trì", "Thời gian bắt đầu", "Thời gian hoàn thành"),
      rule(5),
      row("1", "Vận hành hệ thống một cửa điện tử", "Văn phòng UBND tỉnh", "01/3/2026", ""),
      row("2", "Rà soát quy chế", "Sở Tư pháp", "", "30/6/2026"),
      row("3", "Khảo sát sự hài lòng", "Sở Nội vụ", "Quý II/2026", ""),
      row("4", "Sơ kết", "Sở Nội vụ", "Tháng 5/2026", "Tháng 6/2026"),
    );
    expect(doc.tasks.map((t) => [t.deadline.start, t.deadline.end])).toEqual([
      ["2026-03-01", null],
      [null, "2026-06-30"],
      ["2026-04-01", null],
      ["2026-05-01", "2026-06-30"],
    ]);
  });
  it("two time columns that do not say start and end keep reading each as written", async () => {
    const doc = await markdown(
      row("STT", "Nhiệm vụ", "Chủ trì", "Thời gian thực hiện", "Thời hạn báo cáo"),
      rule(5),
      row("1", "Kiểm tra công vụ", "Sở Nội vụ", "Quý III/2026", ""),
    );
    expect(doc.tasks.map((t) => [t.deadline.start, t.deadline.end])).toEqual([["2026-07-01", "2026-09-30"]]);
  });
});
