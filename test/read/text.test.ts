/**
 * Plain-text plans as users save them: Word's "Save as text" and text copied from a web page write one paragraph a
 * line with no blank line between paragraphs; e-mail and scrapers hard-wrap at a width. The excerpts below were
 * written by the team in each layout; the expected paragraphs are what a reader of the page sees.
 */
import { describe, expect, it } from "vitest";
import type { Block } from "../../src/model/types.js";
import { wrappingOf } from "../../src/read/markdown.js";
import { readText } from "../../src/read/text.js";

/** Each paragraph as "<marker> <text>", lines joined. */
function paragraphs(blocks: Block[]): string[] {
  return blocks.flatMap((b) => (b.type === "paragraph" || b.type === "heading" ? [`${b.type === "paragraph" && b.marker ? `${b.marker} ` : ""}${b.lines.join(" ")}`] : []));
}

const ONE_PARAGRAPH_A_LINE = `KẾ HOẠCH
Cải cách hành chính năm 2024
Thực hiện Kế hoạch số 5/KH-UBND ngày 05/01/2024 của UBND tỉnh về cải cách hành chính năm 2024, UBND huyện ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Nâng cao hiệu lực, hiệu quả quản lý nhà nước trên địa bàn huyện.
Tạo chuyển biến rõ rệt về kỷ luật, kỷ cương hành chính của cán bộ, công chức, viên chức
2. Yêu cầu
- Bám sát chỉ đạo của Tỉnh ủy, UBND tỉnh;
- Xác định rõ trách nhiệm của người đứng đầu cơ quan, đơn vị.
Các cơ quan, đơn vị triển khai đồng bộ, kịp thời, bảo đảm chất lượng và tiến độ.
II. NHIỆM VỤ TRỌNG TÂM
Thực hiện đầy đủ các nhiệm vụ được giao tại Kế hoạch của UBND tỉnh, phối hợp với
Sở Nội vụ trong công tác kiểm tra.
III. TỔ CHỨC THỰC HIỆN
Phòng Nội vụ chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch này.`;

const HARD_WRAPPED = `I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiệu lực, hiệu quả quản lý nhà nước trên địa bàn huyện; tạo chuyển biến
rõ rệt về kỷ luật, kỷ cương hành chính của cán bộ, công chức, viên chức trong thực
thi công vụ, bảo đảm chất lượng và hiệu quả.
Các cơ quan, đơn vị triển khai đồng bộ, kịp thời, bảo đảm chất lượng và tiến độ
theo quy định của pháp luật và hướng dẫn của cơ quan có thẩm quyền cấp trên.
II. NHIỆM VỤ TRỌNG TÂM
Thực hiện đầy đủ các nhiệm vụ được giao tại Kế hoạch của UBND tỉnh, phối hợp với
Sở Nội vụ trong công tác kiểm tra việc thực hiện nhiệm vụ cải cách hành chính tại
các cơ quan, đơn vị.`;

