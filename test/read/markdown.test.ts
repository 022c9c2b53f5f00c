/**
 * Markdown plans as DOCX-to-Markdown converters (pandoc, markitdown) write them: the appendix is a GitHub-style pipe
 * table, bold group rows, `<br>` for line breaks inside a cell. The plan below was written by the team in that shape;
 * the expected records are what a reader of the table writes down.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import { markdownToBlocks } from "../../src/read/markdown.js";

const PLAN = `**ỦY BAN NHÂN DÂN XÃ AN BÌNH**

Số: 15/KH-UBND

*An Bình, ngày 10 tháng 01 năm 2024*

# KẾ HOẠCH

## Cải cách hành chính năm 2024

### I. MỤC ĐÍCH, YÊU CẦU

Nâng cao hiệu quả công tác cải cách hành chính trên địa bàn xã.

### II. NHIỆM VỤ TRỌNG TÂM

Theo Phụ lục kèm theo Kế hoạch này.

### III. TỔ CHỨC THỰC HIỆN

Công chức Văn phòng - Thống kê theo dõi, tổng hợp.

## PHỤ LỤC: PHÂN CÔNG CỤ THỂ CÁC NHIỆM VỤ

| STT | Nội dung nhiệm vụ | Sản phẩm | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
|:---:|-------------------|----------|-----------------|------------------|---------------------:|
| **I** | **Công tác chỉ đạo, điều hành** | | | | |
| 1 | Ban hành Kế hoạch cải cách hành chính năm 2024 | Kế hoạch | Văn phòng - Thống kê | Các bộ phận chuyên môn | Tháng 01/2024 |
| 2 | Kiểm tra công tác cải cách hành chính | Báo cáo kết quả kiểm tra | Văn phòng - Thống kê | Tư pháp - Hộ tịch<br>Địa chính - Xây dựng | Quý III/2024 |
| **II** | **Cải cách thủ tục hành chính** | | | | |
| 1 | Niêm yết công khai thủ tục hành chính \\| cập nhật khi có thay đổi | Thủ tục được niêm yết | Bộ phận Một cửa | | Thường xuyên |
`;

describe("a Markdown plan with a pipe table", () => {
  it("reads the pipe table as the appendix task table", async () => {
    const doc = await parsePlan(Buffer.from(PLAN, "utf8"), { path: "an-binh.md" });
    expect(doc.tables[0]).toMatchObject({
      title: "PHÂN CÔNG CỤ THỂ CÁC NHIỆM VỤ",
      columns: ["STT", "Nội dung nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
    });
    expect(doc.sections.map((s) => s.numeral)).toEqual(["I", "II", "III"]);
    expect(doc.tasks.map((t) => [t.area, t.number, t.task, t.products, t.lead, t.partners, t.deadline.start, t.deadline.end])).toEqual([
      ["direction", "1", "Ban hành Kế hoạch cải cách hành chính năm 2024", ["Kế hoạch"], ["Văn phòng - Thống kê"], ["Các bộ phận chuyên môn"], "2024-01-01", "2024-01-31"],
      ["direction", "2", "Kiểm tra công tác cải cách hành chính", ["Báo cáo kết quả kiểm tra"], ["Văn phòng - Thống kê"], ["Tư pháp - Hộ tịch", "Địa chính - Xây dựng"], "2024-07-01", "2024-09-30"],
      ["procedures", "1", "Niêm yết công khai thủ tục hành chính | cập nhật khi có thay đổi", ["Thủ tục được niêm yết"], ["Bộ phận Một cửa"], [], "2024-01-01", "2024-12-31"],
      // Section III gives the Văn phòng - Thống kê official a duty in prose: an inline record of its own.
      ["other", null, "Theo dõi, tổng hợp.", [], ["Công chức Văn phòng - Thống kê"], [], null, null],
    ]);
    expect(doc.tasks.map((t) => t.origin)).toEqual(["appendix", "appendix", "appendix", "inline"]);
    expect(doc.tasks[2]!.deadline.recurrence).toBe("continuous");
  });

  it("reads the same table in a .txt plan", async () => {
    const doc = await parsePlan(Buffer.from(PLAN.replace(/\*\*|^#+ |\*/gm, ""), "utf8"), { path: "an-binh.txt" });
    expect(doc.tasks.filter((t) => t.origin === "appendix")).toHaveLength(3);
    expect(doc.tasks[1]!.partners).toEqual(["Tư pháp - Hộ tịch", "Địa chính - Xây dựng"]);
  });

  it("leaves pipes in running text alone when no delimiter row follows", async () => {
    const doc = await parsePlan(Buffer.from(PLAN.replace(/^\|[-:| ]+\|$/m, ""), "utf8"), { path: "no-table.md" });
    // No table: only the prose duty of section III is a record.
    expect(doc.tables).toEqual([]);
    expect(doc.tasks.map((t) => [t.origin, t.lead])).toEqual([["inline", ["Công chức Văn phòng - Thống kê"]]]);
  });
});

