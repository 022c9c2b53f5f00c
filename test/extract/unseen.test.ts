/**
 * Tasks of the plans in fixtures/unseen (written by the team as realistic variants of real plans, see its README).
 * Every expected record was written down from reading the document, before cchc ran on it: number, task, parent,
 * area, lead, partners, products and the deadline's dates.
 */
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import type { PlanDocument } from "../../src/schema/plan.js";
import { withoutDuties } from "./duty-fixtures.js";

const file = (name: string) => new URL(`../../fixtures/unseen/${name}`, import.meta.url).pathname;
const cache = new Map<string, Promise<PlanDocument>>();
const parse = (name: string) => {
  if (!cache.has(name)) cache.set(name, parsePlan(file(name)));
  return cache.get(name)!;
};
const when = (start: string | null, end: string | null, recurrence: string | null = null) => ({ start, end, recurrence });
const year = (y: number, recurrence: string | null = null) => when(`${y}-01-01`, `${y}-12-31`, recurrence);
const unparsed = (doc: PlanDocument) => doc.diagnostics.filter((d) => d.code === "deadline-unparsed").map((d) => d.message);

describe("u01: phường 2026, TAB appendix with a 'Ghi chú' column", () => {
  it("reads the nine tasks of four Roman-numeral groups", async () => {
    const doc = await parse("u01_phuong-hac-thanh-2026.txt");
    const vp = ["Văn phòng HĐND và UBND"];
    expect(withoutDuties(doc)).toMatchObject([
      {
        area: "direction",
        areaLabel: "Công tác chỉ đạo, điều hành cải cách hành chính",
        number: "1",
        task: "Xây dựng, ban hành Kế hoạch CCHC năm 2026 của UBND phường",
        lead: vp,
        partners: ["Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Văn hóa - Xã hội"],
        deadline: { raw: "Trước ngày 15/01/2026", ...when(null, "2026-01-15") },
        extra: {},
      },
      {
        number: "2",
        task: "Kiểm tra công tác CCHC tại các tổ dân phố",
        lead: vp,
        partners: ["Các phòng, ban chuyên môn"],
        deadline: when("2026-04-01", "2026-09-30"),
        extra: { "Ghi chú": "Kiểm tra ít nhất 30% tổ dân phố" },
      },
      { number: "3", task: "Báo cáo định kỳ công tác CCHC", partners: ["Các phòng, đơn vị thuộc UBND phường"], deadline: year(2026, "quarterly") },
      {
        area: "institutions",
        areaLabel: "Cải cách thể chế",
        number: "1",
        task: "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND phường ban hành",
        lead: vp,
        partners: ["Công an phường", "các phòng chuyên môn"],
        deadline: when("2026-01-01", "2026-01-31"),
      },
      { number: "2", lead: ["Phòng Văn hóa - Xã hội"], partners: vp, deadline: { raw: "Cả năm", ...year(2026) } },
      {
        area: "procedures",
        number: "1",
        task: "Công khai đầy đủ TTHC tại Trung tâm Phục vụ hành chính công phường",
        lead: ["Trung tâm Phục vụ hành chính công"],
        partners: ["Các phòng chuyên môn"],
        deadline: year(2026, "continuous"),
      },
      {
        number: "2",
        partners: ["Trung tâm Phục vụ hành chính công", "Phòng Kinh tế, Hạ tầng và Đô thị"],
        deadline: { raw: "Trước 31/3", ...when(null, "2026-03-31") },
      },
      {
        area: "digital_government",
        number: "1",
        task: "Số hóa hồ sơ, kết quả giải quyết TTHC",
        deadline: when("2026-06-01", "2026-12-31"),
        extra: { "Ghi chú": "Đạt 100% hồ sơ" },
      },
      { number: "2", task: "Duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015", partners: ["Các phòng, đơn vị"], deadline: year(2026) },
    ]);
    expect(unparsed(doc)).toEqual([]);
  });
});

