/**
 * Task records of the seed plans through the whole pipeline. Expected records are written from reading each plan's
 * appendix table (fixtures/plans/*.txt): counts per group, and every row whose shape is unusual (continuation rows
 * after page breaks, sub-items, a header-only task, merged cells, a packed row, a displaced group label).
 */
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import type { PlanDocument, Task } from "../../src/schema/plan.js";
import { withoutDuties } from "./duty-fixtures.js";

const plans = new Map<string, Promise<PlanDocument>>();
/** The plan's table (or task-section) records; its prose duties are checked in duties.test.ts. */
function plan(name: string): Promise<PlanDocument> {
  if (!plans.has(name)) {
    const parsed = parsePlan(new URL(`../../fixtures/plans/${name}`, import.meta.url).pathname);
    plans.set(name, parsed.then((doc) => ({ ...doc, tasks: withoutDuties(doc) })));
  }
  return plans.get(name)!;
}
const byText = (tasks: Task[], start: string) => {
  const found = tasks.find((t) => t.task.startsWith(start));
  if (!found) throw new Error(`no task starting "${start}"`);
  return found;
};

describe("seed 000: six-column appendix", () => {
  it("has 24 tasks in seven groups", async () => {
    const { tasks } = await plan("000_cc8d44a7a110d77b.txt");
    expect(tasks).toHaveLength(24);
    const perArea = tasks.reduce<Record<string, number>>((acc, t) => ({ ...acc, [t.area]: (acc[t.area] ?? 0) + 1 }), {});
    expect(perArea).toEqual({ institutions: 4, procedures: 4, organization: 2, civil_service: 4, public_finance: 3, digital_government: 3, direction: 4 });
    expect(tasks.map((t) => t.id).slice(0, 3)).toEqual(["t001", "t002", "t003"]);
  });
  it("reads the first row: bullet products, one lead, a deadline that names no date", async () => {
    const { tasks } = await plan("000_cc8d44a7a110d77b.txt");
    expect(tasks[0]).toMatchObject({
      origin: "appendix",
      area: "institutions",
      areaLabel: "Cải cách thể chế",
      number: "1",
      parent: null,
      products: ["Kế hoạch của UBND huyện", "Báo cáo kết quả thực hiện"],
      lead: ["Phòng Tư pháp"],
      partners: ["Ban, phòng ngành huyện và các cơ quan có liên quan"],
      deadline: { raw: "Theo quy định", start: null, end: null, recurrence: null },
    });
  });
  it("makes the '- sub-item' row a task of its own with its parent, inheriting the merged cells", async () => {
    const { tasks } = await plan("000_cc8d44a7a110d77b.txt");
    const sub = tasks[1]!;
    expect(sub.task).toBe("Kế hoạch theo dõi thi hành pháp luật năm 2023");
    expect(sub.number).toBeNull();
    expect(sub.parent).toMatch(/^Xây dựng và triển khai Kế hoạch rà soát văn bản quy phạm pháp luật/);
    expect(sub.lead).toEqual(["Phòng Tư pháp"]);
    expect(sub.deadline.items.map((i) => i.end)).toEqual(["2023-01-30", "2023-12-10"]);
    expect(sub.deadline.end).toBe("2023-12-10");
  });
  it("keeps tasks 2 and 3 in 'Cải cách thể chế' although a displaced label stands on their row", async () => {
    const doc = await plan("000_cc8d44a7a110d77b.txt");
    const task = byText(doc.tasks, "Xây dựng và ban hành văn bản quy phạm pháp luật tại huyện");
    expect(task).toMatchObject({ number: "2", area: "institutions", areaLabel: "Cải cách thể chế" });
    expect(doc.diagnostics.some((d) => d.code === "group-label-displaced")).toBe(true);
  });
  it("joins the row continued after a page break into its task", async () => {
    const { tasks } = await plan("000_cc8d44a7a110d77b.txt");
    const task = byText(tasks, "Hoàn thiện và ban hành quyết định vị trí việc làm");
    expect(task.task).toBe(
      "Hoàn thiện và ban hành quyết định vị trí việc làm của cơ quan, tổ chức thuộc phạm vi quản lý theo quy định tại Nghị định số 62/2020/NĐ-CP ngày 01/6/2020 của Chính phủ",
    );
    expect(task.deadline).toMatchObject({ raw: "Quý 2/2023", start: "2023-04-01", end: "2023-06-30" });
    expect(tasks.some((t) => t.task.startsWith("62/2020"))).toBe(false);
  });
  it("splits agencies on ';' and reads a multi-item deadline cell", async () => {
    const { tasks } = await plan("000_cc8d44a7a110d77b.txt");
    const task = byText(tasks, "Xây dựng Kế hoạch và tổ chức tuyên truyền, phổ biến giáo dục pháp luật");
    expect(task.partners).toEqual(["Ban, phòng ngành và các cơ quan có liên quan", "UBND xã, thị trấn"]);
    expect(task.deadline).toMatchObject({ start: "2023-01-01", end: "2023-12-31" });
    expect(task.deadline.items).toHaveLength(2);
    const quarterly = byText(tasks, "Thực hiện rà soát, kiến nghị các cấp thẩm quyền");
    expect(quarterly.deadline).toMatchObject({ raw: "Hàng quý và năm 2023", start: "2023-01-01", end: "2023-12-31", recurrence: "quarterly" });
  });
});

