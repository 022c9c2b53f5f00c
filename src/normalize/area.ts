/**
 * The reform area of a task, decided from its group label or heading (CONTRACT.md "Areas").
 *
 * Rules are keyword patterns over the folded label (no diacritics, lower case, đ → d), so "CẢI CÁCH THỂ CHẾ",
 * "Cải cách thể chế" and "cai cach the che" read the same. When a label names two areas ("Tiếp tục cải cách tổ chức
 * bộ máy, xây dựng … đội ngũ cán bộ, công chức"), the area named FIRST in the label wins: plans put the subject of a
 * group first and what it is tied to after. Ties at the same position go to the rule listed first.
 *
 * "Chỉ đạo, điều hành" means `direction` even without "CCHC" next to it: in a plan on another subject (Nghệ An's
 * civil-defence plan: "Kiện toàn và hoàn thiện cơ chế chỉ đạo, điều hành phòng thủ dân sự") it names that plan's own
 * steering work, which is what the `direction` code stands for.
 *
 * The foundations a chuyển đổi số plan groups its government's tasks by ("Hạ tầng số", "Dữ liệu số", "Nền tảng số",
 * "Nhân lực số", "An toàn thông tin mạng") are parts of chuyển đổi số, which the contract puts under
 * `digital_government`. "Kinh tế số" and "Xã hội số" are the economy's and society's, no reform of the state: `other`
 * (judgement call).
 *
 * A bare "CCHC" / "cải cách hành chính" (a "Kế hoạch CCHC năm 2023" row) is `direction` only when no other rule
 * matches anywhere in the label. Anything else is `other`.
 */
import type { Area } from "../schema/plan.js";
import { foldForMatch } from "./text.js";

interface AreaRule {
  area: Exclude<Area, "other">;
  /** Over folded text; `\b` is enough because folded text is ASCII letters, digits and punctuation. */
  pattern: RegExp;
}

const RULES: AreaRule[] = [
  {
    area: "direction",
    pattern:
      /\bchi dao,? (?:va )?dieu hanh\b|\btuyen truyen\b|\bthi dua\b|\bkiem tra (?:cong tac )?(?:cchc|cai cach hanh chinh|cong vu)\b|\bchi so (?:cchc|cai cach hanh chinh)\b|\bpar index\b|\bsipas\b/,
  },
  { area: "institutions", pattern: /\bthe che\b|\bvan ban quy pham phap luat\b|\bvbqppl\b/ },
  { area: "procedures", pattern: /\bthu tuc hanh chinh\b|\btthc\b|\bmot cua\b|\b1 cua\b/ },
  { area: "organization", pattern: /\bbo may\b/ },
  {
    area: "civil_service",
    pattern: /\bcong vu\b|\bcan bo,? cong chuc\b|\bcong chuc,? vien chuc\b|\bcbccvc\b|\bcbcc\b/,
  },
  { area: "public_finance", pattern: /\btai chinh cong\b|\btu chu tai chinh\b|\btai san cong\b/ },
  {
    area: "digital_government",
    pattern:
      /\bchinh (?:phu|quyen) (?:dien tu|so)\b|\bcqdt\b|\bcpdt\b|\bchuyen doi so\b|\bcds\b|\biso\b|\b9001\b|\bcong nghe thong tin\b|\bcntt\b|\bhien dai hoa (?:nen )?hanh chinh\b|\bco so du lieu\b|\bcsdl\b|\b(?:ha tang|du lieu|nen tang|nhan luc) so\b|\ban toan thong tin\b/,
  },
];

const FALLBACK: AreaRule = { area: "direction", pattern: /\bcchc\b|\bcai cach hanh chinh\b/ };

export function classifyArea(label: string): Area {
  const folded = foldForMatch(label);
  if (folded === "") return "other";
  let best: { area: Area; index: number } | null = null;
  for (const rule of RULES) {
    const index = folded.search(rule.pattern);
    if (index >= 0 && (best === null || index < best.index)) best = { area: rule.area, index };
  }
  if (best !== null) return best.area;
  return FALLBACK.pattern.test(folded) ? FALLBACK.area : "other";
}
