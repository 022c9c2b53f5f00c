/**
 * Round 8 of table shapes real plans have (issue 17): a group row naming its own lead, new lead headers ("Đầu mối",
 * "Cơ quan/Đơn vị được giao", "Giao cho", "Cơ quan giúp việc"), one cell holding "- Chủ trì: … - Phối hợp: …", role
 * words in parentheses, bodies renamed in 2025 ("Thuế tỉnh", "Thống kê tỉnh", "Thi hành án dân sự tỉnh"), a "-" cell,
 * a Markdown group row written in every cell, "Phần I" / "Nhóm nhiệm vụ 1:" and `<th>` group rows, a reform area's
 * name alone in its row, and open-ended times ("Từ ngày 01/7/2026", "Kể từ Quý II/2026"). The fixtures u17-u19 were
 * written for them (fixtures/unseen/README.md); the expected records are what a reader of each table writes down.
 */
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import { PROVINCE_HEAD as HEAD, codes, htmlPlan, markdownPlan, row, rule, tableTasks, unseenFixture as file, when } from "./table-plan.js";
import { parseDeadline } from "../../src/normalize/deadline.js";
import { startsWithAgency, splitAgencies } from "../../src/normalize/agency.js";
import { roleOf } from "../../src/segment/task-header.js";

const markdown = (...lines: string[]) => markdownPlan(HEAD, lines);
const html = (table: string, before = "") => htmlPlan(HEAD, table, before);

describe("u17: TAB table headed 'Đầu mối', group rows naming their own lead", () => {
  it("reads each group row as a group and a record, and gives its lead to the rows with a blank lead cell", async () => {
    const doc = await parsePlan(file("u17_tinh-tuyen-quang-2026-dau-moi-tab.txt"));
    expect(doc.tables.map((t) => t.columns)).toEqual([["STT", "Nhiệm vụ", "Đầu mối", "Cơ quan phối hợp", "Thời gian thực hiện", "Sản phẩm"]]);
    const law = "Nhiệm vụ cải cách thể chế";
    const finance = "Nhiệm vụ cải cách tài chính công";
    expect(tableTasks(doc)).toMatchObject([
      { number: "I", task: law, area: "institutions", areaLabel: law, lead: ["Sở Tư pháp"], partners: ["Các sở, ban, ngành"], products: [], deadline: { raw: null, ...when(null, null) } },
      {
        number: "1",
        task: "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành trước khi hợp nhất tỉnh",
        areaLabel: law,
        lead: ["Sở Tư pháp"],
        partners: ["Văn phòng UBND tỉnh"],
        products: ["Báo cáo kết quả rà soát"],
        deadline: when("2026-04-01", "2026-06-30"),
      },
      { number: "2", areaLabel: law, lead: ["Sở Tư pháp"], partners: [], deadline: { raw: "Từ ngày 01/7/2026", ...when("2026-07-01", null) } },
      { number: "3", areaLabel: law, lead: ["Sở Nội vụ"], partners: ["Sở Tư pháp"], deadline: when("2026-07-01", "2026-09-30") },
      { number: "II", task: finance, area: "public_finance", areaLabel: finance, lead: ["Sở Tài chính"], partners: [], products: [], deadline: { raw: null } },
      { number: "4", area: "public_finance", lead: ["Thuế tỉnh"], partners: ["Kho bạc Nhà nước khu vực VIII", "Sở Tài chính"], products: ["Tỷ lệ thu điện tử đạt trên 95%"], deadline: when("2026-01-01", "2026-12-31") },
      { number: "5", lead: ["Thống kê tỉnh"], partners: [], deadline: when("2026-01-01", "2026-12-31", "quarterly") },
      { number: "6", areaLabel: finance, lead: ["Sở Tài chính"], partners: ["Sở Nội vụ"], deadline: when("2026-07-01", "2026-09-30") },
      { number: "7", area: "procedures", areaLabel: "Cải cách thủ tục hành chính", lead: ["Thi hành án dân sự tỉnh"], partners: ["Sở Khoa học và Công nghệ"], deadline: { raw: "Kể từ Quý II/2026", ...when("2026-04-01", null) } },
      { number: "8", lead: ["Văn phòng UBND tỉnh"], partners: ["Thuế tỉnh", "Thi hành án dân sự tỉnh"], deadline: when("2026-01-01", "2026-12-31", "continuous") },
    ]);
    expect(tableTasks(doc)).toHaveLength(10);
    expect(codes(doc, "group-row-assigns")).toBe(2);
    expect(codes(doc, "lead-from-group")).toBe(3);
    expect(doc.diagnostics.filter((d) => d.code === "deadline-unparsed" || d.code === "column-unmapped")).toEqual([]);
  });
});

