/**
 * Conversion tables for the two legacy Vietnamese font encodings that still turn up in plans: TCVN3 (the "ABC"
 * fonts .VnTime, .VnArial …) and VNI (VNI-Times …). Text written in those fonts comes out of old .doc files, PDF text
 * layers and web pages as the font's byte values read as Windows-1252 / Latin-1, so every table below maps a Unicode
 * letter to the Latin-1 characters that stand for it.
 *
 * Where the mappings come from (checked against each other, letter by letter, and they agree on all 134 letters):
 * - TCVN 5712:1993 as tabulated in XFree86 `xc/extras/X-TrueType/TCVN/TCVNtoUCS2.c` (Shiozaki, Saratxaga, after
 *   Nguyen-Dai Quy): bytes 0xA1–0xFE of that table are the lower-case positions of the VN3 ("TCVN3") font set;
 * - the TCVN3 / VNI-Windows arrays of the VietKey-style converter khiemdoan/VBKey `Modules/mdlCodeTable.bas`;
 * - the TCVN3 / VNI arrays of the npm package vietnamese-conversion (duydev, `src/charsets.ts`);
 * - for VNI also lamdao/xvnkb `vni.h`.
 *
 * TCVN3 limit: the .VnTime fonts have only lower-case toned vowels; a capital toned vowel (À, Ộ, Ủ …) exists only in
 * the separate upper-case fonts (.VnTimeH), which draw capitals at the lower-case code points. Plain text loses the
 * font, so "ñy ban" may have been "Ủy ban". The converter restores capitals for words written in capitals (see
 * `convertTcvn3`), but a lone capital toned vowel inside a lower-case word comes out lower-case. The seven capitals
 * Ă Â Ê Ô Ơ Ư Đ have their own code points and convert exactly.
 */

/** Vietnamese letter → TCVN3 glyph (one Latin-1 character). 0xAD (ư) is the soft hyphen, hence the escape. */
export const TCVN3_FROM_UNICODE: Readonly<Record<string, string>> = {
  Ă: "¡", Â: "¢", Ê: "£", Ô: "¤", Ơ: "¥", Ư: "¦", Đ: "§",
  ă: "¨", â: "©", ê: "ª", ô: "«", ơ: "¬", ư: "\u00ad", đ: "®",
  à: "µ", ả: "¶", ã: "·", á: "¸", ạ: "¹",
  ằ: "»", ẳ: "¼", ẵ: "½", ắ: "¾", ặ: "Æ",
  ầ: "Ç", ẩ: "È", ẫ: "É", ấ: "Ê", ậ: "Ë",
  è: "Ì", ẻ: "Î", ẽ: "Ï", é: "Ð", ẹ: "Ñ",
  ề: "Ò", ể: "Ó", ễ: "Ô", ế: "Õ", ệ: "Ö",
  ì: "×", ỉ: "Ø", ĩ: "Ü", í: "Ý", ị: "Þ",
  ò: "ß", ỏ: "á", õ: "â", ó: "ã", ọ: "ä",
  ồ: "å", ổ: "æ", ỗ: "ç", ố: "è", ộ: "é",
  ờ: "ê", ở: "ë", ỡ: "ì", ớ: "í", ợ: "î",
  ù: "ï", ủ: "ñ", ũ: "ò", ú: "ó", ụ: "ô",
  ừ: "õ", ử: "ö", ữ: "÷", ứ: "ø", ự: "ù",
  ỳ: "ú", ỷ: "û", ỹ: "ü", ý: "ý", ỵ: "þ",
};

/**
 * Vietnamese letter → VNI-Windows spelling: the base letter followed by one mark byte, or a single byte for đ, ơ, ư
 * and the toned i / ỵ. Marks after a capital are the capital forms (Ù for ù …).
 */
