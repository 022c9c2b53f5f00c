import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import {
  convertLegacyVietnamese,
  decodeText,
  detectLegacyVietnamese,
  isVietnameseSyllable,
} from "../../src/read/decode.js";
import { TCVN3_FROM_UNICODE, VNI_FROM_UNICODE } from "../../src/read/legacy-vietnamese.js";

// --- Encoders: the inverse of what the module decodes, built from the tables and iconv-lite ---

/** Unicode → TCVN3 glyphs. Capital toned vowels go to the lower-case code point, as the .VnTimeH fonts do. */
function encodeTcvn3(text: string): string {
  return [...text.normalize("NFC")]
    .map((ch) => TCVN3_FROM_UNICODE[ch] ?? TCVN3_FROM_UNICODE[ch.toLowerCase()] ?? ch)
    .join("");
}

function encodeVni(text: string): string {
  return [...text.normalize("NFC")].map((ch) => VNI_FROM_UNICODE[ch] ?? ch).join("");
}

const TONE = /[\u0300\u0301\u0303\u0309\u0323]/g;
/** How Word writes Windows-1258: â ê ô ă ơ ư đ precomposed, the five tones as combining marks after the vowel. */
function encodeWindows1258(text: string): Buffer {
  const spelled = [...text.normalize("NFC")]
    .map((ch) => {
      const decomposed = ch.normalize("NFD");
      const tones = decomposed.match(TONE) ?? [];
      return decomposed.replace(TONE, "").normalize("NFC") + tones.join("");
    })
    .join("");
  return iconv.encode(spelled, "windows-1258");
}

/** Legacy-font glyph text saved as a single-byte file. */
function glyphBytes(glyphs: string): Buffer {
  return iconv.encode(glyphs, "windows-1252");
}