describe("seed 001: six-column appendix with sub-items and a two-product task", () => {
  it("has 40 tasks", async () => {
    const { tasks } = await plan("001_cf13d097df470f82.txt");
    expect(tasks).toHaveLength(40);
  });
  it("gives the task with two products one record per product row, task filled down", async () => {
    const { tasks } = await plan("001_cf13d097df470f82.txt");
    const rows = tasks.filter((t) => t.task.startsWith("Thực hiện hiệu quả công tác rà soát, đơn giản hóa TTHC nội bộ"));
    expect(rows).toHaveLength(2);
    expect(rows.map((t) => t.number)).toEqual(["6", "6"]);
    expect(rows[0]!.products).toEqual(["Quyết định công bố TTHC nội bộ của Chủ tịch UBND tỉnh"]);
    expect(rows[0]!.deadline).toMatchObject({ start: null, end: "2023-04-01" });
    expect(rows[1]!.products).toEqual(["Quyết định của Chủ tịch UBND tỉnh phê duyệt phương án đơn giản hóa TTHC nội bộ tại địa phương"]);
  });
  it("turns the header-only task 'Hoạt động kiểm tra' into the parent of its four sub-items", async () => {
    const { tasks } = await plan("001_cf13d097df470f82.txt");
    const subs = tasks.filter((t) => t.parent === "Hoạt động kiểm tra");
    expect(subs.map((t) => t.task)).toEqual([
      "Kiểm tra CCHC",
      "Kiểm tra công vụ",
      "Kiểm tra công tác tổ chức chỉ đạo điều hành cải thiện Chỉ số PAPI của UBND cấp huyện, cấp xã",
      "Kiểm tra, đánh giá năng lực cán bộ, công chức cấp xã đáp ứng yêu cầu CCHC gắn với chuyển đổi số",
    ]);
    expect(tasks.some((t) => t.task === "Hoạt động kiểm tra")).toBe(false);
    expect(subs[1]).toMatchObject({ lead: ["Đoàn kiểm tra công vụ tỉnh"], partners: [], deadline: { raw: "Kiểm tra đột xuất", start: null, end: null } });
    expect(subs[2]!.deadline).toMatchObject({ start: "2023-08-01", end: "2023-08-31" });
  });
  it("keeps a group repeated after a page break as one group", async () => {
    const { tasks } = await plan("001_cf13d097df470f82.txt");
    expect(tasks.filter((t) => t.area === "civil_service").map((t) => t.number)).toEqual(["1", "2", "3", "4", "5"]);
    expect(tasks.filter((t) => t.area === "direction")).toHaveLength(10);
  });
});

describe("seed 003: tasks from the body section (no appendix)", () => {
  it("makes every numbered item of section II a task, and lettered parts tasks with a parent", async () => {
    const doc = await plan("003_9a23d4ea0e0477f2.txt");
    expect(doc.tables).toEqual([]);
    expect(doc.tasks.map((t) => t.number)).toEqual(["1", "2", "3", "4", "a", "b", "5", "6", "7", "8", "9", "10"]);
    expect(doc.tasks.every((t) => t.origin === "inline")).toBe(true);
    const b = doc.tasks[5]!;
    expect(b.parent).toMatch(/^Tăng cường kiểm tra công tác cải cách hành chính gắn với kiểm tra công vụ/);
    expect(b.deadline).toMatchObject({ start: "2023-01-01", end: null, recurrence: "continuous" });
    expect(doc.tasks[1]!.lead).toEqual(["Phòng Văn hóa & Thông tin"]);
    expect(doc.tasks[0]!.deadline).toMatchObject({ raw: "Quý I/2023 và những năm tiếp theo", start: "2023-01-01", end: null });
    // Item 10 is cut by a footnote at a page break; its heading is joined back.
    expect(doc.tasks[11]!.task).toMatch(/vận động và đẩy mạnh thực hiện việc giám sát, phản biện/);
  });
});