describe("u02: decision-issued plan, sub-numbered rows '2.1', '2.2' under a heading row", () => {
  it("makes the sub-numbered rows the tasks, with the heading row as their parent", async () => {
    const doc = await parse("u02_huyen-huong-hoa-qd-2024.txt");
    expect(withoutDuties(doc)).toMatchObject([
      {
        area: "institutions",
        areaLabel: "Cải cách thể chế",
        number: "1",
        task: "Rà soát văn bản QPPL do HĐND, UBND huyện ban hành",
        parent: null,
        lead: ["Phòng Tư pháp"],
        products: ["Báo cáo kết quả rà soát"],
        deadline: when("2024-10-01", "2024-12-31"),
      },
      {
        number: "2.1",
        task: "Kiểm tra thi hành pháp luật về xử lý vi phạm hành chính",
        parent: "Kiểm tra, theo dõi thi hành pháp luật",
        lead: ["Phòng Tư pháp"],
        products: ["Báo cáo"],
        deadline: when("2024-07-01", "2024-09-30"),
      },
      {
        number: "2.2",
        task: "Theo dõi thi hành pháp luật trong lĩnh vực đất đai",
        parent: "Kiểm tra, theo dõi thi hành pháp luật",
        lead: ["Phòng Tài nguyên và Môi trường"],
        deadline: year(2024),
      },
      {
        area: "procedures",
        number: "1",
        lead: ["Văn phòng HĐND và UBND huyện", "UBND các xã, thị trấn"],
        products: ["TTHC được công khai"],
        deadline: year(2024, "continuous"),
      },
      { number: "2", lead: ["Văn phòng HĐND và UBND huyện"], products: [], deadline: { raw: "Theo yêu cầu", ...when(null, null) } },
      { area: "civil_service", number: "1", task: "Tuyển dụng công chức cấp xã", lead: ["Phòng Nội vụ"], deadline: when("2024-04-01", "2024-09-30") },
      {
        number: "2",
        task: "Đánh giá, xếp loại CBCCVC năm 2024",
        lead: ["Các phòng, ban chuyên môn", "UBND các xã, thị trấn"],
        deadline: when("2024-12-01", "2024-12-31"),
      },
      { area: "public_finance", number: "1", lead: ["Phòng Tài chính - Kế hoạch"], deadline: when("2024-01-01", "2024-03-31") },
    ]);
    expect(doc.tables[0]?.columns).toEqual(["TT", "Nhiệm vụ", "Cơ quan thực hiện", "Thời gian", "Sản phẩm"]);
  });
});

describe("u03: HTML table with a two-row header, colspan group rows and a rowspan task", () => {
  it("maps 'Đơn vị' / 'Chủ trì' / 'Phối hợp' and keeps both rows of the merged task", async () => {
    const doc = await parse("u03_so-noi-vu-ha-tinh-2025.html");
    const organize = "Tham mưu sắp xếp, kiện toàn tổ chức bộ máy các cơ quan chuyên môn thuộc UBND tỉnh";
    expect(withoutDuties(doc)).toMatchObject([
      {
        area: "direction",
        areaLabel: "Công tác chỉ đạo, điều hành cải cách hành chính",
        number: "1",
        task: "Ban hành Kế hoạch cải cách hành chính năm 2025 của Sở",
        lead: ["Văn phòng Sở"],
        partners: ["Các phòng, đơn vị thuộc Sở"],
        products: ["Kế hoạch"],
        deadline: when("2025-01-01", "2025-01-31"),
      },
      {
        number: "2",
        partners: ["Phòng Công chức, viên chức", "Phòng Xây dựng chính quyền"],
        products: ["Tin, bài tuyên truyền"],
        deadline: year(2025, "quarterly"),
      },
      {
        area: "organization",
        number: "1",
        task: organize,
        lead: ["Phòng Tổ chức bộ máy"],
        partners: ["Các sở, ban, ngành"],
        products: ["Tờ trình, dự thảo Quyết định"],
        deadline: when("2025-01-01", "2025-03-31"),
      },
      {
        number: "1",
        task: organize,
        lead: ["Phòng Tổ chức bộ máy"],
        partners: ["UBND các huyện, thị xã, thành phố"],
        products: ["Báo cáo kết quả"],
        deadline: when("2025-04-01", "2025-06-30"),
      },
      {
        number: "2",
        task: "Thẩm định đề án vị trí việc làm của các cơ quan, đơn vị",
        lead: ["Phòng Công chức, viên chức"],
        partners: [],
        deadline: when(null, null),
      },
      { area: "digital_government", number: "1", partners: ["Viễn thông Hà Tĩnh"], deadline: year(2025) },
      {
        number: "2",
        task: "Xử lý hồ sơ công việc trên môi trường mạng (trừ hồ sơ mật)",
        lead: ["Các phòng, đơn vị thuộc Sở"],
        partners: [],
        deadline: { raw: "Định kỳ 6 tháng", ...year(2025) },
      },
    ]);
    expect(unparsed(doc)).toEqual([]);
  });
});

