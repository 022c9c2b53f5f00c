/**
 * PDFs as offices produce them (fixtures/pdf-office/, made by fixtures/pdf-office/make/make.sh; see its README): one
 * plan exported by LibreOffice with every letter its text font lacks set in a fallback font (text runs with holes),
 * once with a borderless appendix table, once in decomposed Unicode with a table ruled between rows only, once with
 * its landscape pages turned by /Rotate 90. Every value below was written from the plan's text, not from cchc's output.
 */
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import type { PlanDocument } from "../../src/schema/plan.js";

const fixture = (name: string) => new URL(`../../fixtures/pdf-office/${name}`, import.meta.url).pathname;

const cache = new Map<string, Promise<PlanDocument>>();
function parsed(name: string): Promise<PlanDocument> {
  if (!cache.has(name)) cache.set(name, parsePlan(fixture(name), { ocr: "never" }));
  return cache.get(name)!;
}

/** number, task, lead, partners, [deadline raw, start, end, recurrence] */
type Row = [string, string, string[], string[], [string, string | null, string, string | null]];

const month = (m: string, last: string): [string, string, string, null] => [`Tháng ${m}/2025`, `2025-${m}-01`, `2025-${m}-${last}`, null];
const QII: Row[4] = ["Quý II/2025", "2025-04-01", "2025-06-30", null];
const QIII: Row[4] = ["Quý III/2025", "2025-07-01", "2025-09-30", null];
const ALWAYS: Row[4] = ["Thường xuyên", "2025-01-01", "2025-12-31", "continuous"];
const NOI_VU = ["Phòng Nội vụ"];
const VP = ["Văn phòng HĐND và UBND huyện"];
const XA = ["Ủy ban nhân dân các xã, thị trấn"];
const CQCM = ["Các cơ quan chuyên môn"];

const TASKS: Row[] = [
  ["1", "Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2025 trên địa bàn huyện", NOI_VU, ["Phòng Văn hóa và Thông tin"], month("01", "31")],
  ["2", "Kiểm tra công tác cải cách hành chính tại các cơ quan chuyên môn và Ủy ban nhân dân các xã, thị trấn theo kế hoạch được phê duyệt", NOI_VU, VP, QII],
  ["3", "Rà soát, đánh giá thủ tục hành chính thuộc thẩm quyền giải quyết của cấp huyện; kiến nghị đơn giản hóa thủ tục hành chính không cần thiết", VP, CQCM, QIII],
  [
    "4",
    "Thực hiện tiếp nhận, giải quyết hồ sơ thủ tục hành chính qua dịch vụ công trực tuyến toàn trình; số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; lập báo cáo định kỳ gửi cơ quan cấp trên theo quy định và công khai kết quả trên Cổng thông tin điện tử của huyện",
    VP,
    XA,
    ALWAYS,
  ],
  ["5", "Tổ chức đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2025 theo quy định", NOI_VU, ["Các cơ quan, đơn vị"], month("12", "31")],
  [
    "6",
    "Triển khai các nhiệm vụ chuyển đổi số trong hoạt động của cơ quan nhà nước; vận hành hệ thống quản lý văn bản và điều hành, ký số văn bản đi",
    ["Phòng Văn hóa và Thông tin"],
    ["Các cơ quan, đơn vị", ...XA],
    ALWAYS,
  ],
  ["7", "Kiện toàn đội ngũ công chức làm việc tại Bộ phận Một cửa cấp huyện và cấp xã; bồi dưỡng kỹ năng giao tiếp, ứng xử cho công chức tiếp nhận hồ sơ", NOI_VU, XA, QII],
  [
    "8",
    "Theo dõi, tổng hợp, báo cáo kết quả thực hiện Chỉ số cải cách hành chính và Chỉ số hài lòng của người dân, tổ chức; đề xuất giải pháp nâng cao các chỉ số thành phần còn thấp; tổ chức điều tra xã hội học về sự hài lòng của người dân đối với dịch vụ hành chính công tại Bộ phận Một cửa các cấp; lập báo cáo định kỳ gửi Sở Nội vụ theo quy định",
    NOI_VU,
    CQCM,
    month("11", "30"),
  ],
  ["9", "Rà soát, sắp xếp các thôn, tổ dân phố không đủ tiêu chuẩn theo quy định của Bộ Nội vụ", NOI_VU, XA, QIII],
  [
    "10",
    "Công khai, minh bạch thông tin về ngân sách, đầu tư công trên Cổng thông tin điện tử của huyện; thực hiện nghiêm quy định về thực hành tiết kiệm, chống lãng phí trong sử dụng kinh phí được giao",
    ["Phòng Tài chính - Kế hoạch"],
    ["Các cơ quan, đơn vị dự toán"],
    ALWAYS,
  ],
  [
    "11",
    "Duy trì, cải tiến hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2015 tại các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện",
    ["Phòng Kinh tế và Hạ tầng"],
    CQCM,
    ["Trước ngày 30/9/2025", null, "2025-09-30", null],
  ],
  ["12", "Tổ chức hội nghị sơ kết, tổng kết công tác cải cách hành chính; khen thưởng các tập thể, cá nhân có thành tích tiêu biểu trong thực hiện cải cách hành chính", NOI_VU, VP, month("12", "31")],
];

