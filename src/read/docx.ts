/**
 * DOCX → document model, with mammoth (imported lazily) for the document tree.
 *
 * mammoth already does what Word documents need: tracked insertions kept and deletions dropped, vertical merges
 * turned into `rowSpan` and `w:gridSpan` into `colSpan`, `w:tblHeader` rows marked as headers, text boxes read from
 * their VML fallback, comments kept out of the text. Its tree is taken through the `transformDocument` hook (before
 * HTML conversion, which is then given an empty document). What mammoth drops is put back: Word's literal list
 * numbers are computed from the XML in docx/numbering.ts; field results in `w:fldSimple`, text boxes with no VML
 * fallback and the like are rewritten into markup mammoth reads by docx/markup.ts, on the body parts mammoth is
 * handed. Before mammoth sees anything, docx/zip.ts checks the zip (sizes, zip bombs, DTDs); mammoth then reads the
 * parts zip.ts inflated, never the bytes again.
 *
 * Decisions (see docx/convert.ts):
 * - `line` is a running 1-based index over top-level blocks and table rows (DOCX has no reliable pages).
 * - Merged cells are expanded into the grid as the HTML reader does: `merged: "above"` below a vertical merge's first
 *   row (over all the columns it spans), `merged: "left"` right of a horizontal span, each with a copy of the content.
 * - A table inside a cell becomes one paragraph per inner row, inner cells joined by " | ".
 * - Bold/italic emphasis comes from direct run formatting only (what mammoth reads), not from styles.
 * - List markers: Word's literal text ("1.", "a)", "-"), bullets in symbol fonts as "•". When the paragraph walk of
 *   numbering.ts cannot be matched to mammoth's, ordered items get a counted "n." and a diagnostic says so.
 * - A page break inside a body paragraph splits it around a `pageBreak` block; inside a cell it is a line break.
 * - Footnotes and endnotes follow the body as `footnote: true` paragraphs; comments are dropped.
 * - Body paragraphs whose texts stand side by side at tab stops (a header or signature block typed with tabs) become
 *   a borderless layout table, as the PDF reader reads the same page (docx/side-by-side.ts).
 * - An empty table-cell paragraph that Word numbers keeps its number as its marker (automatic STT numbers).
 * - Spaces lost between header words in table cells are restored by the two rules of docx/spacing.ts.
 * - Text set in a legacy Vietnamese font (.VnTime, VNI-Times: the run's font, its styles' or the document default) is
 *   converted to Unicode, as the .doc reader does (docx/fonts.ts).
 */
import type { DocumentModel } from "../model/types.js";
import type { Diagnostic, Result } from "../diagnostics.js";
import { DocxConverter, countParagraphs } from "./docx/convert.js";
import type { MammothDocument, MammothMessage } from "./docx/mammoth-tree.js";
import { type NumberingLabel, numberingLabels } from "./docx/numbering.js";
import { type CheckedZip, checkZip } from "./docx/zip.js";
import { rewriteBodyXml } from "./docx/markup.js";
import { LegacyFonts } from "./docx/fonts.js";
import { InputError, LimitError } from "../errors.js";
import { append } from "./append.js";
import { DEFAULT_LIMITS } from "../limits.js";

export interface DocxReadOptions {
  /** Largest total uncompressed size the zip may declare (default 200 MB). */
  maxDecompressedBytes?: number;
  /** Most paragraphs and table rows (default 200,000); checked on the XML before mammoth builds its tree. */
  maxBlocks?: number;
  /** Most columns in one table (default 1,000). */
  maxColumns?: number;
}

const DEFAULT_MAX_DECOMPRESSED_BYTES = 200 * 1024 * 1024;
/** mammoth's own warnings worth passing on are few; a broken file can raise thousands. */
const MAX_READER_WARNINGS = 20;

export async function readDocx(data: Uint8Array, options: DocxReadOptions = {}): Promise<Result<DocumentModel>> {
  checkSignature(data);
  const zip = checkZip(data, options.maxDecompressedBytes ?? DEFAULT_MAX_DECOMPRESSED_BYTES);
  const mainPath = mainDocumentPath(zip.xmlParts);
  const documentXml = zip.xmlParts.get(mainPath);
  if (!documentXml) {
    const openDocument = openDocumentKind(data);
    if (openDocument) throw new InputError(`not a plan document: ${openDocument}; open it in LibreOffice and save it as .docx`);
    throw new InputError(`not a DOCX file: the zip has no ${mainPath}`);
  }
  checkBlockCount(documentXml, options.maxBlocks ?? DEFAULT_LIMITS.maxBlocks);

  const related = partsOf(zip.xmlParts, mainPath);
  const bodies = rewrittenBodies(zip, [mainPath, ...related.notes]);
  const { document, messages } = await readWithMammoth(packageFor(zip, bodies));

  try {
    return convert(document, bodies.get(mainPath)!, related, messages, options.maxColumns ?? DEFAULT_LIMITS.maxColumns);
  } catch (error) {
    // Tables nested thousands deep (only hostile files have them) exhaust the stack in the recursive walks.
    if (error instanceof RangeError) throw new InputError("not a readable DOCX: nesting too deep");
    throw error;
  }
}

