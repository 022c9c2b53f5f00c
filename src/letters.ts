/**
 * Character classes for regular expressions in place of Unicode property escapes (\p{L}, \p{Lu}, \p{N} …), and the
 * tag that writes an expression with them.
 *
 * V8 compiles a regular expression the first time it runs, in every process: neither the launcher's code cache nor
 * anything else keeps that work, so one plan parsed by `cchc parse` pays for every expression it touches. A property
 * escape is the dearest part of it: for each \p{L} written, V8 has ICU build the set (684 ranges, 307 of them outside
 * the BMP) and emits a matcher for all of it, again when the expression tiers up to machine code (twice the work under
 * /iu); a whole seed plan runs dozens of such expressions. The classes below are the same
 * properties restricted to the blocks Vietnamese text is written in and among: U+0000–U+052F (Latin, IPA, combining
 * marks, Greek, Cyrillic) and U+1E00–U+2BFF (Latin Extended Additional, where most Vietnamese letters are, Greek
 * Extended, punctuation, super- and subscripts, letterlike symbols, number forms, enclosed numbers, shapes), and
 * compile in a fraction of the time (README, "Performance"). A character outside them (a CJK
 * ideograph, an Arabic letter, an emoji) belongs to none of them. test/letters.test.ts holds each class to its
 * property within those blocks.
 *
 * Where an expression must agree with another program's (pdf.js's text items, src/read/layout/text-runs.ts) or must
 * count a letter of any script (whether a text layer is readable, src/read/pdf.ts), the property escapes stay.
 *
 * The classes are bodies, to be put inside brackets: `[${LETTER}]`, `[${LETTER}${NUMBER}]`, `[^${LETTER}]`.
 */

/** \p{L}, letters, within the blocks above. */
export const LETTER =
  "A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02c1\\u02c6-\\u02d1" +
  "\\u02e0-\\u02e4\\u02ec\\u02ee\\u0370-\\u0374\\u0376\\u0377\\u037a-\\u037d\\u037f\\u0386" +
  "\\u0388-\\u038a\\u038c\\u038e-\\u03a1\\u03a3-\\u03f5\\u03f7-\\u0481\\u048a-\\u052f\\u1e00-\\u1f15" +
  "\\u1f18-\\u1f1d\\u1f20-\\u1f45\\u1f48-\\u1f4d\\u1f50-\\u1f57\\u1f59\\u1f5b\\u1f5d\\u1f5f-\\u1f7d" +
  "\\u1f80-\\u1fb4\\u1fb6-\\u1fbc\\u1fbe\\u1fc2-\\u1fc4\\u1fc6-\\u1fcc\\u1fd0-\\u1fd3\\u1fd6-\\u1fdb" +
  "\\u1fe0-\\u1fec\\u1ff2-\\u1ff4\\u1ff6-\\u1ffc\\u2071\\u207f\\u2090-\\u209c\\u2102\\u2107" +
  "\\u210a-\\u2113\\u2115\\u2119-\\u211d\\u2124\\u2126\\u2128\\u212a-\\u212d\\u212f-\\u2139" +
  "\\u213c-\\u213f\\u2145-\\u2149\\u214e\\u2183\\u2184";
