/**
 * A unit named with the bodies it belongs to: "Phòng 5, Cục Cảnh sát điều tra tội phạm về ma túy, Bộ Công an" is one
 * body, as security and ministry plans write their units, not three. Pure functions of strings.
 */

/** Ranks of the bodies that name their parent after a comma. */
const RANK: [RegExp, number][] = [
  [/^(?:Phòng|Đội|Tổ|Trạm)\s+\S/u, 1],
  [/^(?:Cục|Vụ)\s+\S/u, 3],
  [/^Bộ\s+(?!phận)\S/u, 4],
];

function rankOf(name: string): number {
  const trimmed = name.trim();
  return RANK.find(([pattern]) => pattern.test(trimmed))?.[1] ?? 0;
}

/**
 * Names split at commas, joined again where each is a higher body than the one before: "Phòng 5", "Cục C04", "Bộ
 * Công an" → one name. Only a Cục, Vụ or Bộ is taken as a parent: "Phòng Tài chính, Chi cục Thuế" is a list of two,
 * and so is "Phòng Nội vụ, Phòng Tư pháp".
 */
export function joinHierarchy(names: string[]): string[] {
  const out: string[] = [];
  let lastRank = 0;
  for (const name of names) {
    const rank = rankOf(name);
    if (out.length > 0 && lastRank > 0 && rank > lastRank) out[out.length - 1] += `, ${name.trim()}`;
    else out.push(name);
    lastRank = rank;
  }
  return out;
}
