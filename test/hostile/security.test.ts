/**
 * Nothing in a document is executed, fetched or followed: pdf.js without eval (and a version past CVE-2024-4367),
 * no network from any reader, no external XML entities, spreadsheet formulas neutralised in CSV, atomic -o writes.
 */
import dns from "node:dns";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import tls from "node:tls";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import { InputError } from "../../src/errors.js";
import { type PlanDocument, planDocumentSchema } from "../../src/schema/plan.js";
import { writeFileAtomic } from "../../src/write/atomic.js";
import { formatCsv } from "../../src/write/csv.js";
import { documentXml, makeDocx, makePdf, makeZip, pdfText, wordParagraph } from "./make.js";

const root = new URL("../../", import.meta.url).pathname;

function versionAtLeast(version: string, minimum: string): boolean {
  const parts = (v: string) => v.split(/[.-]/).slice(0, 3).map(Number);
  const [a, b] = [parts(version), parts(minimum)];
  for (let i = 0; i < 3; i++) if (a[i]! !== b[i]!) return a[i]! > b[i]!;
  return true;
}

describe("pdf.js is configured so that a PDF cannot run code", () => {
  it("is at a version fixed for CVE-2024-4367 (4.2.67 or later), in every installed copy", () => {
    const copies = [join(root, "node_modules/pdfjs-dist/package.json"), join(root, "node_modules/pdf-parse/node_modules/pdfjs-dist/package.json")].filter(existsSync);
    expect(copies.length).toBeGreaterThan(0);
    for (const copy of copies) {
      const { version } = JSON.parse(readFileSync(copy, "utf8")) as { version: string };
      expect(versionAtLeast(version, "4.2.67"), `${copy}: ${version}`).toBe(true);
    }
  });

  it("passes isEvalSupported: false at every getDocument call in src/", () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (path.endsWith(".ts")) files.push(path);
      }
    };
    walk(join(root, "src"));
    const calls = files.flatMap((file) => {
      const source = readFileSync(file, "utf8");
      return [...source.matchAll(/getDocument\(\{([\s\S]*?)\}\)/g)].map((m) => ({ file, options: m[1]! }));
    });
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) expect(call.options, call.file).toMatch(/isEvalSupported:\s*false/);
  });
});

describe("no reader opens a network connection", () => {
  const attempts: string[] = [];
  const saved: Array<() => void> = [];
  const trap = <T extends object>(target: T, key: keyof T & string, label: string) => {
    const original = target[key];
    (target as Record<string, unknown>)[key] = (...args: unknown[]) => {
      attempts.push(`${label}(${String(args[0]).slice(0, 80)})`);
      throw new Error(`network access attempted: ${label}`);
    };
    saved.push(() => ((target as Record<string, unknown>)[key] = original));
  };

  beforeAll(() => {
    trap(net, "connect", "net.connect");
    trap(net, "createConnection", "net.createConnection");
    trap(tls, "connect", "tls.connect");
    trap(http, "request", "http.request");
    trap(http, "get", "http.get");
    trap(https, "request", "https.request");
    trap(https, "get", "https.get");
    trap(dns, "lookup", "dns.lookup");
    trap(globalThis, "fetch", "fetch");
  });
  afterAll(() => {
    for (const restore of saved) restore();
  });

  const remote = "http://203.0.113.7/x";
  const inputs: Array<{ name: string; bytes: Uint8Array }> = [
    { name: "plan.txt", bytes: readFileSync(join(root, "fixtures/plans/001_cf13d097df470f82.txt")) },
    { name: "links.md", bytes: Buffer.from(`Kế hoạch\n\n![ảnh](${remote}.png) [liên kết](${remote})\n\n<img src="${remote}.gif">\n`) },
    {
      name: "page.html",
      bytes: Buffer.from(`<!doctype html><html><head><link rel="stylesheet" href="${remote}.css"><script src="${remote}.js"></script></head><body><img src="${remote}.png"><iframe src="${remote}"></iframe><p>Kế hoạch</p></body></html>`),
    },
    {
      name: "external.docx",
      bytes: makeDocx(
        documentXml(`<w:p><w:hyperlink r:id="rId9" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:r><w:t>liên kết</w:t></w:r></w:hyperlink></w:p>${wordParagraph("Kế hoạch")}`),
        [
          {
            name: "word/_rels/document.xml.rels",
            data:
              '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
              `<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${remote}" TargetMode="External"/>` +
              `<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="${remote}.png" TargetMode="External"/></Relationships>`,
          },
        ],
      ),
    },
    {
      name: "remote.pdf",
      // A link annotation to a URL and a font that is not embedded: pdf.js must use its local standard fonts.
      bytes: makePdf([{ content: `${pdfText(50, 700, "Ke hoach")}\n${pdfText(50, 680, "(URI) remote")}` }]),
    },
  ];
  for (const fixture of ["fixtures/docx-cases/body.docx", "fixtures/pdf/001_cf13d097df470f82.a.pdf"]) {
    const path = join(root, fixture);
    if (existsSync(path)) inputs.push({ name: fixture, bytes: readFileSync(path) });
  }

  it("traps a connection attempt (control: the traps work)", async () => {
    attempts.length = 0;
    expect(() => net.connect(80, "203.0.113.7")).toThrow(/network access attempted/);
    await expect(Promise.resolve().then(() => fetch(remote))).rejects.toThrow(/network access attempted/);
    expect(attempts).toHaveLength(2);
  });

  for (const input of inputs) {
    it(`reads ${input.name} without touching the network`, async () => {
      attempts.length = 0;
      const document = await parsePlan(input.bytes, { path: input.name, ocr: "never" });
      expect(planDocumentSchema.safeParse(document).success).toBe(true);
      expect(attempts).toEqual([]);
    });
  }
});