describe("u04: scraped pipe table with two-cell group rows", () => {
  it("reads six tasks in four groups", async () => {
    const doc = await parse("u04_tinh-quang-tri-2025-scraped.md");
    expect(withoutDuties(doc)).toMatchObject([
      {
        area: "institutions",
        number: "1",
        task: "Xây dựng, trình HĐND tỉnh ban hành Nghị quyết quy định mức thu phí, lệ phí thuộc thẩm quyền",
        lead: ["Sở Tài chính"],
        partners: ["Các sở, ngành liên quan"],
        products: ["Nghị quyết của HĐND tỉnh"],
        deadline: when(null, "2025-12-15"),
      },
      {
        number: "2",
        lead: ["Sở Tư pháp"],
        partners: ["Các sở, ban, ngành", "UBND các huyện, thị xã, thành phố"],
        deadline: when("2025-01-01", "2025-06-30"),
      },
      { area: "procedures", number: "1", lead: ["Văn phòng UBND tỉnh"], partners: ["Các sở, ban, ngành"], deadline: year(2025, "continuous") },
      { number: "2", partners: ["Trung tâm Phục vụ hành chính công tỉnh"], deadline: year(2025, "monthly") },
      {
        area: "civil_service",
        number: "1",
        task: "Tổ chức thi tuyển, xét tuyển công chức, viên chức",
        lead: ["Sở Nội vụ"],
        partners: ["Các sở, ban, ngành", "UBND cấp huyện"],
        deadline: when("2025-01-01", "2026-12-31"),
      },
      {
        area: "digital_government",
        number: "1",
        lead: ["Sở Khoa học và Công nghệ"],
        partners: ["Văn phòng UBND tỉnh", "Viễn thông Quảng Trị"],
        products: ["Hệ thống được nâng cấp"],
        deadline: when("2025-07-01", "2025-09-30"),
      },
    ]);
  });
});

describe("u05: inline tasks with 'Phối hợp:', 'Đơn vị thực hiện:', 'Thời hạn hoàn thành:' lines", () => {
  it("makes every numbered item a task and the lettered parts with their own lines tasks with a parent", async () => {
    const doc = await parse("u05_xa-tan-hoi-6thang-2025.md");
    const office = ["Văn phòng HĐND và UBND xã"];
    const center = ["Trung tâm Phục vụ hành chính công xã"];
    expect(withoutDuties(doc)).toMatchObject([
      {
        origin: "inline",
        number: "1",
        task: "Kiện toàn Ban Chỉ đạo cải cách hành chính xã",
        lead: office,
        partners: ["Phòng Kinh tế", "Phòng Văn hóa - Xã hội"],
        deadline: when("2025-08-01", "2025-08-31"),
      },
      { number: "2", task: "Rà soát văn bản quy phạm pháp luật của các xã cũ", area: "institutions", lead: office, partners: [], deadline: when(null, "2025-09-30") },
      { number: "3", task: "Cải cách thủ tục hành chính", lead: [], deadline: when(null, null) },
      {
        number: "a",
        task: "Rà soát, công khai thủ tục hành chính thuộc thẩm quyền giải quyết của UBND xã.",
        parent: "Cải cách thủ tục hành chính",
        area: "procedures",
        lead: center,
        partners: office,
        deadline: year(2025, "continuous"),
      },
      { number: "b", parent: "Cải cách thủ tục hành chính", lead: center, partners: [], deadline: year(2025, "monthly") },
      {
        number: "4",
        task: "Đào tạo, bồi dưỡng cán bộ, công chức",
        area: "civil_service",
        lead: office,
        partners: ["Các phòng chuyên môn", "Công an xã"],
        deadline: when("2025-07-01", "2025-12-31"),
      },
    ]);
  });
});