const FILES = ["k1-moduc-borderless.pdf", "k2-moduc-nfd-hrules.pdf", "k3-moduc-rotated.pdf"];

describe.each(FILES)("%s", (name) => {
  it("reads the header, the signature block beside Nơi nhận, and words whose letters a fallback font drew", async () => {
    const plan = await parsed(name);
    expect(plan.meta).toMatchObject({
      docType: "ke_hoach",
      number: "41/KH-UBND",
      date: "2025-02-20",
      place: "Mộ Đức",
      issuer: "UBND huyện Mộ Đức",
      title: "Cải cách hành chính năm 2025 trên địa bàn huyện Mộ Đức",
      signer: "Nguyễn Văn Tỉnh",
      legalBases: ["Kế hoạch số 215/KH-UBND ngày 30/12/2024 của Ủy ban nhân dân tỉnh Quảng Ngãi về cải cách hành chính năm 2025"],
      recipients: ["UBND tỉnh", "Sở Nội vụ tỉnh Quảng Ngãi", "Các cơ quan, đơn vị thuộc huyện", "UBND các xã, thị trấn", "Lưu: VT"],
    });
    expect(plan.sections.map((s) => [s.numeral, s.heading, s.text])).toEqual([
      [
        "I",
        "MỤC ĐÍCH, YÊU CẦU",
        "Tiếp tục đẩy mạnh cải cách hành chính, nâng cao chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước; xác định cụ thể nhiệm vụ, thời hạn và trách nhiệm của từng cơ quan, đơn vị.",
      ],
      // "thể" and "tại" end and start in the fallback font with a space between them; "lục" is "l" + "ụ" + "c".
      ["II", "NHIỆM VỤ", "Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này."],
      ["III", "TỔ CHỨC THỰC HIỆN", "Phòng Nội vụ chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 10/12/2025."],
    ]);
  });

  it("reads every row of the appendix table across the page break, its header row once", async () => {
    const plan = await parsed(name);
    const rows = plan.tasks.filter((t) => t.table !== null);
    expect(rows.map((t) => [t.number, t.task, t.lead, t.partners, [t.deadline.raw, t.deadline.start, t.deadline.end, t.deadline.recurrence]])).toEqual(TASKS);
    expect(plan.tables).toHaveLength(1);
    const codes = plan.diagnostics.map((d) => d.code);
    expect(codes.filter((c) => c === "repeated-header-dropped")).toHaveLength(1);
    // Page furniture ("Trang 2/3", the running title, a lone page number) is in no task.
    for (const task of plan.tasks) expect(JSON.stringify(task)).not.toMatch(/Trang \d|Kế hoạch cải cách hành chính năm 2025 của UBND/u);
  });
});

describe("a row cut by the page break", () => {
  it.each(["k1-moduc-borderless.pdf", "k2-moduc-nfd-hrules.pdf"])("%s: task 8's rest under the repeated header joins it, with a diagnostic", async (name) => {
    const plan = await parsed(name);
    const joined = plan.diagnostics.filter((d) => d.code === "row-joined-across-page");
    expect(joined).toHaveLength(1);
    expect(joined[0]!.where?.page).toBe(3);
  });

  it("a borderless table shows no border: the join is reported as a guess", async () => {
    const plan = await parsed("k1-moduc-borderless.pdf");
    expect(plan.diagnostics.find((d) => d.code === "row-joined-across-page")?.message).toMatch(/a guess/u);
  });
});
