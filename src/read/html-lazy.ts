/**
 * rehype-parse and parse5 are a third of the code a text plan would otherwise load, and most text plans hold no HTML,
 * so the HTML reader is imported only for text that may hold a tag. The text reader is synchronous below its entry:
 * `readText` loads the reader first (`loadHtmlReaderFor`), and the Markdown and cell code take it from here.
 */
type HtmlReader = typeof import("./html.js");

/** Anything remark could take for HTML (a tag, a closing tag, `<!--`, `<!DOCTYPE`, `<?…`) starts like this. */
const MAY_HOLD_HTML = /<[A-Za-z!?/]/;

let reader: HtmlReader | undefined;

export async function loadHtmlReaderFor(text: string): Promise<void> {
  if (!reader && MAY_HOLD_HTML.test(text)) reader = await import("./html.js");
}

export function htmlReader(): HtmlReader {
  if (!reader) throw new Error("the HTML reader is used on text that loadHtmlReaderFor did not see");
  return reader;
}