describe("u18: Word HTML, 'Cơ quan/Đơn vị được giao' saying who leads, 'Phần' and 'Nhóm nhiệm vụ' rows in <th>", () => {
  it("splits one cell's 'Chủ trì' and 'Phối hợp' and reads the <th> rows among the data as groups", async () => {
    const doc = await parsePlan(file("u18_so-noi-vu-gia-lai-2026-word.html"));
    expect(tableTasks(doc)).toMatchObject([
      {
        number: "1",
        task: "Tham mưu sắp xếp các phòng chuyên môn, đơn vị sự nghiệp thuộc Sở sau hợp nhất",
        area: "organization",
        areaLabel: "Cải cách tổ chức bộ máy",
        subArea: null,
        lead: ["Phòng Tổ chức bộ máy"],
        partners: ["Văn phòng Sở"],
        deadline: when("2026-01-01", "2026-03-31"),
        extra: {},
      },
      { number: "2", areaLabel: "Cải cách tổ chức bộ máy", lead: ["Phòng Công chức, viên chức"], partners: ["Phòng Tổ chức bộ máy"], deadline: when("2026-07-01", null), extra: {} },
      { number: "3", area: "civil_service", areaLabel: "Cải cách chế độ công vụ", lead: ["Phòng Công chức, viên chức"], partners: ["Thanh tra Sở", "Văn phòng Sở"], deadline: when("2026-04-01", null) },
      { number: "4", area: "digital_government", areaLabel: "Chuyển đổi số trong hoạt động của Sở", lead: ["Phòng Công chức, viên chức"], partners: ["Trung tâm Lưu trữ lịch sử"], deadline: when("2026-10-01", "2026-12-31") },
      { number: "5", lead: ["Văn phòng Sở"], partners: ["Sở Khoa học và Công nghệ"], deadline: when("2026-01-01", "2026-12-31", "continuous") },
    ]);
    expect(tableTasks(doc)).toHaveLength(5);
    expect(tableTasks(doc).some((t) => /^(?:Phần|Nhóm)/u.test(t.task))).toBe(false);
  });
});

describe("u19: Markdown with groups written in every cell, a lettered part under the header, an area name alone", () => {
  it("reads the repeated rows and the area name as groups, 'Giao cho' as the lead and '-' as nobody", async () => {
    const doc = await parsePlan(file("u19_xa-nam-truc-2026-markdown.md"));
    const office = ["Văn phòng HĐND và UBND xã"];
    expect(tableTasks(doc)).toMatchObject([
      { number: "1", task: "Rà soát quy chế làm việc của UBND xã sau sắp xếp", area: "institutions", areaLabel: "Cải cách thể chế", lead: office, partners: ["Phòng Kinh tế"], deadline: when("2026-01-01", "2026-03-31") },
      { number: "2", areaLabel: "Cải cách thể chế", lead: office, partners: ["Ủy ban MTTQ Việt Nam xã"], deadline: { raw: "Kể từ Quý II/2026", ...when("2026-04-01", null) } },
      { number: "3", task: "Phối hợp quản lý nguồn thu trên địa bàn xã", area: "public_finance", areaLabel: "Cải cách tài chính công", lead: ["Thuế tỉnh"], partners: ["Phòng Kinh tế"], deadline: when("2026-01-01", "2026-12-31", "monthly") },
      { number: "4", areaLabel: "Cải cách tài chính công", lead: ["Thi hành án dân sự tỉnh"], partners: ["Công an xã", "Phòng Kinh tế"], deadline: { raw: null, ...when(null, null) } },
      { number: "5", area: "procedures", areaLabel: "Cải cách thủ tục hành chính", lead: ["Thống kê tỉnh"], partners: ["Công an xã"], deadline: when("2026-07-01", null) },
      { number: "6", areaLabel: "Cải cách thủ tục hành chính", lead: office, partners: [], deadline: when("2026-01-01", "2026-12-31", "continuous") },
      { number: "7", areaLabel: "Nhiệm vụ thường xuyên", lead: office, partners: ["Các cơ quan, đơn vị"], products: ["Báo cáo quý"] },
    ]);
    expect(tableTasks(doc)).toHaveLength(7);
    expect(codes(doc, "span-repeated")).toBe(2);
    expect(codes(doc, "row-joined")).toBe(0);
  });
});

describe("new lead headers in the role table", () => {
  it("'Đầu mối', 'Cơ quan/Đơn vị được giao', 'Giao cho', 'Cơ quan giúp việc' lead; 'Nhiệm vụ được giao' stays the task", () => {
    expect(["Đầu mối", "Cơ quan/Đơn vị được giao", "Giao cho", "Cơ quan giúp việc", "Đơn vị đầu mối thực hiện"].map(roleOf)).toEqual(["lead", "lead", "lead", "lead", "lead"]);
    expect(roleOf("Nhiệm vụ được giao")).toBe("task");
    expect(roleOf("Nội dung giao cho các xã")).toBe("task");
  });
});

