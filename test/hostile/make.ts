/**
 * Builders of hostile inputs, written from the file-format specs so the tests need no committed binaries: a minimal
 * PDF writer (computed xref offsets), a zip writer whose declared sizes and compression can lie, DOCX packages around
 * any document.xml.
 */
import { crc32, deflateRawSync } from "node:zlib";
import { prng } from "./mutate.mjs";

/** A PDF whose pages are the given content streams (Helvetica as /F1, ASCII text only). */
export function makePdf(pages: Array<{ content: string }>, options: { count?: number } = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add("");
  const pagesId = add("");
  const font = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  // Pages without text share one empty content stream, so thousands of pages stay small.
  const empty = add("<< /Length 0 >>\nstream\n\nendstream");
  const kids: number[] = [];
  for (const page of pages) {
    const stream = page.content === "" ? empty : add(`<< /Length ${Buffer.byteLength(page.content, "latin1")} >>\nstream\n${page.content}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 595 842] /Contents ${stream} 0 R /Resources << /Font << /F1 ${font} 0 R >> >> >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesId} 0 R >>`;
  objects[pagesId - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${options.count ?? kids.length} >>`;
  const chunks: string[] = ["%PDF-1.4\n"];
  let length = chunks[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = `${i + 1} 0 obj\n${body}\nendobj\n`;
    chunks.push(chunk);
    length += Buffer.byteLength(chunk, "latin1");
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`)].join("");
  chunks.push(xref, `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${length}\n%%EOF\n`);
  return new Uint8Array(Buffer.from(chunks.join(""), "latin1"));
}

/** One line of PDF text at (x, y) in points from the bottom-left corner. */
export const pdfText = (x: number, y: number, s: string, size = 10): string => `BT /F1 ${size} Tf ${x} ${y} Td (${s}) Tj ET`;

export interface ZipInput {
  name: string;
  /** The entry's bytes (a string is UTF-8). */
  data: string | Uint8Array;
  /** What the headers say the entry inflates to; the truth when not given. */
  declaredSize?: number;
  /** Stored entries keep `data` as is; deflated ones (the default) compress it. */
  method?: "deflate" | "store";
  /** Use these bytes as the compressed stream instead of deflating `data` (for lying entries). */
  compressed?: Uint8Array;
}

/** A zip archive as APPNOTE.TXT describes it: local headers, data, central directory, end record. */
export function makeZip(inputs: ZipInput[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const input of inputs) {
    const raw = typeof input.data === "string" ? Buffer.from(input.data, "utf8") : Buffer.from(input.data);
    const method = input.method === "store" ? 0 : 8;
    const compressed = input.compressed ? Buffer.from(input.compressed) : method === 0 ? raw : deflateRawSync(raw);
    const name = Buffer.from(input.name, "utf8");
    const size = input.declaredSize ?? raw.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc32(raw), 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc32(raw), 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(inputs.length, 8);
  end.writeUInt16LE(inputs.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

export const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
export const PACKAGE_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

export function documentXml(body: string, prolog = ""): string {
  return `<?xml version="1.0" encoding="UTF-8"?>${prolog}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
}

export const wordParagraph = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** A DOCX package around a document.xml (and optional extra entries). */
export function makeDocx(document: string | Omit<ZipInput, "name">, extra: ZipInput[] = []): Uint8Array {
  const main: ZipInput = typeof document === "string" ? { name: "word/document.xml", data: document } : { name: "word/document.xml", ...document };
  return makeZip([{ name: "[Content_Types].xml", data: CONTENT_TYPES }, { name: "_rels/.rels", data: PACKAGE_RELS }, main, ...extra]);
}

/** `megabytes` of zeros deflated: about a thousandth of the size, the classic zip bomb payload. */
export function deflatedZeros(megabytes: number): Uint8Array {
  return new Uint8Array(deflateRawSync(Buffer.alloc(megabytes * 1024 * 1024)));
}

export function randomBytes(length: number, seed: number): Uint8Array {
  const next = prng(seed);
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = Math.floor(next() * 256);
  return out;
}