/** \p{Lu}, upper-case letters, within the blocks above. */
export const UPPER =
  "A-Z\\u00c0-\\u00d6\\u00d8-\\u00de\\u0100\\u0102\\u0104\\u0106\\u0108\\u010a\\u010c\\u010e\\u0110" +
  "\\u0112\\u0114\\u0116\\u0118\\u011a\\u011c\\u011e\\u0120\\u0122\\u0124\\u0126\\u0128\\u012a\\u012c" +
  "\\u012e\\u0130\\u0132\\u0134\\u0136\\u0139\\u013b\\u013d\\u013f\\u0141\\u0143\\u0145\\u0147\\u014a" +
  "\\u014c\\u014e\\u0150\\u0152\\u0154\\u0156\\u0158\\u015a\\u015c\\u015e\\u0160\\u0162\\u0164\\u0166" +
  "\\u0168\\u016a\\u016c\\u016e\\u0170\\u0172\\u0174\\u0176\\u0178\\u0179\\u017b\\u017d\\u0181\\u0182" +
  "\\u0184\\u0186\\u0187\\u0189-\\u018b\\u018e-\\u0191\\u0193\\u0194\\u0196-\\u0198\\u019c\\u019d" +
  "\\u019f\\u01a0\\u01a2\\u01a4\\u01a6\\u01a7\\u01a9\\u01ac\\u01ae\\u01af\\u01b1-\\u01b3\\u01b5" +
  "\\u01b7\\u01b8\\u01bc\\u01c4\\u01c7\\u01ca\\u01cd\\u01cf\\u01d1\\u01d3\\u01d5\\u01d7\\u01d9\\u01db" +
  "\\u01de\\u01e0\\u01e2\\u01e4\\u01e6\\u01e8\\u01ea\\u01ec\\u01ee\\u01f1\\u01f4\\u01f6-\\u01f8\\u01fa" +
  "\\u01fc\\u01fe\\u0200\\u0202\\u0204\\u0206\\u0208\\u020a\\u020c\\u020e\\u0210\\u0212\\u0214\\u0216" +
  "\\u0218\\u021a\\u021c\\u021e\\u0220\\u0222\\u0224\\u0226\\u0228\\u022a\\u022c\\u022e\\u0230\\u0232" +
  "\\u023a\\u023b\\u023d\\u023e\\u0241\\u0243-\\u0246\\u0248\\u024a\\u024c\\u024e\\u0370\\u0372\\u0376" +
  "\\u037f\\u0386\\u0388-\\u038a\\u038c\\u038e\\u038f\\u0391-\\u03a1\\u03a3-\\u03ab\\u03cf" +
  "\\u03d2-\\u03d4\\u03d8\\u03da\\u03dc\\u03de\\u03e0\\u03e2\\u03e4\\u03e6\\u03e8\\u03ea\\u03ec\\u03ee" +
  "\\u03f4\\u03f7\\u03f9\\u03fa\\u03fd-\\u042f\\u0460\\u0462\\u0464\\u0466\\u0468\\u046a\\u046c\\u046e" +
  "\\u0470\\u0472\\u0474\\u0476\\u0478\\u047a\\u047c\\u047e\\u0480\\u048a\\u048c\\u048e\\u0490\\u0492" +
  "\\u0494\\u0496\\u0498\\u049a\\u049c\\u049e\\u04a0\\u04a2\\u04a4\\u04a6\\u04a8\\u04aa\\u04ac\\u04ae" +
  "\\u04b0\\u04b2\\u04b4\\u04b6\\u04b8\\u04ba\\u04bc\\u04be\\u04c0\\u04c1\\u04c3\\u04c5\\u04c7\\u04c9" +
  "\\u04cb\\u04cd\\u04d0\\u04d2\\u04d4\\u04d6\\u04d8\\u04da\\u04dc\\u04de\\u04e0\\u04e2\\u04e4\\u04e6" +
  "\\u04e8\\u04ea\\u04ec\\u04ee\\u04f0\\u04f2\\u04f4\\u04f6\\u04f8\\u04fa\\u04fc\\u04fe\\u0500\\u0502" +
  "\\u0504\\u0506\\u0508\\u050a\\u050c\\u050e\\u0510\\u0512\\u0514\\u0516\\u0518\\u051a\\u051c\\u051e" +
  "\\u0520\\u0522\\u0524\\u0526\\u0528\\u052a\\u052c\\u052e\\u1e00\\u1e02\\u1e04\\u1e06\\u1e08\\u1e0a" +
  "\\u1e0c\\u1e0e\\u1e10\\u1e12\\u1e14\\u1e16\\u1e18\\u1e1a\\u1e1c\\u1e1e\\u1e20\\u1e22\\u1e24\\u1e26" +
  "\\u1e28\\u1e2a\\u1e2c\\u1e2e\\u1e30\\u1e32\\u1e34\\u1e36\\u1e38\\u1e3a\\u1e3c\\u1e3e\\u1e40\\u1e42" +
  "\\u1e44\\u1e46\\u1e48\\u1e4a\\u1e4c\\u1e4e\\u1e50\\u1e52\\u1e54\\u1e56\\u1e58\\u1e5a\\u1e5c\\u1e5e" +
  "\\u1e60\\u1e62\\u1e64\\u1e66\\u1e68\\u1e6a\\u1e6c\\u1e6e\\u1e70\\u1e72\\u1e74\\u1e76\\u1e78\\u1e7a" +
  "\\u1e7c\\u1e7e\\u1e80\\u1e82\\u1e84\\u1e86\\u1e88\\u1e8a\\u1e8c\\u1e8e\\u1e90\\u1e92\\u1e94\\u1e9e" +
  "\\u1ea0\\u1ea2\\u1ea4\\u1ea6\\u1ea8\\u1eaa\\u1eac\\u1eae\\u1eb0\\u1eb2\\u1eb4\\u1eb6\\u1eb8\\u1eba" +
  "\\u1ebc\\u1ebe\\u1ec0\\u1ec2\\u1ec4\\u1ec6\\u1ec8\\u1eca\\u1ecc\\u1ece\\u1ed0\\u1ed2\\u1ed4\\u1ed6" +
  "\\u1ed8\\u1eda\\u1edc\\u1ede\\u1ee0\\u1ee2\\u1ee4\\u1ee6\\u1ee8\\u1eea\\u1eec\\u1eee\\u1ef0\\u1ef2" +
  "\\u1ef4\\u1ef6\\u1ef8\\u1efa\\u1efc\\u1efe\\u1f08-\\u1f0f\\u1f18-\\u1f1d\\u1f28-\\u1f2f" +
  "\\u1f38-\\u1f3f\\u1f48-\\u1f4d\\u1f59\\u1f5b\\u1f5d\\u1f5f\\u1f68-\\u1f6f\\u1fb8-\\u1fbb" +
  "\\u1fc8-\\u1fcb\\u1fd8-\\u1fdb\\u1fe8-\\u1fec\\u1ff8-\\u1ffb\\u2102\\u2107\\u210b-\\u210d" +
  "\\u2110-\\u2112\\u2115\\u2119-\\u211d\\u2124\\u2126\\u2128\\u212a-\\u212d\\u2130-\\u2133" +
  "\\u213e\\u213f\\u2145\\u2183";