describe("(1) a group row naming its own lead", () => {
  it("'I. Label' in the task cell of a 'Cơ quan giúp việc' table; a '-' lead cell under it stays empty", async () => {
    const doc = await markdown(
      row("STT", "Nhiệm vụ", "Cơ quan giúp việc", "Thời gian"),
      rule(4),
      row("", "I. Công tác chỉ đạo, điều hành cải cách hành chính", "Văn phòng UBND tỉnh", "Năm 2026"),
      row("1", "Xây dựng Kế hoạch kiểm tra cải cách hành chính", "", "Quý I/2026"),
      row("2", "Tổ chức hội nghị sơ kết", "-", "Quý III/2026"),
      row("3", "Khảo sát sự hài lòng của người dân", "Sở Nội vụ", "Quý IV/2026"),
    );
    expect(doc.tasks.map((t) => [t.number, t.task, t.areaLabel, t.lead, t.deadline.raw])).toEqual([
      ["I", "Công tác chỉ đạo, điều hành cải cách hành chính", "Công tác chỉ đạo, điều hành cải cách hành chính", ["Văn phòng UBND tỉnh"], "Năm 2026"],
      ["1", "Xây dựng Kế hoạch kiểm tra cải cách hành chính", "Công tác chỉ đạo, điều hành cải cách hành chính", ["Văn phòng UBND tỉnh"], "Quý I/2026"],
      ["2", "Tổ chức hội nghị sơ kết", "Công tác chỉ đạo, điều hành cải cách hành chính", [], "Quý III/2026"],
      ["3", "Khảo sát sự hài lòng của người dân", "Công tác chỉ đạo, điều hành cải cách hành chính", ["Sở Nội vụ"], "Quý IV/2026"],
    ]);
    expect(codes(doc, "lead-from-group")).toBe(1);
  });

  it("a next group without a lead ends the lead of the one above", async () => {
    const doc = await markdown(
      row("STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"),
      rule(5),
      row("I", "Cải cách thể chế", "Sở Tư pháp", "", ""),
      row("1", "Rà soát văn bản", "", "Các sở, ngành", "Quý II/2026"),
      row("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", "", ""),
      row("2", "Công bố thủ tục hành chính", "", "", "Thường xuyên"),
    );
    expect(doc.tasks.map((t) => [t.number, t.areaLabel, t.lead, t.partners])).toEqual([
      ["I", "Cải cách thể chế", ["Sở Tư pháp"], []],
      ["1", "Cải cách thể chế", ["Sở Tư pháp"], ["Các sở, ngành"]],
      ["2", "Cải cách thủ tục hành chính", [], []],
    ]);
  });
});

describe("(3) one cell holding both roles", () => {
  it("a cell spanning the lead and partner columns: '- Chủ trì: … - Phối hợp: …'", async () => {
    const doc = await html(
      [
        "<tr><th>STT</th><th>Nhiệm vụ</th><th>Cơ quan chủ trì</th><th>Cơ quan phối hợp</th><th>Thời gian</th></tr>",
        "<tr><td>1</td><td>Xây dựng cơ sở dữ liệu hộ tịch điện tử</td><td colspan='2'>- Chủ trì: Sở Tư pháp - Phối hợp: Công an tỉnh, Sở Khoa học và Công nghệ</td><td>Năm 2026</td></tr>",
      ].join(""),
    );
    expect(doc.tasks.map((t) => [t.lead, t.partners])).toEqual([[["Sở Tư pháp"], ["Công an tỉnh", "Sở Khoa học và Công nghệ"]]]);
  });
});

describe("(4) bodies renamed in 2025", () => {
  it("are agencies before a level word or a name, not the words 'thuế' / 'thống kê' in a sentence", () => {
    expect(["Thuế tỉnh", "Thuế cơ sở 3 tỉnh Ninh Bình", "Thống kê tỉnh", "Thi hành án dân sự tỉnh", "Thi hành án dân sự tỉnh Phú Thọ"].map(startsWithAgency)).toEqual([true, true, true, true, true]);
    expect(["Thuế thu nhập cá nhân", "Thống kê số liệu hồ sơ", "Thi hành án tồn đọng"].map(startsWithAgency)).toEqual([false, false, false]);
  });
  it("a cell line that runs one into the next after a level word is split", () => {
    expect(splitAgencies(["UBND các xã, phường Thuế tỉnh"]).value).toEqual(["UBND các xã, phường", "Thuế tỉnh"]);
  });
});

describe("(6) a '-' cell says nobody", () => {
  it("in the partner, product and note columns: empty, never a body named '-'", async () => {
    const doc = await markdown(
      row("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời gian", "Ghi chú"),
      rule(7),
      row("1", "Cập nhật cơ sở dữ liệu thống kê", "Thống kê tỉnh", "-", "–", "Quý II/2026", "-"),
    );
    expect(doc.tasks.map((t) => [t.lead, t.partners, t.products, t.extra])).toEqual([[["Thống kê tỉnh"], [], [], {}]]);
  });
});

