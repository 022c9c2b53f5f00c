/**
 * A pure function of a string, remembered: the same text asked again (a cell cleaned by each stage that reads it, a
 * heading folded by every rule that matches it) is answered from the map. Bounded twice, so that hostile input of
 * endless distinct or huge texts cannot grow it without limit: texts longer than `maxLength` are not kept, and the map
 * starts over when it holds `limit` of them. An answer that is an object is shared by every caller: never changed.
 */
export function memoizeText<T>(compute: (text: string) => T, limit = 20_000, maxLength = 512): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (text.length > maxLength) return compute(text);
    let answer = known.get(text);
    if (answer === undefined) {
      answer = compute(text);
      if (known.size >= limit) known.clear();
      known.set(text, answer);
    }
    return answer;
  };
}