export const VNI_FROM_UNICODE: Readonly<Record<string, string>> = {
  à: "aø", á: "aù", ả: "aû", ã: "aõ", ạ: "aï",
  â: "aâ", ầ: "aà", ấ: "aá", ẩ: "aå", ẫ: "aã", ậ: "aä",
  ă: "aê", ằ: "aè", ắ: "aé", ẳ: "aú", ẵ: "aü", ặ: "aë",
  è: "eø", é: "eù", ẻ: "eû", ẽ: "eõ", ẹ: "eï",
  ê: "eâ", ề: "eà", ế: "eá", ể: "eå", ễ: "eã", ệ: "eä",
  ì: "ì", í: "í", ỉ: "æ", ĩ: "ó", ị: "ò",
  ò: "oø", ó: "où", ỏ: "oû", õ: "oõ", ọ: "oï",
  ô: "oâ", ồ: "oà", ố: "oá", ổ: "oå", ỗ: "oã", ộ: "oä",
  ơ: "ô", ờ: "ôø", ớ: "ôù", ở: "ôû", ỡ: "ôõ", ợ: "ôï",
  ù: "uø", ú: "uù", ủ: "uû", ũ: "uõ", ụ: "uï",
  ư: "ö", ừ: "öø", ứ: "öù", ử: "öû", ữ: "öõ", ự: "öï",
  ỳ: "yø", ý: "yù", ỷ: "yû", ỹ: "yõ", ỵ: "î",
  đ: "ñ",
  À: "AØ", Á: "AÙ", Ả: "AÛ", Ã: "AÕ", Ạ: "AÏ",
  Â: "AÂ", Ầ: "AÀ", Ấ: "AÁ", Ẩ: "AÅ", Ẫ: "AÃ", Ậ: "AÄ",
  Ă: "AÊ", Ằ: "AÈ", Ắ: "AÉ", Ẳ: "AÚ", Ẵ: "AÜ", Ặ: "AË",
  È: "EØ", É: "EÙ", Ẻ: "EÛ", Ẽ: "EÕ", Ẹ: "EÏ",
  Ê: "EÂ", Ề: "EÀ", Ế: "EÁ", Ể: "EÅ", Ễ: "EÃ", Ệ: "EÄ",
  Ì: "Ì", Í: "Í", Ỉ: "Æ", Ĩ: "Ó", Ị: "Ò",
  Ò: "OØ", Ó: "OÙ", Ỏ: "OÛ", Õ: "OÕ", Ọ: "OÏ",
  Ô: "OÂ", Ồ: "OÀ", Ố: "OÁ", Ổ: "OÅ", Ỗ: "OÃ", Ộ: "OÄ",
  Ơ: "Ô", Ờ: "ÔØ", Ớ: "ÔÙ", Ở: "ÔÛ", Ỡ: "ÔÕ", Ợ: "ÔÏ",
  Ù: "UØ", Ú: "UÙ", Ủ: "UÛ", Ũ: "UÕ", Ụ: "UÏ",
  Ư: "Ö", Ừ: "ÖØ", Ứ: "ÖÙ", Ử: "ÖÛ", Ữ: "ÖÕ", Ự: "ÖÏ",
  Ỳ: "YØ", Ý: "YÙ", Ỷ: "YÛ", Ỹ: "YÕ", Ỵ: "Î",
  Đ: "Ñ",
};

function invert(table: Readonly<Record<string, string>>): ReadonlyMap<string, string> {
  const inverse = new Map<string, string>();
  for (const [letter, glyphs] of Object.entries(table)) inverse.set(glyphs, letter);
  return inverse;
}

/** TCVN3 glyph → letter. */
export const TCVN3_TO_UNICODE: ReadonlyMap<string, string> = invert(TCVN3_FROM_UNICODE);
/** VNI spelling (one or two characters) → letter. */
export const VNI_TO_UNICODE: ReadonlyMap<string, string> = invert(VNI_FROM_UNICODE);

/** Characters that may follow a base vowel in VNI (a tone or a vowel-quality mark, possibly both in one byte). */
export const VNI_MARKS: ReadonlySet<string> = new Set(
  [...VNI_TO_UNICODE.keys()].filter((spelling) => spelling.length === 2).map((spelling) => spelling[1] ?? ""),
);
