/**
 * Batch progress on stderr: a one-line bar redrawn in place when stderr is a terminal (done/total, rate, ETA, the
 * file just started), one plain line per finished file otherwise (CI logs), nothing with -q. The summary table at the
 * end is a pure function of the totals.
 */
import { Chalk, type ChalkInstance } from "chalk";
import type { ReportEntry, Totals } from "./report.js";

export type ProgressMode = "bar" | "lines" | "off";

export interface ProgressStream {
  write(text: string): unknown;
  columns?: number;
}

const REDRAW_MS = 100;
const BAR_WIDTH = 24;

export function formatDuration(milliseconds: number): string {
  const seconds = Math.round(milliseconds / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m${String(seconds % 60).padStart(2, "0")}s`;
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, "0")}m`;
}

export function progressBar(done: number, total: number, elapsedMs: number, current: string, width = 80): string {
  const ratio = total === 0 ? 1 : done / total;
  const filled = Math.round(ratio * BAR_WIDTH);
  const rate = elapsedMs > 0 ? done / (elapsedMs / 1000) : 0;
  const eta = rate > 0 && done < total ? formatDuration(((total - done) / rate) * 1000) : "–";
  const head = `[${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)}] ${done}/${total}  ${rate.toFixed(1)} files/s  ETA ${eta}  `;
  const room = Math.max(0, width - head.length - 1);
  const name = current.length > room ? `…${current.slice(current.length - room + 1)}` : current;
  return head + name;
}

export function entryLine(entry: ReportEntry, done: number, total: number, chalk: ChalkInstance): string {
  const counter = chalk.dim(`[${done}/${total}]`);
  if (entry.status === "failed") return `${counter} ${chalk.red("failed")}  ${entry.input}: ${entry.reason ?? "unknown reason"}`;
  const status = entry.reused
    ? chalk.dim("up to date")
    : entry.status === "ok"
      ? chalk.green("ok")
      : entry.status === "not-a-plan"
        ? chalk.dim("not a plan")
        : chalk.yellow("partial");
  const errors = entry.diagnostics.error ? `, ${entry.diagnostics.error} errors` : "";
  return `${counter} ${status}  ${entry.input}  ${entry.tasks} tasks${errors}  ${chalk.dim(`${Math.round(entry.timeMs)} ms`)}`;
}

export class Progress {
  private done = 0;
  private current = "";
  private lastDraw = 0;
  private readonly started = Date.now();

  constructor(
    private readonly total: number,
    private readonly stream: ProgressStream,
    private readonly mode: ProgressMode,
    private readonly chalk: ChalkInstance = new Chalk({ level: 0 }),
  ) {}

  start(file: string): void {
    this.current = file;
    this.draw(false);
  }

  /** One more file done; in "lines" mode its entry is printed. */
  finish(entry?: ReportEntry): void {
    this.done++;
    if (this.mode === "lines" && entry) this.stream.write(`${entryLine(entry, this.done, this.total, this.chalk)}\n`);
    else this.draw(this.done === this.total);
  }

  /** Clears the bar so the summary starts on a clean line. */
  end(): void {
    if (this.mode === "bar" && this.lastDraw > 0) this.stream.write("\r\x1b[2K");
  }

  private draw(force: boolean): void {
    if (this.mode !== "bar") return;
    const now = Date.now();
    if (!force && now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    this.stream.write(`\r\x1b[2K${progressBar(this.done, this.total, now - this.started, this.current, this.stream.columns ?? 80)}`);
  }
}

export function summaryTable(totals: Totals, chalk: ChalkInstance = new Chalk({ level: 0 })): string {
  const rows: [string, string][] = [
    ["files", String(totals.files)],
    ["  ok", chalk.green(String(totals.ok))],
    ["  partial", totals.partial ? chalk.yellow(String(totals.partial)) : "0"],
    ["  not a plan", String(totals.notAPlan)],
    ["  failed", totals.failed ? chalk.red(String(totals.failed)) : "0"],
    ["  up to date (not redone)", String(totals.reused)],
    ["ignored (not a plan format)", String(totals.ignored)],
    ["tasks", chalk.bold(String(totals.tasks))],
    ["time", formatDuration(totals.timeMs)],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `${chalk.dim(label.padEnd(width))}  ${value}`).join("\n");
}