describe("u06: inline tasks with 'Chủ trì: …; phối hợp: …; thời gian: …' on one line", () => {
  it("reads lead, partners and deadline from the one line", async () => {
    const doc = await parse("u06_quan-hai-chau-2024.txt");
    expect(withoutDuties(doc)).toMatchObject([
      {
        origin: "inline",
        number: "1",
        task: "Tăng cường công tác chỉ đạo, điều hành cải cách hành chính",
        area: "direction",
        lead: ["Phòng Nội vụ quận"],
        partners: ["các phòng, ban", "UBND các phường"],
        deadline: when("2024-01-01", "2024-03-31"),
      },
      {
        number: "2",
        area: "procedures",
        lead: ["Văn phòng HĐND và UBND quận"],
        partners: ["Bộ phận Một cửa quận", "UBND các phường"],
        deadline: year(2024, "continuous"),
      },
      { number: "3", area: "civil_service", lead: ["Phòng Nội vụ quận"], partners: ["Thủ trưởng các cơ quan, đơn vị"], deadline: when("2024-12-01", "2024-12-31") },
      {
        number: "4",
        area: "digital_government",
        lead: ["Phòng Văn hóa và Thông tin"],
        partners: ["Công an quận", "các cơ quan, đơn vị"],
        deadline: year(2024, "yearly"),
      },
      { number: "5", lead: ["Phòng Nội vụ quận"], partners: ["Văn phòng HĐND và UBND quận"], deadline: when("2024-04-01", "2024-09-30") },
    ]);
  });
});

describe("u07: Arabic-numbered group rows in capitals, tasks '1.1', a 'Lãnh đạo phụ trách' column", () => {
  it("reads the numbered group rows as groups, not tasks", async () => {
    const doc = await parse("u07_tp-can-tho-2021-2025.txt");
    expect(withoutDuties(doc)).toMatchObject([
      {
        area: "institutions",
        areaLabel: "Cải cách thể chế",
        number: "1.1",
        task: "Xây dựng Chương trình ban hành văn bản quy phạm pháp luật của HĐND, UBND thành phố",
        lead: ["Sở Tư pháp"],
        partners: ["Các sở, ban, ngành"],
        products: ["Chương trình ban hành văn bản"],
        deadline: when("2021-01-01", "2025-12-31", "yearly"),
        extra: { "Lãnh đạo phụ trách": "Phó Chủ tịch Thường trực" },
      },
      { number: "1.2", partners: ["Các sở, ban, ngành", "UBND quận, huyện"], deadline: when("2021-01-01", "2023-12-31") },
      { area: "procedures", areaLabel: "Cải cách thủ tục hành chính", number: "2.1", lead: ["Văn phòng UBND thành phố"], deadline: when("2021-01-01", "2025-12-31") },
      {
        number: "2.2",
        task: "Đánh giá chất lượng giải quyết thủ tục hành chính theo Quyết định số 25/2021/QĐ-TTg",
        partners: ["Sở Nội vụ"],
        deadline: when("2021-10-01", "2025-12-31", "yearly"),
      },
      { area: "organization", number: "3.1", lead: ["Sở Nội vụ"], deadline: year(2022) },
      {
        area: "public_finance",
        number: "4.1",
        lead: ["Sở Tài chính"],
        partners: ["Các sở, ban, ngành", "UBND quận, huyện"],
        deadline: when(null, "2022-12-31"),
        extra: { "Lãnh đạo phụ trách": "Phó Chủ tịch phụ trách kinh tế" },
      },
    ]);
  });
});

