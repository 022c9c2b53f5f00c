/**
 * tasks.xlsx as a user gets it from the built CLI: `-f xlsx` for one plan, `tasks.xlsx` in a batch's folder, the same
 * workbook from sharded runs merged, and the batch's workbook opened by LibreOffice (headless) where it is installed.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { TASK_COLUMN_NAMES } from "../../src/write/columns.js";

const root = new URL("../../", import.meta.url).pathname;
const bin = join(root, "bin/cchc.cjs");
const plans = join(root, "fixtures/plans");
const DUC_THO = join(plans, "004_b6c2931c4fda3fce.txt");

function cchc(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.toString("utf8") };
}

async function load(source: string | Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  if (typeof source === "string") await workbook.xlsx.readFile(source);
  else await workbook.xlsx.load(source as unknown as ExcelJS.Buffer);
  return workbook;
}

/** Every sheet's cell values, for comparing two workbooks. */
function contents(workbook: ExcelJS.Workbook): Record<string, unknown[][]> {
  return Object.fromEntries(
    workbook.worksheets.map((sheet) => {
      const rows: unknown[][] = [];
      sheet.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
      return [sheet.name, rows];
    }),
  );
}

const column = (name: string) => TASK_COLUMN_NAMES.indexOf(name) + 1;

describe("cchc parse -f xlsx", () => {
  it("writes one plan's workbook to -o FILE: numbers as written, dates as dates, the plan's own number and year", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "cchc-xlsx-")), "duc-tho.xlsx");
    const run = cchc("parse", DUC_THO, "-f", "xlsx", "-o", out);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/Deprecation|Warning/);
    const sheet = (await load(out)).getWorksheet("Tasks")!;
    const rows: ExcelJS.Row[] = [];
    sheet.eachRow((row, index) => index > 1 && rows.push(row));
    // The header says "Số: 60 /QĐ-UBND" and "… năm 2024".
    for (const row of rows) {
      expect(row.getCell(column("meta.number")).value).toBe("60/QĐ-UBND");
      expect(row.getCell(column("meta.year")).value).toBe(2024);
    }
    // Two items of the appendix are numbered "2.10." (lines 366 and 392); the second runs "Thường xuyên", the whole year.
    const numbered = rows.filter((row) => row.getCell(column("number")).value === "2.10");
    expect(numbered).toHaveLength(2);
    for (const row of numbered) expect(row.getCell(column("number")).type).toBe(ExcelJS.ValueType.String);
    const continuous = numbered.find((row) => row.getCell(column("deadline.raw")).value === "Thường xuyên")!;
    expect(continuous.getCell(column("deadline.start")).value).toEqual(new Date(Date.UTC(2024, 0, 1)));
    expect(continuous.getCell(column("deadline.end")).value).toEqual(new Date(Date.UTC(2024, 11, 31)));
    // Every deadline cell is a date or empty, never text.
    for (const row of rows) {
      for (const name of ["deadline.start", "deadline.end"]) expect([ExcelJS.ValueType.Date, ExcelJS.ValueType.Null]).toContain(row.getCell(column(name)).type);
    }
  });

  it("writes the workbook's bytes to stdout when it is not a terminal", async () => {
    const run = cchc("parse", DUC_THO, "-f", "xlsx");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.subarray(0, 2).toString("latin1")).toBe("PK");
    expect((await load(run.stdout)).worksheets.map((sheet) => sheet.name)).toEqual(["Tasks", "Plans", "Agencies"]);
  });
});