/**
 * Markup-free chunks are read without remark (markdown.ts, readSimpleChunk) and must give exactly remark's blocks:
 * compared on every fixture text and on generated chunks of plan-like lines (bullets, numbered and nested items,
 * lazy continuation lines, ordered items that may not interrupt a paragraph, headings without markup).
 */
describe("list markers", () => {
  // Plans write two levels of bullets as "-" and "+"; the DOCX reader keeps Word's bullet text, so Markdown keeps the
  // source's too. "*" is Markdown's spelling of a bullet, not the writer's.
  const SOURCE = "2. Yêu cầu\n- Bám sát chỉ đạo của tỉnh;\n+ Rà soát thủ tục hành chính;\n+ Công khai kết quả giải quyết;\n* Báo cáo định kỳ.";
  const markers = (blocks: ReturnType<typeof markdownToBlocks>) => blocks.map((b) => (b.type === "paragraph" ? b.marker : b.type));
  it("keeps '+' sub-bullets as '+', in both readings", () => {
    expect(markers(markdownToBlocks(SOURCE))).toEqual(["2.", "-", "+", "+", "-"]);
    expect(markers(markdownToBlocks(SOURCE, 0, { remarkOnly: true }))).toEqual(["2.", "-", "+", "+", "-"]);
  });
});

describe("markup-free chunks read without remark", () => {
  const fixtures = ["plans", "unseen"].flatMap((folder) =>
    readdirSync(new URL(`../../fixtures/${folder}/`, import.meta.url))
      .filter((name) => /\.(txt|md)$/.test(name))
      .map((name) => new URL(`../../fixtures/${folder}/${name}`, import.meta.url)),
  );
  it.each(fixtures.map((url) => [url.pathname.split("/").slice(-2).join("/"), url] as const))("gives remark's blocks on %s", (_, url) => {
    const text = readFileSync(url, "utf8");
    expect(markdownToBlocks(text, 3)).toEqual(markdownToBlocks(text, 3, { remarkOnly: true }));
  });

  const LINES = [
    "Tạo chuyển biến mạnh mẽ về kỷ luật, kỷ cương",
    "ý thức, trách nhiệm của cán bộ, công chức",
    "- Rà soát văn bản quy phạm pháp luật",
    "+ Công khai thủ tục hành chính",
    "1. Mục đích",
    "2. Yêu cầu",
    "3) Kiểm tra",
    "01. Ban hành kế hoạch",
    "1.2. Nâng cao chất lượng",
    "a) Cải cách thể chế",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "II- NHIỆM VỤ",
    "  - Phòng Nội vụ",
    "   - Văn phòng HĐND và UBND",
    "  1. Tổ chức tập huấn",
    "   2. Đánh giá",
    "  tiếp tục dòng thụt lề",
    "Căn cứ Quyết định số 10/QĐ-UBND;",
    "Nơi nhận:",
    "\u00a0- dòng có khoảng trắng không ngắt",
    "-Không phải mục",
    "2023. Năm",
    "- ",
    "---",
    "- 1. Mục lồng trong gạch đầu dòng",
    "1. - Gạch đầu dòng trong mục số",
    "dòng có hai dấu cách cuối  ",
    "   ba dấu cách đầu dòng",
    "+  hai dấu cách sau dấu cộng",
    "1.  hai dấu cách sau số",
    "10. Mục mười",
    "  10. Mục mười lồng",
    "    bốn dấu cách đầu dòng",
    "**QUYẾT ĐỊNH**",
    "**Về việc ban hành Kế hoạch**  ",
    "- *Thời gian thực hiện: Quý I/2023.*",
    "2. *Mục hai nghiêng*",
    "1. **Mục đích**",
    "*(a) nghiêng mở ngoặc*",
    "**Đậm** rồi thường",
    "** không đậm**",
    "*nghiêng*  ",
    "***đậm nghiêng***",
    "* gạch sao",
    "## I. MỤC ĐÍCH, YÊU CẦU",
    "### *1. Chỉ đạo điều hành*",
    "## **II. CÁC CHỈ TIÊU**",
    "## Tiêu đề đóng ##",
    "#không phải tiêu đề",
    "#",
    "  ## thụt lề",
    "Phòng Văn hóa & Thông tin",
    "&amp; thực thể",
    "",
    "",
  ];
  it("gives remark's blocks on 2,000 generated chunks", () => {
    let seed = 20261201;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 2000; n++) {
      const count = 1 + Math.floor(random() * 8);
      const source = Array.from({ length: count }, () => LINES[Math.floor(random() * LINES.length)]!).join("\n");
      expect(markdownToBlocks(source), JSON.stringify(source)).toEqual(markdownToBlocks(source, 0, { remarkOnly: true }));
    }
  });
});