const PLANS = join(import.meta.dirname, "../../fixtures/plans");
const seedNames = readdirSync(PLANS).filter((name) => name.endsWith(".txt")).sort();
/** Footnote marks (⁽¹⁾) exist in no legacy code page; a file in those encodings cannot hold them. */
const FOOTNOTE = /⁽[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾/g;
function seed(name: string): string {
  return readFileSync(join(PLANS, name), "utf8").normalize("NFC").replace(FOOTNOTE, "");
}

const SENTENCES = [
  "Cải cách thủ tục hành chính",
  "Ủy ban nhân dân huyện Chợ Mới",
  "Sở Nội vụ",
  "Quyết định số 60/QĐ-UBND ngày 11/01/2024",
  "Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030",
  "Nâng cao chất lượng tham mưu xây dựng, thẩm định, ban hành văn bản quy phạm pháp luật trên địa bàn huyện.",
  "Đẩy mạnh chuyển đổi số, xây dựng chính quyền điện tử hướng tới chính quyền số",
  "II. CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH",
];
/** A paragraph long enough for a statistical decision, used to carry short samples. */
const CONTEXT = SENTENCES.slice(3).join(". ");

// Capital toned vowels: TCVN3 (.VnTime) has no code point for them, only .VnTimeH's lower-case positions.
const TONED_CAPITAL = "[ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]";
/** A line whose capital toned vowel stands next to lower-case letters or alone: its case cannot survive TCVN3. */
const CASE_LOST_IN_TCVN3 = new RegExp(`${TONED_CAPITAL}\\p{Ll}|(?<!\\p{L})${TONED_CAPITAL}(?!\\p{L})`, "u");

describe("conversion tables agree with independent sources", () => {
  // TCVN 5712:1993 bytes 0xA0–0xFF as tabulated in XFree86 X-TrueType TCVNtoUCS2.c (0 = not a TCVN3/VN3 letter; the
  // other gaps are the VN1-only capitals and combining marks, which the ABC fonts do not use).
  const TCVN5712_A0 = [
    0, 0x102, 0xc2, 0xca, 0xd4, 0x1a0, 0x1af, 0x110,
    0x103, 0xe2, 0xea, 0xf4, 0x1a1, 0x1b0, 0x111, 0x1eb0,
    0x300, 0x309, 0x303, 0x301, 0x323, 0xe0, 0x1ea3, 0xe3,
    0xe1, 0x1ea1, 0x1eb2, 0x1eb1, 0x1eb3, 0x1eb5, 0x1eaf, 0x1eb4,
    0x1eae, 0x1ea6, 0x1ea8, 0x1eaa, 0x1ea4, 0x1ec0, 0x1eb7, 0x1ea7,
    0x1ea9, 0x1eab, 0x1ea5, 0x1ead, 0xe8, 0x1ec2, 0x1ebb, 0x1ebd,
    0xe9, 0x1eb9, 0x1ec1, 0x1ec3, 0x1ec5, 0x1ebf, 0x1ec7, 0xec,
    0x1ec9, 0x1ec4, 0x1ebe, 0x1ed2, 0x129, 0xed, 0x1ecb, 0xf2,
    0x1ed4, 0x1ecf, 0xf5, 0xf3, 0x1ecd, 0x1ed3, 0x1ed5, 0x1ed7,
    0x1ed1, 0x1ed9, 0x1edd, 0x1edf, 0x1ee1, 0x1edb, 0x1ee3, 0xf9,
    0x1ed6, 0x1ee7, 0x169, 0xfa, 0x1ee5, 0x1eeb, 0x1eed, 0x1eef,
    0x1ee9, 0x1ef1, 0x1ef3, 0x1ef7, 0x1ef9, 0xfd, 0x1ef5, 0x1ed0,
  ];

  it.each(Object.entries(TCVN3_FROM_UNICODE))("TCVN3 %s is byte %s of TCVN 5712", (letter, glyph) => {
    expect(TCVN5712_A0[glyph.charCodeAt(0) - 0xa0]).toBe(letter.codePointAt(0));
  });

  // VNI spellings of the lower-case letters as listed in the npm package vietnamese-conversion (src/charsets.ts).
  const VNI_LOWER = (
    "à=aø á=aù â=aâ ã=aõ è=eø é=eù ê=eâ ì=ì í=í ò=oø ó=où ô=oâ õ=oõ ù=uø ú=uù ý=yù ă=aê đ=ñ ĩ=ó ũ=uõ ơ=ô ư=ö " +
    "ạ=aï ả=aû ấ=aá ầ=aà ẩ=aå ẫ=aã ậ=aä ắ=aé ằ=aè ẳ=aú ẵ=aü ặ=aë ẹ=eï ẻ=eû ẽ=eõ ế=eá ề=eà ể=eå ễ=eã ệ=eä " +
    "ỉ=æ ị=ò ọ=oï ỏ=oû ố=oá ồ=oà ổ=oå ỗ=oã ộ=oä ớ=ôù ờ=ôø ở=ôû ỡ=ôõ ợ=ôï ụ=uï ủ=uû ứ=öù ừ=öø ử=öû ữ=öõ ự=öï " +
    "ỳ=yø ỵ=î ỷ=yû ỹ=yõ"
  )
    .split(" ")
    .map((pair) => pair.split("="));

  it("VNI lower case: all 67 letters", () => {
    expect(VNI_LOWER).toHaveLength(67);
    for (const [letter = "", spelling] of VNI_LOWER) {
      expect([letter, VNI_FROM_UNICODE[letter]]).toEqual([letter, spelling]);
    }
  });

  // VNI spellings of capitals as listed in lamdao/xvnkb vni.h.
  it.each([
    ["ÁÀẢÃẠ", ["AÙ", "AØ", "AÛ", "AÕ", "AÏ"]],
    ["ÂẤẦẨẪẬ", ["AÂ", "AÁ", "AÀ", "AÅ", "AÃ", "AÄ"]],
    ["ĂẮẰẲẴẶ", ["AÊ", "AÉ", "AÈ", "AÚ", "AÜ", "AË"]],
    ["ƠỚỜỞỠỢ", ["Ô", "ÔÙ", "ÔØ", "ÔÛ", "ÔÕ", "ÔÏ"]],
    ["ƯỨỪỬỮỰ", ["Ö", "ÖÙ", "ÖØ", "ÖÛ", "ÖÕ", "ÖÏ"]],
    ["ÍÌỈĨỊ", ["Í", "Ì", "Æ", "Ó", "Ò"]],
    ["ÝỲỶỸỴĐ", ["YÙ", "YØ", "YÛ", "YÕ", "Î", "Ñ"]],
  ])("VNI %s", (letters, spellings) => {
    expect([...letters].map((letter) => VNI_FROM_UNICODE[letter])).toEqual(spellings);
  });
});

describe("decodeText: Unicode encodings", () => {
  const text = "Kế hoạch cải cách hành chính năm 2024\nỦy ban nhân dân huyện Chợ Mới";

  it("reads UTF-8 without BOM", () => {
    const result = decodeText(Buffer.from(text, "utf8"));
    expect(result).toEqual({ value: text, encoding: "utf-8", legacy: null, diagnostics: [] });
  });

  it("strips a UTF-8 BOM", () => {
    const result = decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]));
    expect(result.value).toBe(text);
    expect(result.encoding).toBe("utf-8");
  });

  it("reads UTF-16 LE and BE with a BOM", () => {
    const le = decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, "utf16le")]));
    expect(le.value).toBe(text);
    expect(le.encoding).toBe("utf-16le");
    const be = decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, "utf16be")]));
    expect(be.value).toBe(text);
    expect(be.encoding).toBe("utf-16be");
  });

  it("recognises UTF-16 without a BOM by its NUL bytes", () => {
    const le = decodeText(iconv.encode(text, "utf16le"));
    expect(le.value).toBe(text);
    expect(le.encoding).toBe("utf-16le");
    expect(le.diagnostics.map((d) => d.code)).toEqual(["encoding"]);
    const be = decodeText(iconv.encode(text, "utf16be"));
    expect(be.value).toBe(text);
    expect(be.encoding).toBe("utf-16be");
  });

  it("turns decomposed (NFD) text into NFC", () => {
    const nfd = text.normalize("NFD");
    expect(nfd).not.toBe(text);
    const result = decodeText(Buffer.from(nfd, "utf8"));
    expect(result.value).toBe(text);
    expect(result.value.normalize("NFC")).toBe(result.value);
  });

  it("keeps a UTF-8 file with a stray bad byte as UTF-8 and says so", () => {
    const good = Buffer.from(seed(seedNames[0] ?? ""), "utf8");
    const broken = Buffer.concat([good.subarray(0, 100), Buffer.from([0xff]), good.subarray(100)]);
    const result = decodeText(broken);
    expect(result.encoding).toBe("utf-8");
    expect(result.value).toBe(good.subarray(0, 100).toString("utf8") + "\ufffd" + good.subarray(100).toString("utf8"));
    expect(result.diagnostics).toEqual([
      { severity: "warning", code: "encoding", message: "1 byte of invalid UTF-8 replaced with U+FFFD" },
    ]);
  });
});