/** \p{Ll}, lower-case letters, within the blocks above. */
export const LOWER =
  "a-z\\u00b5\\u00df-\\u00f6\\u00f8-\\u00ff\\u0101\\u0103\\u0105\\u0107\\u0109\\u010b\\u010d\\u010f" +
  "\\u0111\\u0113\\u0115\\u0117\\u0119\\u011b\\u011d\\u011f\\u0121\\u0123\\u0125\\u0127\\u0129\\u012b" +
  "\\u012d\\u012f\\u0131\\u0133\\u0135\\u0137\\u0138\\u013a\\u013c\\u013e\\u0140\\u0142\\u0144\\u0146" +
  "\\u0148\\u0149\\u014b\\u014d\\u014f\\u0151\\u0153\\u0155\\u0157\\u0159\\u015b\\u015d\\u015f\\u0161" +
  "\\u0163\\u0165\\u0167\\u0169\\u016b\\u016d\\u016f\\u0171\\u0173\\u0175\\u0177\\u017a\\u017c" +
  "\\u017e-\\u0180\\u0183\\u0185\\u0188\\u018c\\u018d\\u0192\\u0195\\u0199-\\u019b\\u019e\\u01a1\\u01a3" +
  "\\u01a5\\u01a8\\u01aa\\u01ab\\u01ad\\u01b0\\u01b4\\u01b6\\u01b9\\u01ba\\u01bd-\\u01bf\\u01c6\\u01c9" +
  "\\u01cc\\u01ce\\u01d0\\u01d2\\u01d4\\u01d6\\u01d8\\u01da\\u01dc\\u01dd\\u01df\\u01e1\\u01e3\\u01e5" +
  "\\u01e7\\u01e9\\u01eb\\u01ed\\u01ef\\u01f0\\u01f3\\u01f5\\u01f9\\u01fb\\u01fd\\u01ff\\u0201\\u0203" +
  "\\u0205\\u0207\\u0209\\u020b\\u020d\\u020f\\u0211\\u0213\\u0215\\u0217\\u0219\\u021b\\u021d\\u021f" +
  "\\u0221\\u0223\\u0225\\u0227\\u0229\\u022b\\u022d\\u022f\\u0231\\u0233-\\u0239\\u023c\\u023f\\u0240" +
  "\\u0242\\u0247\\u0249\\u024b\\u024d\\u024f-\\u0293\\u0296-\\u02af\\u0371\\u0373\\u0377" +
  "\\u037b-\\u037d\\u0390\\u03ac-\\u03ce\\u03d0\\u03d1\\u03d5-\\u03d7\\u03d9\\u03db\\u03dd\\u03df" +
  "\\u03e1\\u03e3\\u03e5\\u03e7\\u03e9\\u03eb\\u03ed\\u03ef-\\u03f3\\u03f5\\u03f8\\u03fb\\u03fc" +
  "\\u0430-\\u045f\\u0461\\u0463\\u0465\\u0467\\u0469\\u046b\\u046d\\u046f\\u0471\\u0473\\u0475\\u0477" +
  "\\u0479\\u047b\\u047d\\u047f\\u0481\\u048b\\u048d\\u048f\\u0491\\u0493\\u0495\\u0497\\u0499\\u049b" +
  "\\u049d\\u049f\\u04a1\\u04a3\\u04a5\\u04a7\\u04a9\\u04ab\\u04ad\\u04af\\u04b1\\u04b3\\u04b5\\u04b7" +
  "\\u04b9\\u04bb\\u04bd\\u04bf\\u04c2\\u04c4\\u04c6\\u04c8\\u04ca\\u04cc\\u04ce\\u04cf\\u04d1\\u04d3" +
  "\\u04d5\\u04d7\\u04d9\\u04db\\u04dd\\u04df\\u04e1\\u04e3\\u04e5\\u04e7\\u04e9\\u04eb\\u04ed\\u04ef" +
  "\\u04f1\\u04f3\\u04f5\\u04f7\\u04f9\\u04fb\\u04fd\\u04ff\\u0501\\u0503\\u0505\\u0507\\u0509\\u050b" +
  "\\u050d\\u050f\\u0511\\u0513\\u0515\\u0517\\u0519\\u051b\\u051d\\u051f\\u0521\\u0523\\u0525\\u0527" +
  "\\u0529\\u052b\\u052d\\u052f\\u1e01\\u1e03\\u1e05\\u1e07\\u1e09\\u1e0b\\u1e0d\\u1e0f\\u1e11\\u1e13" +
  "\\u1e15\\u1e17\\u1e19\\u1e1b\\u1e1d\\u1e1f\\u1e21\\u1e23\\u1e25\\u1e27\\u1e29\\u1e2b\\u1e2d\\u1e2f" +
  "\\u1e31\\u1e33\\u1e35\\u1e37\\u1e39\\u1e3b\\u1e3d\\u1e3f\\u1e41\\u1e43\\u1e45\\u1e47\\u1e49\\u1e4b" +
  "\\u1e4d\\u1e4f\\u1e51\\u1e53\\u1e55\\u1e57\\u1e59\\u1e5b\\u1e5d\\u1e5f\\u1e61\\u1e63\\u1e65\\u1e67" +
  "\\u1e69\\u1e6b\\u1e6d\\u1e6f\\u1e71\\u1e73\\u1e75\\u1e77\\u1e79\\u1e7b\\u1e7d\\u1e7f\\u1e81\\u1e83" +
  "\\u1e85\\u1e87\\u1e89\\u1e8b\\u1e8d\\u1e8f\\u1e91\\u1e93\\u1e95-\\u1e9d\\u1e9f\\u1ea1\\u1ea3\\u1ea5" +
  "\\u1ea7\\u1ea9\\u1eab\\u1ead\\u1eaf\\u1eb1\\u1eb3\\u1eb5\\u1eb7\\u1eb9\\u1ebb\\u1ebd\\u1ebf\\u1ec1" +
  "\\u1ec3\\u1ec5\\u1ec7\\u1ec9\\u1ecb\\u1ecd\\u1ecf\\u1ed1\\u1ed3\\u1ed5\\u1ed7\\u1ed9\\u1edb\\u1edd" +
  "\\u1edf\\u1ee1\\u1ee3\\u1ee5\\u1ee7\\u1ee9\\u1eeb\\u1eed\\u1eef\\u1ef1\\u1ef3\\u1ef5\\u1ef7\\u1ef9" +
  "\\u1efb\\u1efd\\u1eff-\\u1f07\\u1f10-\\u1f15\\u1f20-\\u1f27\\u1f30-\\u1f37\\u1f40-\\u1f45" +
  "\\u1f50-\\u1f57\\u1f60-\\u1f67\\u1f70-\\u1f7d\\u1f80-\\u1f87\\u1f90-\\u1f97\\u1fa0-\\u1fa7" +
  "\\u1fb0-\\u1fb4\\u1fb6\\u1fb7\\u1fbe\\u1fc2-\\u1fc4\\u1fc6\\u1fc7\\u1fd0-\\u1fd3\\u1fd6\\u1fd7" +
  "\\u1fe0-\\u1fe7\\u1ff2-\\u1ff4\\u1ff6\\u1ff7\\u210a\\u210e\\u210f\\u2113\\u212f\\u2134\\u2139" +
  "\\u213c\\u213d\\u2146-\\u2149\\u214e\\u2184";