describe("tasks.xlsx of a batch", () => {
  let outDir = "";
  beforeAll(() => {
    outDir = join(mkdtempSync(join(tmpdir(), "cchc-xlsx-batch-")), "out");
    const run = cchc("parse", plans, "-o", outDir, "-q");
    expect(run.code, run.stderr).toBe(0);
  });

  it("sits next to tasks.csv with the same rows, and no temporary file is left", async () => {
    expect(readdirSync(outDir).filter((name) => name.startsWith("."))).toEqual([]);
    const csv = parseCsv(readFileSync(join(outDir, "tasks.csv"), "utf8").replace(/^\ufeff/, "")) as string[][];
    const workbook = await load(join(outDir, "tasks.xlsx"));
    const tasks = contents(workbook).Tasks!;
    expect(tasks.length).toBe(csv.length);
    expect(tasks[0]).toEqual(csv[0]);
    // Text cells hold the CSV's text; the workbook only types the cells the CSV writes as text.
    const text = (value: unknown) => (value === null || value === undefined ? "" : value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
    for (let r = 1; r < csv.length; r++) expect(csv[r]!.map((_, c) => text(tasks[r]![c]))).toEqual(csv[r]);
    const plansSheet = contents(workbook).Plans!;
    expect(plansSheet.slice(1).map((row) => [row[0], row[1]])).toEqual(readdirSync(plans).sort().map((name) => [`${name}`, "ok"]));
  });

  it("is what one run writes when shards are merged", async () => {
    const base = mkdtempSync(join(tmpdir(), "cchc-xlsx-shards-"));
    for (const shard of ["1/2", "2/2"]) expect(cchc("parse", plans, "-o", join(base, shard.replace("/", "of")), "--shard", shard, "-q").code).toBe(0);
    const merge = cchc("merge", join(base, "1of2"), join(base, "2of2"), "-o", join(base, "all"));
    expect(merge.code, merge.stderr).toBe(0);
    const merged = contents(await load(join(base, "all", "tasks.xlsx")));
    const single = contents(await load(join(outDir, "tasks.xlsx")));
    expect(merged).toEqual(single);
  });
});

function findOnPath(names: string[]): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    for (const name of names) if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

const soffice = findOnPath(["soffice", "libreoffice"]);
/**
 * A Writer-only install (Debian's libreoffice-writer-nogui) has soffice but cannot open a workbook. Calc's core
 * library sits beside the real soffice binary; where that layout is not LibreOffice's usual one, assume Calc is there.
 */
function hasCalc(launcher: string): boolean {
  const program = dirname(realpathSync(launcher));
  const known = ["libsclo.so", "libsclo.dylib", "sclo.dll"];
  return !existsSync(join(program, "libswlo.so")) || known.some((name) => existsSync(join(program, name)));
}
const calcSkip = !soffice ? "LibreOffice (soffice) is not installed" : !hasCalc(soffice) ? "LibreOffice has no Calc (a Writer-only install)" : null;

describe.skipIf(calcSkip !== null)("LibreOffice opens tasks.xlsx", () => {
  if (calcSkip) console.warn(`${calcSkip}: the LibreOffice check of tasks.xlsx is skipped`);

  it("as three sheets, Vietnamese intact, dates as dates, 2.10 as text, each sheet filtered", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cchc-lo-"));
    const out = join(dir, "out");
    expect(cchc("parse", DUC_THO, "-f", "xlsx", "-o", join(dir, "tasks.xlsx")).code).toBe(0);
    // A private profile: a user's running LibreOffice, or another test's, must not take the conversion over.
    const convert = spawnSync(soffice!, [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", "fods", "--outdir", out, join(dir, "tasks.xlsx")], {
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(convert.status, convert.stderr).toBe(0);
    // Flat ODF: LibreOffice's own reading of every cell, as XML.
    const fods = readFileSync(join(out, "tasks.fods"), "utf8");
    expect([...fods.matchAll(/<table:table table:name="([^"]+)"/g)].map((m) => m[1])).toEqual(["Tasks", "Plans", "Agencies"]);
    expect(fods).toMatch(/office:value-type="string"[^>]*>\s*<text:p>2\.10<\/text:p>/);
    expect(fods).not.toMatch(/office:value="2\.1"/);
    expect(fods).toContain('office:date-value="2024-12-31"');
    expect(fods).toContain("<text:p>60/QĐ-UBND</text:p>");
    expect(fods).toContain("Thực hiện thẩm định chỉ số CCHC các địa phương");
    for (const sheet of ["Tasks", "Plans", "Agencies"]) {
      expect(fods).toMatch(new RegExp(`table:target-range-address="${sheet}\\.A1:${sheet}\\.[A-Z]+\\d+" table:display-filter-buttons="true"`));
    }
  });
});
