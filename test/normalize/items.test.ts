import { describe, expect, it } from "vitest";
import { bulletItems, readable, splitActivities, splitItems } from "../../src/normalize/items.js";

describe("list cells as items", () => {
  it("splits a flattened bullet list, and leaves other paragraphs whole", () => {
    expect(bulletItems("- Kế hoạch - Báo cáo kết quả")).toEqual(["- Kế hoạch", "- Báo cáo kết quả"]);
    expect(bulletItems("Kế hoạch - Báo cáo")).toEqual(["Kế hoạch - Báo cáo"]);
  });
  it("splits items at bullets and semicolons, bullets removed", () => {
    expect(splitItems(["Công văn; báo cáo kết quả", "- Kế hoạch - Báo cáo"])).toEqual(["Công văn", "báo cáo kết quả", "Kế hoạch", "Báo cáo"]);
  });
  it("keeps activity numbers and splits before each", () => {
    expect(splitActivities(["3.1. Xây dựng dự thảo 3.2. Tổng hợp ý kiến"])).toEqual(["3.1. Xây dựng dự thảo", "3.2. Tổng hợp ý kiến"]);
  });
  it("writes a long all-capitals cell in sentence case", () => {
    expect(readable("CẢI CÁCH THỦ TỤC HÀNH CHÍNH")).toBe("Cải cách thủ tục hành chính");
    expect(readable("UBND tỉnh")).toBe("UBND tỉnh");
  });
});
