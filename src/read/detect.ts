/**
 * Input format: by magic bytes first, extension second (a PDF saved as .txt is still a PDF), then by content for
 * text (an HTML page saved as .txt is HTML). The extensions are the model's one list (INPUT_EXTENSIONS).
 */
import { extname } from "node:path";
import { INPUT_EXTENSIONS, type InputFormat } from "../model/types.js";

/**
 * `misnamed-text`: a file named .pdf, .docx or .doc whose bytes are text. Reading it as text would end in a quiet
 * "0 tasks", so the reader refuses it and says so (an HTML page saved as .doc, which Word itself writes, is HTML).
 * `rtf`, `word-xml`, `mhtml`: word-processor files that are not read (RTF, Word 2003 XML or flat OPC XML, a "Single
 * File Web Page"); offices rename them .doc, so they are told by their bytes under any name and refused by name.
 */
export type DetectedFormat = InputFormat | "zip" | "binary" | "misnamed-text" | UnreadWordFormat;
export type UnreadWordFormat = "rtf" | "word-xml" | "mhtml";

export function formatFromExtension(path: string | undefined): InputFormat | undefined {
  return path ? INPUT_EXTENSIONS[extname(path).toLowerCase()] : undefined;
}

export function detectFormat(bytes: Uint8Array, path?: string): DetectedFormat {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]) || findPdfHeader(bytes)) return "pdf";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return formatFromExtension(path) === "docx" || !path?.toLowerCase().endsWith(".zip") ? "docx" : "zip";
  }
  // An OLE compound file: the .doc reader tells a Word document from Excel, PowerPoint, Outlook and other OLE files.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "doc";
  // Before the text test: RTF may carry raw binary picture data (\bin), which would make it "binary".
  const unread = unreadWordFormat(bytes);
  if (unread) return unread;
  const byExtension = formatFromExtension(path);
  if (byExtension === "pdf" || byExtension === "docx" || byExtension === "doc") {
    if (!looksLikeText(bytes)) return "binary";
    const sniffed = sniffText(bytes);
    return sniffed === "html" && byExtension === "doc" ? "html" : "misnamed-text";
  }
  if (!looksLikeText(bytes)) return "binary";
  if (byExtension) return byExtension === "txt" || byExtension === "md" ? sniffText(bytes, byExtension) : byExtension;
  return sniffText(bytes);
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** PDF readers accept the header anywhere in the first KiB (some files carry junk before it). */
function findPdfHeader(bytes: Uint8Array): boolean {
  // A view, not a copy: Buffer.from(Uint8Array) copies element by element, slow in code that runs once.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString("latin1");
  return head.includes("%PDF-");
}

/** The bytes the loop in `looksLikeText` counts, as Latin-1 characters: NUL, and controls other than \t \n \v \f \r and ESC. */
const NUL_OR_CONTROL = /[\x00-\x08\x0e-\x1a\x1c-\x1f]/;

/**
 * Text has no NUL bytes (unless UTF-16, which has a BOM or every other byte NUL) and few control characters.
 * Looks at the first 64 KiB only.
 */
export function looksLikeText(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return true;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  const sample = bytes.subarray(0, 65536);
  // Most text has neither NULs nor control characters: one native pass says so, sparing the loop of
  // `looksLikeTextByCount`, which runs cold (not yet compiled) in every process that reads a file.
  if (!NUL_OR_CONTROL.test(Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength).toString("latin1"))) return true;
  return looksLikeTextByCount(sample);
}

/** `looksLikeText`'s rule counted byte by byte over the first 64 KiB (BOMs aside); exported so a test can hold the short cut to it. */
export function looksLikeTextByCount(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 65536);
  let control = 0;
  let nul = 0;
  let nulOdd = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b === 0) {
      nul += 1;
      if (i % 2 === 1) nulOdd += 1;
    } else if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control += 1;
  }
  // BOM-less UTF-16: NULs in every other byte.
  if (nul > sample.length / 4 && (nulOdd > nul * 0.9 || nulOdd < nul * 0.1)) return control < sample.length * 0.05;
  return nul === 0 ? control < sample.length * 0.02 + 1 : nul < 4 && control < sample.length * 0.02 + 1;
}

/**
 * RTF opens with `{\rtf` (readers allow white space and a byte-order mark before it); Word's XML formats with an
 * `mso-application` processing instruction naming Word, or their root element; a web archive with the MIME headers of
 * a multipart/related message.
 */
function unreadWordFormat(bytes: Uint8Array): UnreadWordFormat | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString("latin1").replace(/^(\xef\xbb\xbf|\xff\xfe|\xfe\xff)/, "");
  const start = head.trimStart();
  if (start.startsWith("{\\rtf")) return "rtf";
  if (start.startsWith("<?xml") && (/<\?mso-application\s+progid="Word\.Document"/i.test(head) || /^<\?xml[^>]*>\s*<w:wordDocument\b/.test(start))) return "word-xml";
  // Word starts with MIME-Version; Internet Explorer with From:, Subject: and Date: before it.
  if (/^[a-z-]+:/i.test(start) && /^mime-version:\s*1\.0/im.test(head) && /^content-type:\s*multipart\/related/im.test(head)) return "mhtml";
  return null;
}

/**
 * What may stand before a web page's `<html>` or its doctype: an XML declaration (XHTML, as LibreOffice's "XHTML"
 * export writes it) and comments ("<!-- saved from url=… -->", which browsers write when they save a page).
 */
const PAGE_PROLOG = /^(?:<\?xml[^>]{0,500}>\s*|<!--[^]{0,1000}?-->\s*)*/;

function sniffText(bytes: Uint8Array, fallback: "txt" | "md" = "txt"): InputFormat {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("utf8").replace(/^\ufeff/, "").trimStart().toLowerCase();
  const page = head.slice(PAGE_PROLOG.exec(head)![0].length);
  if (page.startsWith("<!doctype html") || page.startsWith("<html")) return "html";
  return fallback;
}