describe("decodeText: Windows-1258", () => {
  it("decodes the spelled-out tones to NFC and reports it", () => {
    const bytes = encodeWindows1258("Hà Nội, Chương trình");
    // H a + combining grave (0xCC): the tone really is a separate byte.
    expect([...bytes.subarray(0, 3)]).toEqual([0x48, 0x61, 0xcc]);
    const result = decodeText(bytes);
    expect(result.value).toBe("Hà Nội, Chương trình");
    expect(result.encoding).toBe("windows-1258");
    expect(result.legacy).toBeNull();
    expect(result.diagnostics).toEqual([{ severity: "info", code: "encoding", message: "decoded as Windows-1258" }]);
  });

  it.each(SENTENCES)("round-trips %s", (sentence) => {
    expect(decodeText(encodeWindows1258(sentence)).value).toBe(sentence);
  });

  it.each(seedNames)("round-trips the whole seed %s", (name) => {
    const text = seed(name);
    const result = decodeText(encodeWindows1258(text));
    expect(result.legacy).toBeNull();
    expect(result.value).toBe(text);
  });
});

describe("TCVN3 (ABC)", () => {
  it("converts the examples of the font's glyphs", () => {
    const doc = `${encodeTcvn3(CONTEXT)}\nHµ Néi\nCh\u00ad¬ng tr×nh\n®i`;
    const result = convertLegacyVietnamese(doc);
    expect(result.legacy).toBe("tcvn3");
    expect(result.value.split("\n").slice(1)).toEqual(["Hà Nội", "Chương trình", "đi"]);
  });

  it("encodes the samples as the font does (checked by hand against the table)", () => {
    expect(encodeTcvn3("Quyết định số 60/QĐ-UBND")).toBe("QuyÕt ®Þnh sè 60/Q§-UBND");
    expect(encodeTcvn3("Sở Nội vụ")).toBe("Së Néi vô");
    expect(encodeTcvn3("Chương")).toBe("Ch\u00ad¬ng");
  });

  it.each(SENTENCES)("round-trips %s", (sentence) => {
    const glyphs = `${encodeTcvn3(CONTEXT)}\n${encodeTcvn3(sentence)}`;
    const { value, legacy } = convertLegacyVietnamese(glyphs);
    expect(legacy).toBe("tcvn3");
    const line = value.split("\n")[1];
    if (CASE_LOST_IN_TCVN3.test(sentence)) expect(line?.toLowerCase()).toBe(sentence.toLowerCase());
    else expect(line).toBe(sentence);
  });

  it("detects and converts a sentence on its own", () => {
    const glyphs = encodeTcvn3("Cải cách thủ tục hành chính");
    expect(glyphs).toBe("C¶i c¸ch thñ tôc hµnh chÝnh");
    expect(detectLegacyVietnamese(glyphs)).toBe("tcvn3");
    expect(convertLegacyVietnamese(glyphs).value).toBe("Cải cách thủ tục hành chính");
  });

  it("converts every letter of the table", () => {
    const letters = Object.keys(TCVN3_FROM_UNICODE);
    expect(letters).toHaveLength(74);
    const doc = `${encodeTcvn3(CONTEXT)}\n${letters.map(encodeTcvn3).join(" ")}`;
    expect(convertLegacyVietnamese(doc).value.split("\n")[1]).toBe(letters.join(" "));
  });

  it("restores capitals written with the .VnTimeH fonts", () => {
    const capitals = ["II. C¸C NHIÖM Vô C¶I C¸CH HµNH CHÝNH", "ñY BAN NH©N D©N", "Hµ NéI", "Sè: 60/Q§-UBND"];
    const doc = [encodeTcvn3(CONTEXT), ...capitals].join("\n");
    expect(convertLegacyVietnamese(doc).value.split("\n").slice(1)).toEqual([
      "II. CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH",
      "ỦY BAN NHÂN DÂN",
      "HÀ NỘI",
      "Số: 60/QĐ-UBND",
    ]);
  });

  it("documents the limit: a lone capital toned vowel in a lower-case word comes out lower-case", () => {
    const doc = `${encodeTcvn3(CONTEXT)}\n${encodeTcvn3("Ủy ban nhân dân tỉnh")}`;
    expect(convertLegacyVietnamese(doc).value.split("\n")[1]).toBe("ủy ban nhân dân tỉnh");
  });

  it("reads ư written as a hyphen by PDF text layers before ơ", () => {
    const doc = `${encodeTcvn3(CONTEXT)}\ntr-êng häc, n-íc s¹ch, Q§-UBND`;
    expect(convertLegacyVietnamese(doc).value.split("\n")[1]).toBe("trường học, nước sạch, QĐ-UBND");
  });

  it("leaves Unicode lines of a mixed document alone", () => {
    const doc = `${encodeTcvn3(CONTEXT)}\nCải cách hành chính là nhiệm vụ trọng tâm`;
    expect(convertLegacyVietnamese(doc).value).toBe(`${CONTEXT}\nCải cách hành chính là nhiệm vụ trọng tâm`);
  });

  it.each(seedNames)("round-trips the whole seed %s through a single-byte file", (name) => {
    const text = seed(name);
    const result = decodeText(glyphBytes(encodeTcvn3(text)));
    expect(result.legacy).toBe("tcvn3");
    expect(result.diagnostics).toEqual([
      { severity: "info", code: "legacy-encoding", message: "converted from TCVN3 (ABC) font encoding" },
    ]);
    expect(result.value.toLowerCase()).toBe(text.toLowerCase());
    const expected = text.split("\n");
    const got = result.value.split("\n");
    expected.forEach((line, index) => {
      if (!CASE_LOST_IN_TCVN3.test(line)) expect(got[index]).toBe(line);
    });
  });

  it("converts TCVN3 mojibake that arrives inside a UTF-8 file", () => {
    const text = seed(seedNames[0] ?? "");
    const result = decodeText(Buffer.from(encodeTcvn3(text), "utf8"));
    expect(result.encoding).toBe("utf-8");
    expect(result.legacy).toBe("tcvn3");
    expect(result.value.toLowerCase()).toBe(text.toLowerCase());
  });
});