describe("seed 004: nine-column appendix", () => {
  it("reads objectives, activities, budget and the task's own number", async () => {
    const { tasks } = await plan("004_b6c2931c4fda3fce.txt");
    expect(tasks[0]).toMatchObject({
      area: "direction",
      areaLabel: "Công tác chỉ đạo điều hành CCHC",
      objective: "Nâng cao chất lượng công tác chỉ đạo điều hành; tổ chức thực hiện có hiệu quả, đảm bảo chất lượng các nội dung, nhiệm vụ trong kế hoạch CCHC của tỉnh",
      number: "2.1",
      task: "Ban hành khai Kế hoạch CCHC năm 2024 của huyện",
      activities: ["3.1. Xây dựng dự thảo văn bản đề xuất mục tiêu, nhiệm vụ", "3.2. Tổng hợp và xin ý kiến, hoàn thiện dự thảo, trình Chủ tịch UBND huyện ban hành"],
      products: ["Văn bản và các dự thảo kèm theo"],
      lead: ["Phòng Nội vụ"],
      deadline: { raw: "Trước 15/01/2024", start: null, end: "2024-01-15" },
      budget: null,
    });
  });
  it("fills down the task, lead and budget into the activity row of the same task", async () => {
    const { tasks } = await plan("004_b6c2931c4fda3fce.txt");
    const rows = tasks.filter((t) => t.number === "2.3" && t.area === "direction");
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({
      activities: ["3.5. Tổ chức thực hiện Kế hoạch tuyên truyền"],
      lead: ["Phòng Văn hóa - TT"],
      budget: "Theo dự toán được cấp",
      deadline: { raw: "Thường xuyên", recurrence: "continuous" },
    });
  });
  it("joins a continuation row cut mid-sentence into objective, task, activity and budget", async () => {
    const { tasks } = await plan("004_b6c2931c4fda3fce.txt");
    const task = byText(tasks, "Tổ chức tập huấn, bồi dưỡng về kiến thức, kỹ năng về CCHC");
    expect(task.task).toBe("Tổ chức tập huấn, bồi dưỡng về kiến thức, kỹ năng về CCHC cho cán bộ, công chức");
    expect(task.activities).toEqual(["3.17. Phối hợp mở các lớp tập huấn, bồi dưỡng và cử đi tập huấn các lớp của tỉnh"]);
    expect(task.budget).toBe("Theo dự toán được cấp");
  });
  it("splits the row packing tasks 2.8 and 2.9, and says the alignment is a guess", async () => {
    const doc = await plan("004_b6c2931c4fda3fce.txt");
    const a = byText(doc.tasks, "Tiếp tục đẩy mạnh số hóa hồ sơ");
    const b = byText(doc.tasks, "Đẩy mạnh chứng thực điện tử");
    expect([a.number, b.number]).toEqual(["2.8", "2.9"]);
    expect(a.objective).toBe(b.objective);
    expect(a.objective).toMatch(/cơ quan nhà nước có thẩm quyền giải quyết thủ tục hành chính đang quản lý/);
    expect(doc.diagnostics.some((d) => d.code === "packed-row-alignment")).toBe(true);
  });
  it("sets the lettered sub-group and keeps numbering as written", async () => {
    const doc = await plan("004_b6c2931c4fda3fce.txt");
    const iso = doc.tasks.filter((t) => t.subArea === "Áp dụng ISO 9001:2015 trong hoạt động của đơn vị");
    expect(iso.map((t) => t.number)).toEqual(["2.1", "2.2", "2.3", "2.4", "2.5", "2.9"]);
    expect(iso.every((t) => t.area === "digital_government")).toBe(true);
    expect(iso[0]!.deadline).toMatchObject({ raw: "Quý I-IV năm 2024", start: "2024-01-01", end: "2024-12-31" });
  });
});