describe("XML external entities in a DOCX", () => {
  const secretDir = mkdtempSync(join(tmpdir(), "cchc-xxe-"));
  const secretFile = join(secretDir, "secret.txt");
  const marker = "BI-MAT-KHONG-DUOC-DOC-9d1c";
  writeFileSync(secretFile, marker);
  const prolog = `<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://${secretFile}"><!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>`;
  const body = `<w:p><w:r><w:t>&xxe;&d;</w:t></w:r></w:p>${wordParagraph("Kế hoạch")}`;

  async function outcomeText(bytes: Uint8Array): Promise<string> {
    try {
      return JSON.stringify(await parsePlan(bytes, { path: "xxe.docx" }));
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      return (error as InputError).message;
    }
  }

  it("refuses a document.xml with a DTD declaring an external entity, never reading the file", async () => {
    const text = await outcomeText(makeDocx(documentXml(body, prolog)));
    expect(text).toMatch(/DTD/);
    expect(text).not.toContain(marker);
  });

  it("never reads the file either when the main part hides behind a non-XML name", async () => {
    const rels =
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/main.bin"/></Relationships>';
    const zip = makeZip([
      { name: "_rels/.rels", data: rels },
      { name: "word/main.bin", data: documentXml(body, prolog) },
    ]);
    const text = await outcomeText(zip);
    expect(text).not.toContain(marker);
    // Nor is the nested entity expanded into its 10,000 a's.
    expect(text).not.toContain("a".repeat(1000));
  });
});

describe("CSV formula injection", () => {
  const seed = readFileSync(join(root, "fixtures/plans/001_cf13d097df470f82.txt"));
  const dangerous = ["=HYPERLINK(\"http://203.0.113.7\",\"x\")", "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1"];

  it("prefixes every cell starting with =, +, -, @, TAB or CR with an apostrophe", async () => {
    const base = await parsePlan(seed, { path: "plan.txt" });
    const task = base.tasks[0]!;
    const tasks = dangerous.map((text, i) => ({ ...task, id: `${task.id}-${i}`, task: text, lead: [text], products: [text], deadline: { ...task.deadline, raw: text } }));
    const document: PlanDocument = { ...base, source: { ...base.source, path: "=evil.txt" }, tasks };
    const csv = formatCsv([document, document]);
    for (const text of dangerous) {
      expect(csv).toContain(`'${text}`.replace(/"/g, '""'));
    }
    // No field (after the delimiter, quoted or not) starts with a formula character.
    const fields = csv.replace(/^\ufeff/, "").split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)|\r\n/);
    for (const field of fields) expect(field.replace(/^"/, "")).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("neutralises a formula written in a plan's task cell, end to end", async () => {
    const plan = ["KẾ HOẠCH", "Cải cách hành chính năm 2024", "PHỤ LỤC", "STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành", "1\t=cmd|' /C calc'!A0\t@Sở Nội vụ\tQuý I/2024"].join("\n");
    const document = await parsePlan(Buffer.from(plan), { path: "plan.txt" });
    expect(document.tasks[0]?.task).toBe("=cmd|' /C calc'!A0");
    const csv = formatCsv([document]);
    expect(csv).toContain("'=cmd|' /C calc'!A0");
    expect(csv).not.toMatch(/(^|,)"?=cmd/m);
  });
});

describe("atomic -o writes", () => {
  it("leaves no temporary file and the old content when the rename fails", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cchc-atomic-"));
    const target = join(dir, "out.json");
    mkdirSync(target);
    writeFileSync(join(target, "keep.txt"), "x");
    await expect(writeFileAtomic(target, "{}")).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(["out.json"]);
    expect(readdirSync(target)).toEqual(["keep.txt"]);
  });

  it("replaces a file whole and leaves nothing else beside it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cchc-atomic-"));
    const target = join(dir, "out.json");
    writeFileSync(target, "old");
    await writeFileAtomic(target, "new");
    expect(readFileSync(target, "utf8")).toBe("new");
    expect(readdirSync(dir)).toEqual(["out.json"]);
  });
});