describe("(8) group rows in other words", () => {
  it("'PHẦN THỨ NHẤT' and 'Nhóm nhiệm vụ 2.' alone in the STT cell of a text table", async () => {
    const doc = await markdown(
      row("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"),
      rule(4),
      row("PHẦN THỨ NHẤT: NHIỆM VỤ TRỌNG TÂM", "", "", ""),
      row("Nhóm nhiệm vụ 2. Cải cách thủ tục hành chính", "", "", ""),
      row("1", "Rà soát quy trình nội bộ giải quyết thủ tục hành chính", "Văn phòng UBND tỉnh", "Quý II/2026"),
    );
    expect(doc.tasks.map((t) => [t.number, t.area, t.areaLabel])).toEqual([["1", "procedures", "Cải cách thủ tục hành chính"]]);
  });
  it("a reform area's name alone in the task cell is a group; a task with words after it is not", async () => {
    const doc = await markdown(
      row("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"),
      rule(4),
      row("", "Hiện đại hóa hành chính", "", ""),
      row("1", "Duy trì hệ thống quản lý chất lượng ISO 9001", "Sở Khoa học và Công nghệ", "Năm 2026"),
      row("", "kết hợp đánh giá nội bộ", "", ""),
    );
    expect(doc.tasks.map((t) => [t.number, t.area, t.areaLabel, t.task])).toEqual([
      ["1", "digital_government", "Hiện đại hóa hành chính", "Duy trì hệ thống quản lý chất lượng ISO 9001 kết hợp đánh giá nội bộ"],
    ]);
  });
});

describe("(9) open-ended times", () => {
  const PLAN_2026 = { year: 2026, period: { from: 2026, to: 2026 } };
  const read = (text: string) => {
    const { value, diagnostics } = parseDeadline([text], PLAN_2026);
    return [value.start, value.end, diagnostics.length];
  };
  it("'Từ ngày …', 'Kể từ Quý …', 'từ tháng …' set a start and no end", () => {
    expect(read("Từ ngày 01/7/2026")).toEqual(["2026-07-01", null, 0]);
    expect(read("Kể từ Quý II/2026")).toEqual(["2026-04-01", null, 0]);
    expect(read("Thực hiện từ tháng 9/2026")).toEqual(["2026-09-01", null, 0]);
  });
  it("a 'từ … đến …' range or a dash range keeps its end", () => {
    expect(read("Từ ngày 01/7/2026 đến ngày 30/9/2026")).toEqual(["2026-07-01", "2026-09-30", 0]);
    expect(read("Từ tháng 3 - tháng 6/2026")).toEqual(["2026-03-01", "2026-06-30", 0]);
    expect(read("Từ năm 2026 đến năm 2027")).toEqual(["2026-01-01", "2027-12-31", 0]);
  });
});

describe("(1, 8) a lettered group naming its lead right under the header", () => {
  it("'A | Nhiệm vụ trọng tâm | Sở Nội vụ' opens the data: a group and a record; a repeated <th> header is still dropped", async () => {
    const doc = await html(
      [
        "<tr><th>STT</th><th>Nhiệm vụ</th><th>Cơ quan chủ trì</th><th>Thời gian</th></tr>",
        "<tr><td>A</td><td>Nhiệm vụ trọng tâm</td><td>Sở Nội vụ</td><td></td></tr>",
        "<tr><td>1</td><td>Sắp xếp tổ chức bộ máy các cơ quan chuyên môn</td><td></td><td>Quý I/2026</td></tr>",
        "<tr><th>STT</th><th>Nhiệm vụ</th><th>Cơ quan chủ trì</th><th>Thời gian</th></tr>",
        "<tr><th colspan='4'>B. Nhiệm vụ thường xuyên</th></tr>",
        "<tr><td>2</td><td>Báo cáo công tác cải cách hành chính</td><td>Văn phòng UBND tỉnh</td><td>Hằng quý</td></tr>",
      ].join(""),
    );
    expect(doc.tasks.map((t) => [t.number, t.task, t.areaLabel, t.lead])).toEqual([
      ["A", "Nhiệm vụ trọng tâm", "Nhiệm vụ trọng tâm", ["Sở Nội vụ"]],
      ["1", "Sắp xếp tổ chức bộ máy các cơ quan chuyên môn", "Nhiệm vụ trọng tâm", ["Sở Nội vụ"]],
      ["2", "Báo cáo công tác cải cách hành chính", "Nhiệm vụ thường xuyên", ["Văn phòng UBND tỉnh"]],
    ]);
  });
});
