/** Roman numerals, both ways: section headings and group labels read them, DOCX list numbering writes them. */

/**
 * The letters of a plan's lettered parts ("A. MỤC ĐÍCH …", "B. NHIỆM VỤ"), in order: Vietnamese has no F, J, K … and
 * puts Đ after D, which many writers skip.
 */
export const PART_LETTERS = "ABCDĐEGH";

const VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
const NUMERALS: [number, string][] = [[1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];

export function romanValue(numeral: string): number {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = VALUES[numeral[i]!] ?? 0;
    const next = VALUES[numeral[i + 1] ?? ""] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

export function romanNumeral(value: number): string {
  let rest = value;
  let text = "";
  for (const [amount, numeral] of NUMERALS) {
    while (rest >= amount) {
      text += numeral;
      rest -= amount;
    }
  }
  return text;
}

/** I to XXXIX as a regular-expression source, for group labels ("II. …", "I.1 …") inside larger patterns. */
export const ROMAN_PATTERN = "(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})";
const ROMAN_ONLY = new RegExp(`^${ROMAN_PATTERN}$`);

/** "IV" yes, "IIII", "A", "" no. */
export function isRomanNumeral(text: string): boolean {
  return ROMAN_ONLY.test(text);
}

/**
 * A Roman numeral as OCR misreads its strokes: "HI" for "III" (two strokes run together), "Il", "1I", "|V". The
 * numeral it stands for, or null when `token` holds no such stroke or reads as no numeral.
 */
export function romanFromLookalike(token: string): string | null {
  if (!/^[IVXHl1|]{1,5}$/.test(token) || !/[Hl1|]/.test(token)) return null;
  const numeral = token.replace(/H/g, "II").replace(/[l1|]/g, "I");
  return isRomanNumeral(numeral) && numeral !== "" ? numeral : null;
}