describe("u08: lettered groups A, B, C with no Roman group above; '-' sub-items; bullets in cells", () => {
  it("takes the lettered groups as the areas and the sub-items as tasks of their numbered row", async () => {
    const doc = await parse("u08_thi-xa-nghi-son-2023.html");
    const parent = "Triển khai các hoạt động phổ biến, giáo dục pháp luật";
    expect(withoutDuties(doc)).toMatchObject([
      {
        area: "institutions",
        areaLabel: "Cải cách thể chế",
        subArea: null,
        number: "1",
        products: ["Báo cáo"],
        lead: ["Phòng Tư pháp"],
        partners: ["Văn phòng HĐND và UBND thị xã", "Các phòng chuyên môn"],
        deadline: when("2023-10-01", "2023-12-31"),
      },
      { number: "2", task: parent, lead: ["Phòng Tư pháp"], products: [], deadline: when(null, null) },
      {
        number: null,
        task: "Tổ chức Ngày Pháp luật Việt Nam",
        parent,
        products: ["Báo cáo kết quả"],
        lead: ["Phòng Tư pháp"],
        partners: ["UBND các xã, phường"],
        deadline: when("2023-11-01", "2023-11-30"),
      },
      { number: null, task: "Hội nghị phổ biến pháp luật cho cán bộ chủ chốt", parent, products: ["Hội nghị"], deadline: when("2023-04-01", "2023-06-30") },
      {
        area: "procedures",
        areaLabel: "Cải cách thủ tục hành chính",
        number: "1",
        lead: ["Văn phòng HĐND và UBND thị xã"],
        partners: ["Các phòng chuyên môn", "UBND các xã, phường"],
        deadline: year(2023, "continuous"),
      },
      { number: "2", lead: ["Phòng Nội vụ"], partners: ["Bộ phận Một cửa thị xã"], deadline: when("2023-07-01", "2023-12-31") },
      {
        area: "digital_government",
        number: "1",
        lead: ["Phòng Văn hóa và Thông tin"],
        partners: ["Trung tâm Văn hóa - Thông tin và Thể thao"],
        deadline: when("2023-03-01", "2023-09-30"),
      },
    ]);
  });
});

describe("u09: HTML table inside Markdown", () => {
  it("reads five tasks in three groups", async () => {
    const doc = await parse("u09_dac-khu-phu-quoc-2026.md");
    const office = ["Văn phòng HĐND và UBND đặc khu"];
    expect(withoutDuties(doc)).toMatchObject([
      { area: "direction", number: "1", lead: ["Phòng Văn hóa - Xã hội"], partners: office, deadline: when(null, "2026-01-31") },
      {
        number: "2",
        lead: office,
        partners: ["Các phòng chuyên môn", "Trung tâm Phục vụ hành chính công"],
        products: ["Báo cáo quý, 6 tháng, năm"],
        deadline: year(2026, "quarterly"),
      },
      { area: "procedures", number: "1", lead: office, deadline: when("2026-01-01", "2026-03-31") },
      { number: "2", lead: ["Trung tâm Phục vụ hành chính công"], partners: ["Công an đặc khu"], products: [], deadline: year(2026, "continuous") },
      { area: "civil_service", number: "1", lead: ["Phòng Nội vụ"], deadline: when("2026-04-01", "2026-06-30") },
    ]);
  });
});

describe("u10: a table without group rows, every deadline form of a real plan", () => {
  it("reads every deadline and classifies the area from the task itself", async () => {
    const doc = await parse("u10_so-tu-phap-quang-ninh-2025-draft.txt");
    const office = ["Văn phòng Sở"];
    expect(withoutDuties(doc)).toMatchObject([
      { number: "1", area: "institutions", areaLabel: null, lead: ["Phòng Xây dựng và kiểm tra văn bản"], deadline: { raw: "Theo yêu cầu", ...when(null, null) } },
      { number: "2", area: "institutions", deadline: { raw: "Quý I, II/2025", ...when("2025-01-01", "2025-06-30") } },
      { number: "3", lead: ["Phòng Phổ biến, giáo dục pháp luật và theo dõi thi hành pháp luật"], deadline: when("2025-06-01", "2025-12-31") },
      {
        number: "4",
        area: "procedures",
        lead: ["Trung tâm Phục vụ hành chính công tỉnh", "Phòng Hành chính tư pháp"],
        deadline: { raw: "Cả năm", ...year(2025) },
      },
      { number: "5", area: "direction", lead: office, deadline: { raw: "Định kỳ 6 tháng", ...year(2025) } },
      { number: "6", area: "direction", deadline: { raw: "Trong tháng 01/2025", ...when("2025-01-01", "2025-01-31") } },
      { number: "7", area: "direction", deadline: { raw: "Trước 31/3", ...when(null, "2025-03-31") } },
      { number: "8", area: "procedures", lead: ["Văn phòng Sở", "các phòng, đơn vị thuộc Sở"], deadline: when("2025-01-01", "2026-12-31") },
      { number: "9", area: "direction", deadline: { raw: "Thực hiện thường xuyên", ...year(2025, "continuous") } },
      { number: "10", lead: ["Các phòng, đơn vị thuộc Sở"], deadline: when(null, "2025-12-15") },
    ]);
    expect(unparsed(doc)).toEqual([]);
  });
});