describe("VNI", () => {
  it("converts the examples of the font's glyphs", () => {
    const doc = `${encodeVni(CONTEXT)}\nHaø Noäi\nñi, Ñi`;
    const result = convertLegacyVietnamese(doc);
    expect(result.legacy).toBe("vni");
    expect(result.value.split("\n").slice(1)).toEqual(["Hà Nội", "đi, Đi"]);
  });

  it("encodes the samples as the font does (checked by hand against the table)", () => {
    expect(encodeVni("Sở Nội vụ")).toBe("Sôû Noäi vuï");
    expect(encodeVni("Quyết định")).toBe("Quyeát ñònh");
    expect(encodeVni("Ủy ban")).toBe("UÛy ban");
    expect(encodeVni("đường")).toBe("ñöôøng");
  });

  it.each(SENTENCES)("round-trips %s", (sentence) => {
    const { value, legacy } = convertLegacyVietnamese(`${encodeVni(CONTEXT)}\n${encodeVni(sentence)}`);
    expect(legacy).toBe("vni");
    expect(value.split("\n")[1]).toBe(sentence);
  });

  it("converts every letter of the table, capitals included", () => {
    const letters = Object.keys(VNI_FROM_UNICODE);
    expect(letters).toHaveLength(134);
    const doc = `${encodeVni(CONTEXT)}\n${letters.map(encodeVni).join(" ")}`;
    expect(convertLegacyVietnamese(doc).value.split("\n")[1]).toBe(letters.join(" "));
  });

  it.each(seedNames)("round-trips the whole seed %s through a single-byte file", (name) => {
    const text = seed(name);
    const result = decodeText(glyphBytes(encodeVni(text)));
    expect(result.legacy).toBe("vni");
    expect(result.diagnostics).toEqual([
      { severity: "info", code: "legacy-encoding", message: "converted from VNI font encoding" },
    ]);
    expect(result.value).toBe(text);
  });
});

