import { describe, expect, it } from "vitest";
import { isSyllable, splitRunTogether } from "../../../src/read/ocr/syllables.js";

describe("isSyllable", () => {
  it("accepts Vietnamese syllables and rejects run-together ones", () => {
    for (const s of ["Sở", "Nội", "vụ", "nghiêng", "khuyến", "hoạch", "chức", "quyết", "giữa"]) expect(isSyllable(s), s).toBe(true);
    for (const s of ["Nộivu", "thựchiện", "giánăng", "g", "thựch"]) expect(isSyllable(s), s).toBe(false);
  });
});

describe("splitRunTogether", () => {
  it("splits words tesseract ran together into syllables", () => {
    expect(splitRunTogether("SởNộivụ")).toEqual(["Sở", "Nội", "vụ"]);
    expect(splitRunTogether("thựchiện")).toEqual(["thực", "hiện"]);
    expect(splitRunTogether("Quyếtđịnhcủa")).toEqual(["Quyết", "định", "của"]);
    expect(splitRunTogether("cóliênquan,")).toEqual(["có", "liên", "quan,"]);
  });

  it("splits after a list number, a leading dash and an acronym", () => {
    expect(splitRunTogether("1.Triểnkhai")).toEqual(["1.", "Triển", "khai"]);
    expect(splitRunTogether("-Kếhoạch")).toEqual(["-", "Kế", "hoạch"]);
    expect(splitRunTogether("UBNDcấp")).toEqual(["UBND", "cấp"]);
  });

  it("leaves words, numbers, acronyms and web addresses whole", () => {
    for (const w of ["Nghị", "huyện,", "30/2020/NĐ-CP", "TTHC", "istorage.soctrang.gov.vn", "12/2023", "phươngán/Kế"]) expect(splitRunTogether(w), w).toEqual([w]);
  });
});