describe("u11: Word HTML, area column merged down, deadline split into 'Bắt đầu' / 'Hoàn thành'", () => {
  it("reads start and end from the two timeline columns and the budget", async () => {
    const doc = await parse("u11_huyen-tan-yen-2024-word.html");
    expect(withoutDuties(doc)).toMatchObject([
      {
        area: "institutions",
        areaLabel: "Cải cách thể chế",
        number: "1",
        task: "Rà soát, hệ thống hóa văn bản quy phạm pháp luật kỳ 2019 - 2023",
        lead: ["Phòng Tư pháp"],
        partners: ["Các cơ quan chuyên môn thuộc UBND huyện"],
        deadline: { raw: "Tháng 01/2024 - Tháng 3/2024", ...when("2024-01-01", "2024-03-31") },
        budget: "20",
        extra: {},
      },
      { areaLabel: "Cải cách thể chế", number: "2", partners: ["UBND các xã, thị trấn"], deadline: when("2024-08-01", "2024-10-31"), budget: null },
      { area: "procedures", number: "1", lead: ["Văn phòng HĐND và UBND huyện"], deadline: year(2024) },
      { area: "procedures", number: "2", task: "Số hóa hồ sơ, kết quả giải quyết TTHC", deadline: year(2024), budget: "150" },
      { area: "public_finance", number: "1", lead: ["Phòng Tài chính - Kế hoạch"], partners: ["Phòng Nội vụ"], deadline: when("2024-07-01", "2024-09-30") },
    ]);
    expect(doc.tasks[0]!.deadline.items).toHaveLength(2);
  });
});

describe("u12: inline tasks numbered '1.1' under numbered headings, agency lines without a dash", () => {
  it("keeps every numbered item, the sub-numbered ones with their heading as parent", async () => {
    const doc = await parse("u12_ban-dan-toc-son-la-2024.md");
    expect(withoutDuties(doc)).toMatchObject([
      { number: "1", task: "Cải cách thể chế", lead: [] },
      {
        number: "1.1",
        task: "Rà soát văn bản quy phạm pháp luật về chính sách dân tộc do HĐND, UBND tỉnh ban hành.",
        parent: "Cải cách thể chế",
        area: "institutions",
        lead: ["Phòng Chính sách dân tộc"],
        partners: ["Văn phòng Ban", "Thanh tra Ban"],
        deadline: when("2024-04-01", "2024-06-30"),
      },
      { number: "1.2", parent: "Cải cách thể chế", partners: ["Sở Tư pháp", "Sở Tài chính"], deadline: when(null, "2024-06-30") },
      { number: "2", task: "Cải cách thủ tục hành chính", lead: [] },
      { number: "2.1", parent: "Cải cách thủ tục hành chính", area: "procedures", lead: ["Văn phòng Ban"], partners: ["Các phòng chuyên môn"], deadline: when("2024-09-01", "2024-09-30") },
      { number: "3", task: "Công tác kiểm tra, tuyên truyền cải cách hành chính", area: "direction", lead: ["Văn phòng Ban"], deadline: year(2024, "quarterly") },
    ]);
  });
});

