// Seeded mutations of plan files, shared by the fuzz test (test/hostile/fuzz.test.ts) and the long fuzz run
// (bench/fuzz.mjs). Plain JavaScript so that bench/ can run it without a TypeScript step; types in mutate.d.mts.
import { createRequire } from "node:module";
import { crc32, inflateRawSync } from "node:zlib";

const CFB = createRequire(import.meta.url)("cfb");

/** mulberry32: a small deterministic PRNG, so a seed names a case exactly. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (random, n) => Math.floor(random() * n);

/** Tokens the stages look for: inserting them makes structure appear and vanish in odd places. */
const TOKENS = ["\t", "\n", "\n\n", "|", "\n|\n", "<table><tr><td>", "</td></tr>", "<div>", "PHỤ LỤC\n", "I. ", "1.1. ", "- ", "Số: ", "ngày ", "Quý I/", "\u0000", "\r", "**", "[", "> ", "&amp;", "\ufeff", "\u0301", "endstream", "endobj", "obj", "<<", ">>", "/Length 99999", "PK\u0003\u0004"];

function bitFlips(bytes, random) {
  const out = Uint8Array.from(bytes);
  const flips = 1 + int(random, 24);
  for (let i = 0; i < flips && out.length > 0; i++) out[int(random, out.length)] ^= 1 << int(random, 8);
  return { bytes: out, how: `${flips} bit flips` };
}

function truncate(bytes, random) {
  const at = int(random, bytes.length + 1);
  return { bytes: bytes.slice(0, at), how: `truncated at ${at}/${bytes.length}` };
}

function splice(bytes, random, others) {
  const other = others[int(random, others.length)] ?? bytes;
  const a = int(random, bytes.length + 1);
  const b = int(random, other.length + 1);
  const out = new Uint8Array(a + other.length - b);
  out.set(bytes.subarray(0, a), 0);
  out.set(other.subarray(b), a);
  return { bytes: out, how: `spliced at ${a} with another file from ${b}` };
}

function duplicate(bytes, random) {
  const from = int(random, bytes.length + 1);
  const length = Math.min(bytes.length - from, 1 + int(random, 4096));
  const chunk = bytes.subarray(from, from + length);
  const times = 1 + int(random, 8);
  const at = int(random, bytes.length + 1);
  const parts = [bytes.subarray(0, at), ...Array.from({ length: times }, () => chunk), bytes.subarray(at)];
  return { bytes: concat(parts), how: `${length} bytes from ${from} copied ${times}× at ${at}` };
}

function removeChunk(bytes, random) {
  const from = int(random, bytes.length + 1);
  const length = 1 + int(random, 2048);
  return { bytes: concat([bytes.subarray(0, from), bytes.subarray(from + length)]), how: `${length} bytes removed at ${from}` };
}

function insertTokens(bytes, random) {
  const count = 1 + int(random, 12);
  let out = bytes;
  for (let i = 0; i < count; i++) {
    const token = new TextEncoder().encode(TOKENS[int(random, TOKENS.length)]);
    const at = int(random, out.length + 1);
    out = concat([out.subarray(0, at), token, out.subarray(at)]);
  }
  return { bytes: out, how: `${count} tokens inserted` };
}

const MUTATIONS = [bitFlips, truncate, splice, duplicate, removeChunk, insertTokens];

