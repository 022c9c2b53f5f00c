/**
 * Word 97–2003 `.doc` → document model.
 *
 * The compound file is read by SheetJS `cfb` behind bounds checks (doc/container.ts); the Word structures inside it
 * by doc/structures.ts, because no npm library exposes what tables need (paragraph properties: cell and row marks,
 * table depth, the row's cell edges and merges). doc/tree.ts turns text and properties into the tree mammoth gives
 * for a DOCX, and the DOCX converter (docx/convert.ts) makes the model from it: the same plan gives the same blocks,
 * and the same records, from its .doc and its .docx.
 *
 * Refused with one line: other OLE files (Excel, PowerPoint, Outlook…), password-protected or obfuscated .doc files,
 * Word 6/95 and older files (a different format under the same container).
 */
import type { DocumentModel } from "../model/types.js";
import type { Diagnostic, Result } from "../diagnostics.js";
import { InputError } from "../errors.js";
import { append } from "./append.js";
import { DocxConverter } from "./docx/convert.js";
import { Bytes } from "./doc/bytes.js";
import { otherOfficeKind, readCompoundFile } from "./doc/container.js";
import { PropertyPages, type StyleSheet, readFib, readFontNames, readLists, readPieces, readStyles } from "./doc/structures.js";
import { buildTree, requireStory } from "./doc/tree.js";
import { legacyFontDiagnostic } from "./legacy-font.js";

export interface DocReadOptions {
  /** Largest stream the compound file may hold (the --max-decompressed limit). */
  maxStreamBytes: number;
  /** Most paragraphs and table rows (the --max-blocks limit). */
  maxBlocks: number;
  /** Most columns in one table (the --max-columns limit). */
  maxColumns: number;
}

export async function readDoc(data: Uint8Array, options: DocReadOptions): Promise<Result<DocumentModel>> {
  const { streams } = await readCompoundFile(data, options.maxStreamBytes);
  const wordStream = streams.get("WordDocument");
  if (!wordStream) throw new InputError(`not a plan document: ${otherOfficeKind(streams)}`);
  const word = new Bytes(wordStream, "WordDocument");
  const fib = readFib(word);
  const tableStream = streams.get(fib.tableStreamName);
  if (!tableStream) throw new InputError(`not a readable .doc: its ${fib.tableStreamName} stream is missing`);
  const table = new Bytes(tableStream, fib.tableStreamName);
  const dataStream = streams.get("Data");
  const dataBytes = dataStream ? new Bytes(dataStream, "Data") : null;
  const pieces = readPieces(fib, table, word);
  requireStory(fib, pieces);

  let tree: ReturnType<typeof buildTree>;
  let children: DocumentModel["children"];
  const diagnostics: Diagnostic[] = [];
  try {
    tree = buildTree(
      {
        fib,
        word,
        table,
        pieces,
        papx: new PropertyPages("papx", fib, table, word, dataBytes),
        chpx: new PropertyPages("chpx", fib, table, word, dataBytes),
        ...styleSheet(readStyles(fib, table)),
        fontNames: readFontNames(fib, table),
        lists: readLists(fib, table),
      },
      options.maxBlocks,
    );
    const converter = new DocxConverter(tree.labels, "doc", options.maxColumns);
    children = converter.convert(tree.document);
    append(diagnostics, converter.diagnostics);
  } catch (error) {
    // Tables nested thousands deep exhaust the stack in the converter's recursive walks; only damaged files have them.
    if (error instanceof RangeError) throw new InputError("not a readable .doc: nesting too deep");
    throw error;
  }
  if (tree.legacyParagraphs > 0) diagnostics.push(legacyFontDiagnostic(tree.legacyParagraphs));
  if (tree.textBoxCharacters > 0) {
    diagnostics.push({
      severity: "info",
      code: "doc.text-boxes-skipped",
      message: `${tree.textBoxCharacters} characters in text boxes were left out (text boxes are not part of the running text)`,
    });
  }
  if (tree.deletedRowsKept > 0) {
    diagnostics.push({
      severity: "info",
      code: "doc.deleted-row-kept",
      message: `${tree.deletedRowsKept} table row(s) marked deleted at their end but holding text that is not deleted were kept`,
    });
  }
  return { value: { type: "root", children, source: { format: "doc", pages: null, ocrPages: [] } }, diagnostics };
}

function styleSheet(sheet: StyleSheet): { styles: StyleSheet["styles"]; defaultFont: number | null } {
  return { styles: sheet.styles, defaultFont: sheet.defaultFont };
}