/** \p{N}, numbers (digits, superscripts, fractions, Roman numeral signs, circled numbers), within the blocks above. */
export const NUMBER =
  "0-9\\u00b2\\u00b3\\u00b9\\u00bc-\\u00be\\u2070\\u2074-\\u2079\\u2080-\\u2089\\u2150-\\u2182" +
  "\\u2185-\\u2189\\u2460-\\u249b\\u24ea-\\u24ff\\u2776-\\u2793";
/** \p{M}, combining marks, within the blocks above. */
export const MARK =
  "\\u0300-\\u036f\\u0483-\\u0489\\u20d0-\\u20f0";
/** \p{Mn}, non-spacing combining marks, within the blocks above. */
export const NONSPACING_MARK =
  "\\u0300-\\u036f\\u0483-\\u0487\\u20d0-\\u20dc\\u20e1\\u20e5-\\u20f0";
/** \p{P}, punctuation, within the blocks above. */
export const PUNCTUATION =
  "\\u0021-\\u0023\\u0025-\\u002a\\u002c-\\u002f\\u003a\\u003b\\u003f\\u0040\\u005b-\\u005d\\u005f" +
  "\\u007b\\u007d\\u00a1\\u00a7\\u00ab\\u00b6\\u00b7\\u00bb\\u00bf\\u037e\\u0387\\u2010-\\u2027" +
  "\\u2030-\\u2043\\u2045-\\u2051\\u2053-\\u205e\\u207d\\u207e\\u208d\\u208e\\u2308-\\u230b" +
  "\\u2329\\u232a\\u2768-\\u2775\\u27c5\\u27c6\\u27e6-\\u27ef\\u2983-\\u2998\\u29d8-\\u29db" +
  "\\u29fc\\u29fd";