function concat(parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** One to three mutations of `bytes` (others: files to splice with). */
export function mutate(bytes, others, random) {
  let current = bytes;
  const hows = [];
  const rounds = 1 + int(random, 3);
  for (let i = 0; i < rounds; i++) {
    const mutation = MUTATIONS[int(random, MUTATIONS.length)];
    const result = mutation(current, random, others);
    current = result.bytes;
    hows.push(result.how);
  }
  return { bytes: current, how: hows.join(", ") };
}

/**
 * A DOCX fuzzed inside: its XML parts are inflated, document.xml (or another part) is mutated as text, and the
 * package is zipped again (stored), so mammoth and the converter see broken XML instead of a broken zip.
 */
export function mutateDocxXml(bytes, others, random) {
  const entries = readZipEntries(bytes);
  if (!entries) return mutate(bytes, others, random);
  const xmlNames = [...entries.keys()].filter((n) => /\.(xml|rels)$/i.test(n));
  const name = random() < 0.7 && entries.has("word/document.xml") ? "word/document.xml" : xmlNames[int(random, xmlNames.length)];
  if (!name) return mutate(bytes, others, random);
  const mutated = mutate(entries.get(name), [], random);
  entries.set(name, mutated.bytes);
  return { bytes: storedZip(entries), how: `${name}: ${mutated.how}` };
}

/** The entries of a well-formed zip (central directory, deflate or stored), or null. */
function readZipEntries(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries = new Map();
  try {
    for (let i = 0; i < count; i++) {
      const method = view.getUint16(at + 10, true);
      const compressedSize = view.getUint32(at + 20, true);
      const nameLength = view.getUint16(at + 28, true);
      const extraLength = view.getUint16(at + 30, true);
      const commentLength = view.getUint16(at + 32, true);
      const local = view.getUint32(at + 42, true);
      const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      const data = bytes.subarray(start, start + compressedSize);
      entries.set(name, method === 8 ? new Uint8Array(inflateRawSync(data)) : Uint8Array.from(data));
      at += 46 + nameLength + extraLength + commentLength;
    }
  } catch {
    return null;
  }
  return entries;
}

function storedZip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [entryName, data] of entries) {
    const name = new TextEncoder().encode(entryName);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, 0x800, true);
    local.setUint32(14, crc32(data), true);
    local.setUint32(18, data.length, true);
    local.setUint32(22, data.length, true);
    local.setUint16(26, name.length, true);
    const central = new DataView(new ArrayBuffer(46));
    central.setUint32(0, 0x02014b50, true);
    central.setUint16(4, 20, true);
    central.setUint16(6, 20, true);
    central.setUint16(8, 0x800, true);
    central.setUint32(16, crc32(data), true);
    central.setUint32(20, data.length, true);
    central.setUint32(24, data.length, true);
    central.setUint16(28, name.length, true);
    central.setUint32(42, offset, true);
    locals.push(new Uint8Array(local.buffer), name, data);
    centrals.push(new Uint8Array(central.buffer), name);
    offset += 30 + name.length + data.length;
  }
  const directory = concat(centrals);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.size, true);
  end.setUint16(10, entries.size, true);
  end.setUint32(12, directory.length, true);
  end.setUint32(16, offset, true);
  return concat([...locals, directory, new Uint8Array(end.buffer)]);
}

/** The fixture files the fuzzers start from, by format: [relative path, extension]. */
export const FIXTURE_GLOBS = [
  ["fixtures/plans", ".txt"],
  ["fixtures/unseen", ".md"],
  ["fixtures/docx-cases", ".docx"],
  ["fixtures/docx", ".docx"],
  ["fixtures/pdf", ".pdf"],
  ["fixtures/doc", ".doc"],
  // RTF, Word XML, web pages and OpenDocument under a .doc name: told by their bytes, whatever the mutation.
  ["fixtures/doc-variants", ".doc"],
];

/**
 * A .doc fuzzed inside: one of its Word streams (the WordDocument stream with the File Information Block and the
 * text, or the table stream with the piece table, styles, lists and property tables) is mutated and the compound file
 * written again by cfb, so the Word reader sees broken structures instead of a broken container.
 */
export function mutateDocStreams(bytes, others, random) {
  let container;
  try {
    container = CFB.read(bytes, { type: "buffer" });
  } catch {
    return mutate(bytes, others, random);
  }
  const names = ["WordDocument", "1Table", "0Table", "Data"].filter((name) => CFB.find(container, name));
  if (names.length === 0) return mutate(bytes, others, random);
  const name = random() < 0.5 && names.includes("WordDocument") ? "WordDocument" : names[int(random, names.length)];
  const entry = CFB.find(container, name);
  const inner = mutate(Uint8Array.from(entry.content), others, random);
  entry.content = Buffer.from(inner.bytes);
  entry.size = inner.bytes.length;
  return { bytes: new Uint8Array(CFB.write(container, { type: "buffer" })), how: `${name} stream: ${inner.how}` };
}