describe("text that is not legacy-font text", () => {
  const english =
    "The committee approved the administrative reform plan. Deadlines are set per quarter; the budget is © 2024 " +
    "the provincial office. Résumé and café are borrowed words, naïve too.";
  const french =
    "Le comité a approuvé le plan de réforme administrative. Où en est-on ? Les délais sont fixés à la fin de " +
    "chaque trimestre, et le budget prévu pour l'année est déjà voté. Être là où il faut, à côté de l'hôtel, " +
    "c'est très français ; Noël à Zürich, ça coûte cher. Où ? Là-bas, où l'été dure.";

  it.each([
    ["English", english],
    ["French", french],
    ["Unicode Vietnamese", SENTENCES.join("\n")],
    ["decomposed Unicode Vietnamese", SENTENCES.join("\n").normalize("NFD")],
  ])("%s is left alone", (_label, text) => {
    expect(detectLegacyVietnamese(text)).toBeNull();
    expect(convertLegacyVietnamese(text)).toEqual({ value: text.normalize("NFC"), legacy: null });
  });

  it.each(seedNames)("the seed %s in UTF-8 is not legacy", (name) => {
    const text = seed(name);
    const expected = { value: text, encoding: "utf-8", legacy: null, diagnostics: [] };
    expect(decodeText(Buffer.from(text, "utf8"))).toEqual(expected);
  });

  it("French in Windows-1252 bytes is decoded (as Windows-1258), not converted", () => {
    const result = decodeText(iconv.encode(french, "windows-1252"));
    expect(result.legacy).toBeNull();
    // The letters French uses sit at the same positions in both code pages.
    expect(result.value).toBe(french);
  });
});

