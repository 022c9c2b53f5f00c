/** Two signers' names on one line (a joint document's two signature columns read across): split at a family name. */
import { describe, expect, it } from "vitest";
import { sideBySideNames } from "../../src/segment/header.js";

describe("two names side by side", () => {
  it.each([
    ["Hà Thị Lan Nguyễn Văn Hải", ["Hà Thị Lan", "Nguyễn Văn Hải"]],
    ["Nguyễn Thị Mai Trần Văn Bình", ["Nguyễn Thị Mai", "Trần Văn Bình"]],
    ["Lê Hoàng Phạm Thị Thu Hương", ["Lê Hoàng", "Phạm Thị Thu Hương"]],
    // "Hà" ends the first name (a given name) and could start the second (a family name): "Hà Phạm …" is no name.
    ["Đỗ Thị Thu Hà Phạm Quang Huy", ["Đỗ Thị Thu Hà", "Phạm Quang Huy"]],
  ])("%s", (line, names) => {
    expect(sideBySideNames(line)).toEqual(names);
  });
  it.each(["Nguyễn Văn An", "Ủy ban MTTQ Việt Nam xã", "CHỦ TỊCH CHỦ TỊCH", "Hà Thị Lan và Nguyễn Văn Hải"])("no pair: %s", (line) => {
    expect(sideBySideNames(line)).toBeUndefined();
  });
});