/** \p{S}, symbols, within the blocks above. */
export const SYMBOL =
  "\\u0024\\u002b\\u003c-\\u003e\\u005e\\u0060\\u007c\\u007e\\u00a2-\\u00a6\\u00a8\\u00a9\\u00ac" +
  "\\u00ae-\\u00b1\\u00b4\\u00b8\\u00d7\\u00f7\\u02c2-\\u02c5\\u02d2-\\u02df\\u02e5-\\u02eb\\u02ed" +
  "\\u02ef-\\u02ff\\u0375\\u0384\\u0385\\u03f6\\u0482\\u1fbd\\u1fbf-\\u1fc1\\u1fcd-\\u1fcf" +
  "\\u1fdd-\\u1fdf\\u1fed-\\u1fef\\u1ffd\\u1ffe\\u2044\\u2052\\u207a-\\u207c\\u208a-\\u208c" +
  "\\u20a0-\\u20c1\\u2100\\u2101\\u2103-\\u2106\\u2108\\u2109\\u2114\\u2116-\\u2118\\u211e-\\u2123" +
  "\\u2125\\u2127\\u2129\\u212e\\u213a\\u213b\\u2140-\\u2144\\u214a-\\u214d\\u214f\\u218a\\u218b" +
  "\\u2190-\\u2307\\u230c-\\u2328\\u232b-\\u2429\\u2440-\\u244a\\u249c-\\u24e9\\u2500-\\u2767" +
  "\\u2794-\\u27c4\\u27c7-\\u27e5\\u27f0-\\u2982\\u2999-\\u29d7\\u29dc-\\u29fb\\u29fe-\\u2b73" +
  "\\u2b76-\\u2bff";
/** \p{Zs}, space separators, within the blocks above. */
export const SPACE_SEPARATOR =
  "\\u0020\\u00a0\\u2000-\\u200a\\u202f\\u205f";
/** \p{Cf}, format characters (soft hyphen, zero-width joiners, directional marks), within the blocks above. */
export const FORMAT =
  "\\u00ad\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u206f";

type Tag = (strings: TemplateStringsArray, ...classes: string[]) => RegExp;

const tags = new Map<string, Tag>();
const built = new WeakMap<TemplateStringsArray, RegExp>();

/**
 * re("iu")`^(?:các|những)(?![${LETTER}])`: the expression whose source is the template's raw text, as between the
 * slashes of a literal, with the classes put in. The interpolations must be constants (the classes above): an
 * expression is built once per place in the code, since the template's strings are the same object at every
 * evaluation, and that one object is returned again, as a literal's compiled code is shared; an expression with state
 * (g or y) is returned as a fresh copy each time, as a literal is, and is best written at module level (a copy is
 * parsed again whenever a full collection has emptied V8's cache of compiled expressions). The raw text may be
 * rewritten by the build, which turns each non-ASCII character into a \uXXXX escape (scripts/bundle.mjs): in a
 * regular expression that is the same character.
 */
export function re(flags = ""): Tag {
  let tag = tags.get(flags);
  if (!tag) {
    const stateful = flags.includes("g") || flags.includes("y");
    tag = (strings, ...classes) => {
      let expression = built.get(strings);
      if (!expression) {
        expression = new RegExp(strings.raw.reduce((source, raw, i) => source + classes[i - 1]! + raw), flags);
        built.set(strings, expression);
      }
      return stateful ? new RegExp(expression) : expression;
    };
    tags.set(flags, tag);
  }
  return tag;
}