describe("syllable check used by the detector", () => {
  it.each(["nghiêng", "người", "quốc", "giờ", "thuyền", "khuya", "được", "Hà", "NỘI"])("%s is a syllable", (word) => {
    expect(isVietnameseSyllable(word)).toBe(true);
  });
  it.each(["été", "première", "hôtel", "Haø", "Néi", "cafộ", "trình̀", "mạtch", "hàt"])("%s is not", (word) => {
    expect(isVietnameseSyllable(word)).toBe(false);
  });
});

describe("robustness", () => {
  it("never throws on arbitrary bytes", () => {
    let state = 12345;
    const next = (): number => {
      state = (state * 1103515245 + 12345) >>> 0;
      return state >>> 24;
    };
    for (const size of [0, 1, 2, 3, 7, 100, 4096]) {
      for (let round = 0; round < 20; round++) {
        const bytes = Uint8Array.from({ length: size }, next);
        const result = decodeText(bytes);
        expect(typeof result.value).toBe("string");
        expect(result.value.normalize("NFC")).toBe(result.value);
      }
    }
    expect(decodeText(new Uint8Array(0)).value).toBe("");
  });

  it("decodes a 10 MB TCVN3 file in one go", () => {
    const text = seed(seedNames[0] ?? "");
    const glyphs = encodeTcvn3(text);
    const copies = Math.ceil(10_000_000 / glyphs.length);
    const big = glyphBytes(Array.from({ length: copies }, () => glyphs).join("\n"));
    expect(big.length).toBeGreaterThanOrEqual(10_000_000);
    const result = decodeText(big);
    expect(result.legacy).toBe("tcvn3");
    expect(result.value.slice(0, 200).toLowerCase()).toBe(text.slice(0, 200).toLowerCase());
  });

  it("decodes a 10 MB UTF-8 file in one go", () => {
    const text = seed(seedNames[0] ?? "");
    const big = Buffer.from(Array.from({ length: Math.ceil(10_000_000 / text.length) }, () => text).join("\n"));
    const result = decodeText(big);
    expect(result.legacy).toBeNull();
    expect(result.value.length).toBeGreaterThan(9_000_000);
  });
});

describe("decodeText: damaged input is said, never a quiet success", () => {
  it("replaces lone UTF-16 surrogates with U+FFFD and says how many, so the JSON stays valid", () => {
    const units = [..."Kế hoạch "].map((c) => c.charCodeAt(0));
    units.push(0xd800, 0x41, 0xdc00, 0x20, 0xd83d, 0xde00);
    const bytes = Buffer.alloc(2 + units.length * 2);
    bytes.writeUInt16LE(0xfeff, 0);
    units.forEach((unit, i) => bytes.writeUInt16LE(unit, 2 + i * 2));
    const result = decodeText(bytes);
    expect(result.value).toBe("Kế hoạch \ufffdA\ufffd 😀");
    expect(JSON.parse(JSON.stringify(result.value))).toBe(result.value);
    expect(Buffer.from(result.value, "utf8").toString("utf8")).toBe(result.value);
    expect(result.diagnostics).toContainEqual({ severity: "warning", code: "encoding", message: "2 lone UTF-16 surrogates replaced with U+FFFD" });
  });

  it("a UTF-8 plan with many broken bytes, unreadable in Windows-1258 too, gives an error diagnostic", () => {
    const good = Buffer.from(seed(seedNames[0] ?? ""), "utf8");
    // Every 7th byte damaged: too many for "UTF-8 with a few bad bytes", and its bytes read as Windows-1258 are
    // mojibake ("Káº¿ hoáº¡ch").
    const damaged = Buffer.from(good);
    for (let i = 3; i < damaged.length; i += 7) damaged[i] = 0xff;
    const result = decodeText(damaged);
    expect(result.encoding).toBe("windows-1258");
    expect(result.diagnostics.filter((d) => d.severity === "error").map((d) => d.code)).toEqual(["encoding"]);
    expect(result.diagnostics.find((d) => d.severity === "error")!.message).toMatch(/^unreadable text: not UTF-8/);
  });

  it("real Windows-1258 text stays an info", () => {
    const result = decodeText(encodeWindows1258(seed(seedNames[0] ?? "")));
    expect(result.diagnostics).toEqual([{ severity: "info", code: "encoding", message: "decoded as Windows-1258" }]);
  });
});
