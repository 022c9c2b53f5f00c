/**
 * A TCVN3 text layer whose producer dropped every "ư" (its code is the soft hyphen's: LibreOffice does not draw it;
 * fixtures/pdf/001.tcvn3.pdf, see fixtures/make/README.md "Untrusted text layers"): the words that cannot be without it
 * get it back, the others stay as read, and a warning says so.
 */
import { afterAll, describe, expect, it } from "vitest";
import { parsePlan, releaseReaders } from "../../src/index.js";
import { hasToneLessUhorn, restoreDroppedTcvn3Uhorn } from "../../src/read/decode.js";

afterAll(releaseReaders);

describe("restoreDroppedTcvn3Uhorn", () => {
  it.each([
    ["tại địa phơng", "tại địa phương"],
    ["Chơng trình tổng thể", "Chương trình tổng thể"],
    ["Thủ tớng Chính phủ", "Thủ tướng Chính phủ"],
    ["đợc giao", "được giao"],
    ["môi trờng đầu t, kinh doanh", "môi trường đầu tư, kinh doanh"],
    ["nội dung chủ yếu nh sau:", "nội dung chủ yếu như sau:"],
    ["môi trờng đầu t\n, kinh doanh", "môi trường đầu tư\n, kinh doanh"],
    ["Thủ t\nớng Chính phủ", "Thủ t\nướng Chính phủ"],
  ])("%s", (read, restored) => {
    expect(restoreDroppedTcvn3Uhorn(read).value).toBe(restored);
  });
  it.each([
    // "ngời" and "cha" are words too ("sáng ngời", "cha"): a guess would be wrong as often as right.
    "của ngời đứng đầu", "cha thực hiện", "với các cơ quan", "lớp học", "mục a), b), c) và d)", "Điểm c) khoản 2", "5 t/c",
  ])("left as read: %s", (text) => {
    expect(restoreDroppedTcvn3Uhorn(text)).toEqual({ value: text, count: 0 });
  });
  it("a text with a 'ư' has it (the restoration runs only on a page that has none)", () => {
    // "ư" of "ươ" has no tone (the tone sits on "ơ"); "ự" of "thực" has a code of its own.
    expect([hasToneLessUhorn("phương"), hasToneLessUhorn("được"), hasToneLessUhorn("thực hiện")]).toEqual([true, true, false]);
  });
});

describe("fixtures/pdf/001.tcvn3.pdf", () => {
  it("reads 'Chương trình', 'như sau', 'Thủ tướng' with one legacy-font-letter-restored warning", async () => {
    const plan = await parsePlan(new URL("../../fixtures/pdf/001.tcvn3.pdf", import.meta.url).pathname, { ocr: "never" });
    const body = JSON.stringify(plan.sections);
    for (const words of ["Chương trình tổng thể", "Thủ tướng Chính phủ", "môi trường đầu tư"]) expect(body).toContain(words);
    expect(plan.diagnostics.filter((d) => d.code === "legacy-font-letter-restored").map((d) => d.where)).toEqual([{ page: 1 }]);
  });
});