describe("u13: HTML appendix with group rows spanning the table and a lead cell merged over two tasks", () => {
  it("fills the merged lead down and reads a relative monthly deadline", async () => {
    const doc = await parse("u13_phuong-ben-thanh-2026.html");
    const office = ["Văn phòng HĐND và UBND"];
    expect(withoutDuties(doc)).toMatchObject([
      {
        area: "institutions",
        areaLabel: "Cải cách thể chế",
        number: "1",
        task: "Rà soát văn bản quy phạm pháp luật do HĐND, UBND các phường cũ ban hành",
        products: ["Báo cáo rà soát"],
        lead: office,
        partners: ["Công an phường"],
        deadline: when("2026-01-01", "2026-03-31"),
      },
      { number: "2", lead: office, partners: ["Ủy ban MTTQ Việt Nam phường"], deadline: { raw: "Theo tiến độ xây dựng văn bản", ...when(null, null) } },
      {
        area: "procedures",
        number: "1",
        products: ["Dữ liệu được làm sạch", "tài khoản được cấp"],
        lead: ["Công an phường"],
        partners: ["Trung tâm Phục vụ hành chính công phường"],
        deadline: year(2026, "monthly"),
      },
      {
        number: "2",
        lead: ["Trung tâm Phục vụ hành chính công phường"],
        partners: ["Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Văn hóa - Xã hội"],
        deadline: when("2026-04-01", "2026-12-31"),
      },
      { area: "civil_service", number: "1", lead: office, partners: ["Các phòng chuyên môn"], deadline: when(null, null, "monthly") },
    ]);
    expect(unparsed(doc)).toEqual([]);
  });
});

describe("u14: inline tasks under bold numbered headings wrapped by the scraper", () => {
  it("reads the three tasks", async () => {
    const doc = await parse("u14_xa-dong-hoa-qd-quy4-2025-scraped.md");
    const office = ["Văn phòng HĐND và UBND xã"];
    expect(withoutDuties(doc)).toMatchObject([
      { origin: "inline", number: "1", task: "Kiện toàn Tổ giúp việc cải cách hành chính xã", lead: office, partners: [], deadline: when(null, "2025-10-15") },
      {
        number: "2",
        task: "Tiếp nhận, giải quyết thủ tục hành chính trực tuyến toàn trình",
        area: "procedures",
        lead: ["Trung tâm Phục vụ hành chính công xã"],
        partners: ["Công an xã", "Phòng Văn hóa - Xã hội"],
        deadline: when("2025-10-01", "2025-12-31"),
      },
      { number: "3", area: "direction", lead: office, partners: ["Các phòng chuyên môn"], deadline: when(null, "2025-11-30") },
    ]);
  });
});

describe("u15: TAB table whose header spans two rows, lettered parts A, B above Roman groups", () => {
  it("maps 'Chủ trì' / 'Phối hợp' from the second header row and takes the Roman groups as areas", async () => {
    const doc = await parse("u15_huyen-ba-vi-2024-two-row-tab.txt");
    expect(withoutDuties(doc)).toMatchObject([
      {
        area: "other",
        areaLabel: "Nhiệm vụ chung",
        number: "1",
        task: "Ban hành Kế hoạch kiểm tra cải cách hành chính năm 2024",
        lead: ["Phòng Nội vụ"],
        partners: ["Văn phòng HĐND và UBND huyện"],
        deadline: when("2024-02-01", "2024-02-29"),
      },
      { number: "2", lead: ["Phòng Văn hóa và Thông tin"], partners: ["UBND các xã, thị trấn"], deadline: year(2024, "quarterly") },
      {
        area: "procedures",
        areaLabel: "Cải cách thủ tục hành chính",
        number: "1",
        lead: ["Văn phòng HĐND và UBND huyện"],
        partners: ["Các phòng chuyên môn"],
        deadline: when("2024-04-01", "2024-09-30"),
        extra: { "Ghi chú": "Theo Quyết định của UBND Thành phố" },
      },
      { area: "civil_service", number: "1", lead: ["Phòng Nội vụ"], partners: ["Phòng Giáo dục và Đào tạo"], deadline: when("2024-06-01", "2024-09-30") },
    ]);
  });
});

describe("u16: inline tasks of a laid-out text plan", () => {
  it("reads the three tasks", async () => {
    const doc = await parse("u16_huyen-kim-son-2024-layout.txt");
    expect(withoutDuties(doc)).toMatchObject([
      {
        number: "1",
        task: "Cải cách thể chế",
        lead: ["Phòng Tư pháp"],
        partners: ["Văn phòng HĐND và UBND huyện", "các phòng chuyên môn"],
        deadline: when("2024-04-01", "2024-06-30"),
      },
      { number: "2", lead: ["Văn phòng HĐND và UBND huyện"], partners: ["UBND các xã, thị trấn"], deadline: year(2024, "continuous") },
      { number: "3", area: "civil_service", lead: ["Phòng Nội vụ"], deadline: when("2024-12-01", "2024-12-31") },
    ]);
  });
});