function convert(
  document: MammothDocument,
  documentXml: string,
  relatedParts: { numbering?: string; styles?: string },
  messages: MammothMessage[],
  maxColumns: number,
): Result<DocumentModel> {
  const diagnostics: Diagnostic[] = [];
  let labels: NumberingLabel[] | null = numberingLabels(documentXml, relatedParts.numbering, relatedParts.styles);
  const paragraphCount = countParagraphs(document.children);
  if (labels.length !== paragraphCount) {
    diagnostics.push({
      severity: "info",
      code: "docx.numbering-approximate",
      message: `Word list numbers could not be matched to paragraphs (${labels.length} vs ${paragraphCount}); numbered items get counted numbers`,
    });
    labels = null;
  }

  const converter = new DocxConverter(labels, "docx", maxColumns, new LegacyFonts(relatedParts.styles));
  const children = converter.convert(document);
  append(append(diagnostics, converter.diagnostics), readerWarnings(messages));
  return { value: { type: "root", children, source: { format: "docx", pages: null, ocrPages: [] } }, diagnostics };
}

/**
 * mammoth's tree costs a few kilobytes a paragraph, empty or not: a 137 kB file of a million empty paragraphs would
 * take gigabytes before anything could count them. So paragraphs and rows are counted in the XML first (any
 * namespace prefix, drawing-text paragraphs included: they cost the same).
 */
function checkBlockCount(documentXml: Buffer, maxBlocks: number): void {
  const xml = documentXml.toString("latin1");
  const tag = /<(?:[A-Za-z][\w.-]*:)?(?:p|tr)[\s/>]/g;
  let count = 0;
  while (tag.exec(xml)) {
    count += 1;
    if (count > maxBlocks) {
      throw new LimitError(`${maxBlocks} paragraphs and table rows`, "--max-blocks", `more than ${maxBlocks} paragraphs and table rows in the document`);
    }
  }
}

function checkSignature(data: Uint8Array): void {
  if (data.length === 0) throw new InputError("empty file");
  if (data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0) {
    throw new InputError("a legacy Word 97-2003 .doc file (or an encrypted DOCX), not DOCX: save it as .docx");
  }
  if (!(data[0] === 0x50 && data[1] === 0x4b)) throw new InputError("not a DOCX file (not a zip archive)");
}

/**
 * An OpenDocument file (LibreOffice's own format, which offices rename .doc) says what it is in its first zip entry:
 * `mimetype`, stored uncompressed (the OpenDocument packaging rules require both).
 */
function openDocumentKind(data: Uint8Array): string | null {
  const head = Buffer.from(data.buffer, data.byteOffset, Math.min(data.length, 120)).toString("latin1");
  if (head.slice(30, 38) !== "mimetype") return null;
  const kind = /^application\/vnd\.oasis\.opendocument\.(text|spreadsheet|presentation|graphics)/.exec(head.slice(38))?.[1];
  if (!kind) return null;
  const extension = { text: ".odt", spreadsheet: ".ods", presentation: ".odp", graphics: ".odg" }[kind];
  return `an OpenDocument ${kind} file (${extension})`;
}

/** The main part named by the package relationships (`_rels/.rels`), word/document.xml when they do not say. */
function mainDocumentPath(parts: Map<string, Buffer>): string {
  const rels = parts.get("_rels/.rels")?.toString("utf8");
  const target = rels ? relationshipTarget(rels, "officeDocument") : undefined;
  // As mammoth does: the related part when it exists, the conventional name otherwise.
  const related = target ? resolvePartPath("", target) : undefined;
  return related && parts.has(related) ? related : "word/document.xml";
}

interface RelatedParts {
  numbering?: string;
  styles?: string;
  /** Paths of the footnotes and endnotes parts, whose bodies mammoth reads as it reads the document's. */
  notes: string[];
}

function partsOf(parts: Map<string, Buffer>, mainPath: string): RelatedParts {
  const slash = mainPath.lastIndexOf("/");
  const directory = slash >= 0 ? mainPath.slice(0, slash + 1) : "";
  const rels = parts.get(`${directory}_rels/${mainPath.slice(slash + 1)}.rels`)?.toString("utf8") ?? "";
  const find = (type: string, fallback: string): string | undefined => {
    const target = relationshipTarget(rels, type);
    return parts.get(target ? resolvePartPath(directory, target) : `${directory}${fallback}`)?.toString("utf8");
  };
  const out: RelatedParts = { notes: [] };
  for (const type of ["footnotes", "endnotes"]) {
    const target = relationshipTarget(rels, type);
    const path = target ? resolvePartPath(directory, target) : `${directory}${type}.xml`;
    if (parts.has(path)) out.notes.push(path);
  }
  const numbering = find("numbering", "numbering.xml");
  const styles = find("styles", "styles.xml");
  if (numbering !== undefined) out.numbering = numbering;
  if (styles !== undefined) out.styles = styles;
  return out;
}

