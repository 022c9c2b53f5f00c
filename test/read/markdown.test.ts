/**
 * Markdown plans as DOCX-to-Markdown converters (pandoc, markitdown) write them: the appendix is a GitHub-style pipe
 * table, bold group rows, `<br>` for line breaks inside a cell. The plan below was written by the team in that shape;
 * the expected records are what a reader of the table writes down.
 */
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";

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
    expect(doc.appendix).toMatchObject({
      title: "PHÂN CÔNG CỤ THỂ CÁC NHIỆM VỤ",
      columns: ["STT", "Nội dung nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
    });
    expect(doc.sections.map((s) => s.numeral)).toEqual(["I", "II", "III"]);
    expect(doc.tasks.map((t) => [t.area, t.number, t.task, t.products, t.lead, t.partners, t.deadline.start, t.deadline.end])).toEqual([
      ["direction", "1", "Ban hành Kế hoạch cải cách hành chính năm 2024", ["Kế hoạch"], ["Văn phòng - Thống kê"], ["Các bộ phận chuyên môn"], "2024-01-01", "2024-01-31"],
      ["direction", "2", "Kiểm tra công tác cải cách hành chính", ["Báo cáo kết quả kiểm tra"], ["Văn phòng - Thống kê"], ["Tư pháp - Hộ tịch", "Địa chính - Xây dựng"], "2024-07-01", "2024-09-30"],
      ["procedures", "1", "Niêm yết công khai thủ tục hành chính | cập nhật khi có thay đổi", ["Thủ tục được niêm yết"], ["Bộ phận Một cửa"], [], "2024-01-01", "2024-12-31"],
    ]);
    expect(doc.tasks[2]!.deadline.recurrence).toBe("continuous");
  });

  it("reads the same table in a .txt plan", async () => {
    const doc = await parsePlan(Buffer.from(PLAN.replace(/\*\*|^#+ |\*/gm, ""), "utf8"), { path: "an-binh.txt" });
    expect(doc.tasks).toHaveLength(3);
    expect(doc.tasks[1]!.partners).toEqual(["Tư pháp - Hộ tịch", "Địa chính - Xây dựng"]);
  });

  it("leaves pipes in running text alone when no delimiter row follows", async () => {
    const doc = await parsePlan(Buffer.from(PLAN.replace(/^\|[-:| ]+\|$/m, ""), "utf8"), { path: "no-table.md" });
    expect(doc.tasks).toHaveLength(0);
    expect(doc.diagnostics.some((d) => d.code === "no-tasks")).toBe(true);
  });
});