describe("text written one paragraph a line", () => {
  it("keeps each heading, each item and each paragraph apart, and joins a sentence broken by hand", async () => {
    const doc = await readText(ONE_PARAGRAPH_A_LINE, "txt");
    expect(paragraphs(doc.children)).toEqual([
      "KẾ HOẠCH",
      "Cải cách hành chính năm 2024",
      "Thực hiện Kế hoạch số 5/KH-UBND ngày 05/01/2024 của UBND tỉnh về cải cách hành chính năm 2024, UBND huyện ban hành Kế hoạch như sau:",
      "I. MỤC ĐÍCH, YÊU CẦU",
      "1. Mục đích",
      "Nâng cao hiệu lực, hiệu quả quản lý nhà nước trên địa bàn huyện.",
      "Tạo chuyển biến rõ rệt về kỷ luật, kỷ cương hành chính của cán bộ, công chức, viên chức",
      "2. Yêu cầu",
      "- Bám sát chỉ đạo của Tỉnh ủy, UBND tỉnh;",
      "- Xác định rõ trách nhiệm của người đứng đầu cơ quan, đơn vị.",
      "Các cơ quan, đơn vị triển khai đồng bộ, kịp thời, bảo đảm chất lượng và tiến độ.",
      "II. NHIỆM VỤ TRỌNG TÂM",
      "Thực hiện đầy đủ các nhiệm vụ được giao tại Kế hoạch của UBND tỉnh, phối hợp với Sở Nội vụ trong công tác kiểm tra.",
      "III. TỔ CHỨC THỰC HIỆN",
      "Phòng Nội vụ chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch này.",
    ]);
  });

  it("reads Markdown written the same way alike", async () => {
    const doc = await readText(ONE_PARAGRAPH_A_LINE, "md");
    expect(paragraphs(doc.children)).toContain("Các cơ quan, đơn vị triển khai đồng bộ, kịp thời, bảo đảm chất lượng và tiến độ.");
    expect(paragraphs(doc.children)).toContain("Nâng cao hiệu lực, hiệu quả quản lý nhà nước trên địa bàn huyện.");
  });

  it("keeps the header's lines, a committee and its unit, in one paragraph", async () => {
    const doc = await readText(`ỦY BAN NHÂN DÂN\nHUYỆN CHỢ MỚI\nSố: 12/KH-UBND\nChợ Mới, ngày 10 tháng 01 năm 2024\n${ONE_PARAGRAPH_A_LINE}`, "txt");
    expect(paragraphs(doc.children).slice(0, 4)).toEqual(["ỦY BAN NHÂN DÂN HUYỆN CHỢ MỚI", "Số: 12/KH-UBND", "Chợ Mới, ngày 10 tháng 01 năm 2024", "KẾ HOẠCH"]);
  });
});

describe("hard-wrapped text", () => {
  it("joins wrapped lines, and ends a paragraph where a sentence ends with room left on its line", async () => {
    const doc = await readText(HARD_WRAPPED, "txt");
    expect(paragraphs(doc.children)).toEqual([
      "I. MỤC ĐÍCH, YÊU CẦU",
      "Nâng cao hiệu lực, hiệu quả quản lý nhà nước trên địa bàn huyện; tạo chuyển biến rõ rệt về kỷ luật, kỷ cương hành chính của cán bộ, công chức, viên chức trong thực thi công vụ, bảo đảm chất lượng và hiệu quả.",
      "Các cơ quan, đơn vị triển khai đồng bộ, kịp thời, bảo đảm chất lượng và tiến độ theo quy định của pháp luật và hướng dẫn của cơ quan có thẩm quyền cấp trên.",
      "II. NHIỆM VỤ TRỌNG TÂM",
      "Thực hiện đầy đủ các nhiệm vụ được giao tại Kế hoạch của UBND tỉnh, phối hợp với Sở Nội vụ trong công tác kiểm tra việc thực hiện nhiệm vụ cải cách hành chính tại các cơ quan, đơn vị.",
    ]);
  });

  it("tells the two layouts apart by where lines break", () => {
    expect(wrappingOf(HARD_WRAPPED.split("\n"))).toEqual({ kind: "wrapped", width: 82 });
    expect(wrappingOf(ONE_PARAGRAPH_A_LINE.split("\n"))).toEqual({ kind: "by-hand" });
    expect(wrappingOf(["KẾ HOẠCH", "", "1. Mục đích"])).toEqual({ kind: "unknown" });
    // Breaks before capitals only, in lines no longer than a wrapped line: too little to tell.
    expect(wrappingOf(["2. Sở", "Khoa học và Công nghệ chủ trì tổ chức tập huấn.", "3. Đề nghị: Hiệp hội", "Doanh nghiệp tỉnh phối hợp."])).toEqual({ kind: "unknown" });
  });
});