function relationshipTarget(rels: string, typeSuffix: string): string | undefined {
  for (const match of rels.matchAll(/<Relationship\b([^>]*)>/g)) {
    const attributes = match[1] ?? "";
    const type = /\bType\s*=\s*"([^"]*)"/.exec(attributes)?.[1];
    if (type?.endsWith(`/${typeSuffix}`)) return /\bTarget\s*=\s*"([^"]*)"/.exec(attributes)?.[1];
  }
  return undefined;
}

function resolvePartPath(directory: string, target: string): string {
  const segments = (target.startsWith("/") ? target.slice(1) : directory + target).split("/");
  const out: string[] = [];
  for (const segment of segments) {
    if (segment === "..") out.pop();
    else if (segment !== "." && segment !== "") out.push(segment);
  }
  return out.join("/");
}

/** The body parts' XML with the markup mammoth drops rewritten into markup it reads (docx/markup.ts). */
function rewrittenBodies(zip: CheckedZip, paths: string[]): Map<string, string> {
  const bodies = new Map<string, string>();
  for (const path of paths) {
    const bytes = zip.xmlParts.get(path);
    if (bytes) bodies.set(path, rewriteBodyXml(UTF8.decode(bytes)));
  }
  return bodies;
}

const UTF8 = new TextDecoder("utf-8");

/**
 * The package as mammoth reads it (its `{ file }` input: `exists` and `read` of a part): the parts checkZip already
 * inflated and checked, the body parts rewritten. mammoth reads only XML parts here (images are never converted), so
 * JSZip never inflates the package a second time.
 */
interface MammothPackage {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<string | Uint8Array>;
}

function packageFor(zip: CheckedZip, bodies: Map<string, string>): MammothPackage {
  return {
    exists: (name) => zip.entries.has(name),
    read: async (name, encoding) => {
      const body = bodies.get(name);
      if (body !== undefined && encoding) return body;
      const bytes = zip.xmlParts.get(name);
      if (!bytes) throw new Error(`part ${name} is not read`);
      return encoding ? new TextDecoder(encoding).decode(bytes) : new Uint8Array(bytes);
    },
  };
}

interface MammothModule {
  convertToHtml(input: { file: MammothPackage }, options: Record<string, unknown>): Promise<{ value: string; messages: MammothMessage[] }>;
  images: { imgElement(convert: () => Promise<{ src: string }>): unknown };
}

async function readWithMammoth(file: MammothPackage): Promise<{ document: MammothDocument; messages: MammothMessage[] }> {
  const imported = (await import("mammoth")) as unknown as { default?: MammothModule } & MammothModule;
  const mammoth: MammothModule = imported.default ?? imported;
  let captured: MammothDocument | undefined;
  let messages: MammothMessage[];
  try {
    const result = await mammoth.convertToHtml(
      { file },
      {
        transformDocument: (document: MammothDocument) => {
          captured = document;
          return { ...document, children: [] };
        },
        // Images are never read: the model has no use for them, and reading would inflate every media entry.
        convertImage: mammoth.images.imgElement(async () => ({ src: "" })),
        externalFileAccess: false,
      },
    );
    messages = result.messages;
  } catch (error) {
    throw new InputError(`not a readable DOCX: ${mammothReason(error)}`);
  }
  if (!captured) throw new InputError("not a readable DOCX: no document body");
  return { document: captured, messages };
}

function readerWarnings(messages: MammothMessage[]): Diagnostic[] {
  const unique = [...new Set(messages.map((m) => m.message))].filter((m) => !/style with ID .* was referenced but not defined/.test(m));
  const diagnostics: Diagnostic[] = unique.slice(0, MAX_READER_WARNINGS).map((message) => ({ severity: "info", code: "docx.reader-warning", message }));
  if (unique.length > MAX_READER_WARNINGS) {
    diagnostics.push({ severity: "info", code: "docx.reader-warning", message: `${unique.length - MAX_READER_WARNINGS} more reader warnings not shown` });
  }
  return diagnostics;
}

/**
 * mammoth's failures as a reason a user can read: its XML parser (xmldom) reports "error: [xmldom error]\telement
 * parse error: Error: …" with tabs and newlines, and a part it does not support as a bare "Not implemented".
 */
export function mammothReason(error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).split("\n")[0]!;
  const xml = /\[xmldom (?:error|warning)\]\s*(?:element parse error: )?(?:Error: )?(.*)/.exec(message);
  if (xml) return `malformed XML (${xml[1]!.replace(/\s+/g, " ").trim().slice(0, 120)})`;
  if (/^not implemented$/i.test(message.trim())) return "a part mammoth cannot read (damaged or unsupported)";
  return message.replace(/\s+/g, " ").trim();
}
