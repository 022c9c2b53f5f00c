/**
 * The read stage: bytes in, the shared document model out. Picks the reader by detected format; heavy readers
 * (pdf.js, tesseract.js, mammoth) are imported only when their format appears, so reading a text plan never loads
 * them.
 */
import { extname } from "node:path";
import { DEFAULT_LIMITS, type Limits } from "../limits.js";
import type { DocumentModel, InputFormat } from "../model/types.js";
import type { Diagnostic, Result } from "../diagnostics.js";
import { decodeText } from "./decode.js";
import { type UnreadWordFormat, detectFormat } from "./detect.js";
import { InputError, LimitError } from "../errors.js";
import { readText } from "./text.js";
import { checkTextSize } from "./text-limits.js";
import type { OcrEngineChoice } from "./ocr/engine.js";

export type { OcrEngineChoice } from "./ocr/engine.js";

export type OcrMode = "auto" | "always" | "never";

export interface ReadOptions {
  /** The file name, used for the extension fallback of format detection. */
  path?: string;
  /** Force a format instead of detecting it. */
  format?: InputFormat;
  password?: string;
  ocr?: OcrMode;
  /** The OCR engine (default `auto`). */
  ocrEngine?: OcrEngineChoice;
  limits?: Partial<Limits>;
}

export async function readDocument(bytes: Uint8Array, options: ReadOptions = {}): Promise<Result<DocumentModel>> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  if (bytes.length === 0) throw new InputError("empty file");
  if (bytes.length > limits.maxBytes) {
    throw new LimitError(`${limits.maxBytes} bytes`, "--max-size", `file is ${bytes.length} bytes`);
  }
  const detected = options.format ?? detectFormat(bytes, options.path);
  switch (detected) {
    case "binary":
      throw new InputError("not a plan document: binary content that is not PDF, DOCX, .doc, text or HTML");
    case "misnamed-text":
      throw new InputError(misnamedText(options.path));
    case "rtf":
    case "word-xml":
    case "mhtml":
      throw new InputError(`not a plan document: ${UNREAD_WORD_FORMATS[detected]}${namedAs(detected, options.path)}; open it in Word or LibreOffice and save it as .docx`);
    case "zip":
      throw new InputError("a zip archive, not a plan: give it to batch mode (cchc parse archive.zip -o out/)");
    case "pdf": {
      const { readPdf } = await import("./pdf.js");
      pdfLoaded = true;
      return readPdf(bytes, { ocr: options.ocr ?? "auto", ...(options.ocrEngine ? { ocrEngine: options.ocrEngine } : {}), maxPages: limits.maxPages, maxOcrPages: limits.maxOcrPages, maxDecompressedBytes: limits.maxDecompressedBytes, maxPageOperators: limits.maxPageOperators, ...(options.password ? { password: options.password } : {}) });
    }
    case "docx": {
      const { readDocx } = await import("./docx.js");
      return readDocx(bytes, { maxDecompressedBytes: limits.maxDecompressedBytes, maxBlocks: limits.maxBlocks, maxColumns: limits.maxColumns });
    }
    case "doc": {
      const { readDoc } = await import("./doc.js");
      return readDoc(bytes, { maxStreamBytes: limits.maxDecompressedBytes, maxBlocks: limits.maxBlocks, maxColumns: limits.maxColumns });
    }
    default:
      return readTextual(bytes, detected, limits);
  }
}

/**
 * Word-processor formats cchc does not read. RTF: no npm library reads its tables (see README, Formats); the others
 * are rare enough that saving as .docx is the honest answer.
 */
const UNREAD_WORD_FORMATS: Record<UnreadWordFormat, string> = {
  rtf: "an RTF file",
  "word-xml": "a Word XML document (Word 2003 XML or flat XML)",
  mhtml: "a web archive (Word's \"Single File Web Page\", .mht)",
};

/** The extensions each unread format is saved under by its application. */
const OWN_EXTENSIONS: Record<UnreadWordFormat, string[]> = { rtf: [".rtf"], "word-xml": [".xml"], mhtml: [".mht", ".mhtml"] };

/** " named .doc" when the name hides the format: archives hold RTF files and web archives renamed .doc. */
function namedAs(format: UnreadWordFormat, path: string | undefined): string {
  const extension = extname(path ?? "").toLowerCase();
  return extension && !OWN_EXTENSIONS[format].includes(extension) ? ` named ${extension}` : "";
}

/** A file named .pdf, .docx or .doc that holds text: what it is, in one line. */
function misnamedText(path: string | undefined): string {
  const named = extname(path ?? "").toLowerCase() || "a document name";
  return `not a plan document: the file is plain text but named ${named}; rename it .txt if it is a plan`;
}

/** Frees what heavy readers hold (OCR worker threads), so a process can exit. Cheap when none was used. */
export async function releaseReaders(): Promise<void> {
  if (pdfLoaded) await (await import("./pdf.js")).releasePdfReader();
}

let pdfLoaded = false;

async function readTextual(bytes: Uint8Array, format: "txt" | "md" | "html", limits: Limits): Promise<Result<DocumentModel>> {
  const decoded = decodeText(bytes);
  const diagnostics: Diagnostic[] = [...decoded.diagnostics];
  if (decoded.value.trim() === "") throw new InputError("empty file (only white space)");
  checkTextSize(decoded.value, format, limits);
  if (format === "html") {
    const { htmlToBlocks } = await import("./html.js");
    return { value: { type: "root", children: htmlToBlocks(decoded.value, 0, limits.maxColumns), source: { format, pages: null, ocrPages: [] } }, diagnostics };
  }
  return { value: await readText(decoded.value.replace(/\u0000/g, ""), format, diagnostics), diagnostics };
}
