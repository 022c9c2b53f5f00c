/**
 * The tags of a Word XML part, read one by one: the DOCX parts cchc looks into before mammoth (numbering, styles'
 * fonts, markup mammoth drops) are flat enough that a tag scanner, not a tree, is all they need.
 */

/** A start, end or empty tag: [, "/" when an end tag, the name, the attributes, "/" when empty]. Use with matchAll. */
export const XML_TAG = /<(\/?)([A-Za-z][\w.-]*:[\w.-]+|[A-Za-z][\w.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;

const attributePatterns = new Map<string, RegExp>();

/** The value of one attribute in a tag's attribute text, undefined when it is not there. */
export function xmlAttribute(attributes: string, name: string): string | undefined {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(attributes);
  return match ? (match[1] ?? match[2]) : undefined;
}
