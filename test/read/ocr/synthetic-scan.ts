/**
 * A scanned page made in the test itself, so the OCR tests need no tool outside node_modules: the opening of seed
 * plan 000 and a bordered table are drawn at 200 dpi in DejaVu Serif (Debian's fonts-dejavu, part of the base
 * machine; the Liberation Sans that pdf.js ships lacks the Vietnamese letters), the page is turned by a known angle, speckled with seeded noise, JPEG-compressed, and wrapped in a
 * one-image PDF with no text layer. What was drawn is known exactly, so it is the expected text.
 */
import { existsSync, readFileSync } from "node:fs";
import { createCanvas, GlobalFonts } from "@napi-rs/canvas";

export const SCAN_DPI = 200;
const PAGE_WIDTH_PT = 595.28;
const PAGE_HEIGHT_PT = 841.89;
const FONT = "CchcOcrTestSans";

export interface SyntheticScan {
  pdf: Uint8Array;
  /** The running text drawn above the table, one string per printed line. */
  lines: string[];
  /** Bottom of the running text and top of the table, PDF points from the top of the page (before rotation). */
  textBottomPt: number;
  /** The table's border positions in PDF points (before rotation). */
  table: { left: number; right: number; top: number; bottom: number; rows: number[]; columns: number[] };
  /** The angle the page was turned by, degrees clockwise. */
  degrees: number;
  widthPt: number;
  heightPt: number;
}

const FONT_FILES = ["/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"];

/** The font file the scan is drawn with, or null when the machine has none with Vietnamese letters. */
export function vietnameseFont(): string | null {
  return FONT_FILES.find((file) => existsSync(file)) ?? null;
}

function registerFont(): void {
  if (GlobalFonts.has(FONT)) return;
  const file = vietnameseFont();
  if (file === null) throw new Error(`no font with Vietnamese letters: looked for ${FONT_FILES.join(", ")}`);
  GlobalFonts.registerFromPath(file, FONT);
}

/** The opening lines (paragraphs) of seed 000, as a clerk would have typed them. */
export function seedOpening(): string[] {
  const seed = readFileSync(new URL("../../../fixtures/plans/000_cc8d44a7a110d77b.txt", import.meta.url), "utf8");
  return seed
    .normalize("NFC")
    .split("\n")
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "")
    .slice(0, 9);
}

function wrap(measure: (text: string) => number, paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of paragraph.split(/\s+/u)) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (line !== "" && measure(candidate) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** Park–Miller: the same speckle on every run. */
function noise(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

export async function makeSyntheticScan(
  options: { degrees?: number; seed?: number; tableRows?: number } = {},
): Promise<SyntheticScan> {
  registerFont();
  const degrees = options.degrees ?? 1;
  const px = (pt: number) => Math.round((pt * SCAN_DPI) / 72);
  const width = px(PAGE_WIDTH_PT);
  const height = px(PAGE_HEIGHT_PT);
  const margin = px(60);

  const page = createCanvas(width, height);
  const ctx = page.getContext("2d");
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = "#111111";
  ctx.textBaseline = "alphabetic";
  ctx.font = `${px(11)}px ${FONT}`;
  const lineHeight = px(16);

  const lines: string[] = [];
  let baseline = margin + px(11);
  for (const paragraph of seedOpening()) {
    for (const line of wrap((text) => ctx.measureText(text).width, paragraph, width - 2 * margin)) {
      ctx.fillText(line, margin, baseline);
      lines.push(line);
      baseline += lineHeight;
    }
    baseline += px(6);
  }
  const textBottom = baseline - lineHeight + px(4);

  // A 3-column table like an appendix: borders 1.5 px, mid-grey, as thin printed borders come out of a scanner.
  const columnsPt = [60, 200, 400, 535];
  const rowCount = options.tableRows ?? 3;
  const top = baseline + px(10);
  const rowsPx = Array.from({ length: rowCount + 1 }, (_, i) => top + i * px(40));
  ctx.strokeStyle = "#555555";
  ctx.lineWidth = 1.5;
  for (const y of rowsPx) {
    ctx.beginPath();
    ctx.moveTo(px(columnsPt[0]!), y);
    ctx.lineTo(px(columnsPt[columnsPt.length - 1]!), y);
    ctx.stroke();
  }
  for (const x of columnsPt) {
    ctx.beginPath();
    ctx.moveTo(px(x), rowsPx[0]!);
    ctx.lineTo(px(x), rowsPx[rowsPx.length - 1]!);
    ctx.stroke();
  }
  const cells = [
    ["Cải cách thể chế", "Rà soát văn bản quy phạm pháp luật", "Phòng Tư pháp"],
    ["Cải cách thủ tục hành chính", "Công bố TTHC mới ban hành", "Văn phòng HĐND và UBND"],
    ["Cải cách công vụ", "Đào tạo, bồi dưỡng công chức", "Phòng Nội vụ"],
  ];
  ctx.font = `${px(9)}px ${FONT}`;
  for (let r = 0; r < rowCount; r++) {
    for (let c = 0; c < 3; c++) {
      ctx.fillText(cells[r % cells.length]![c]!, px(columnsPt[c]!) + px(4), rowsPx[r]! + px(16));
    }
  }

  // The scan: turned about the centre on a page-sized sheet, then speckled.
  const scan = createCanvas(width, height);
  const scanCtx = scan.getContext("2d");
  scanCtx.fillStyle = "#ffffff";
  scanCtx.fillRect(0, 0, width, height);
  scanCtx.translate(width / 2, height / 2);
  scanCtx.rotate((degrees * Math.PI) / 180);
  // A scanner's optics soften edges a little.
  scanCtx.filter = "blur(0.7px)";
  scanCtx.drawImage(page, -width / 2, -height / 2);
  scanCtx.filter = "none";
  const image = scanCtx.getImageData(0, 0, width, height);
  const random = noise(options.seed ?? 20230101);
  for (let i = 0; i < width * height; i++) {
    const shift = Math.round((random() + random() + random() - 1.5) * 60);
    for (let k = 0; k < 3; k++) image.data[i * 4 + k] = Math.max(0, Math.min(255, image.data[i * 4 + k]! + shift));
  }
  scanCtx.setTransform(1, 0, 0, 1, 0, 0);
  scanCtx.putImageData(image, 0, 0);
  const jpeg = await scan.encode("jpeg", 80);

  const toPt = (value: number) => (value * 72) / SCAN_DPI;
  return {
    pdf: imagePdf(jpeg, width, height, PAGE_WIDTH_PT, PAGE_HEIGHT_PT),
    lines,
    textBottomPt: toPt(textBottom),
    table: {
      left: columnsPt[0]!,
      right: columnsPt[columnsPt.length - 1]!,
      top: toPt(rowsPx[0]!),
      bottom: toPt(rowsPx[rowsPx.length - 1]!),
      rows: rowsPx.map(toPt),
      columns: columnsPt,
    },
    degrees,
    widthPt: PAGE_WIDTH_PT,
    heightPt: PAGE_HEIGHT_PT,
  };
}

/** A PDF of one page showing one RGB JPEG over the whole page: what a scanner writes, without a text layer. */
export function imagePdf(jpeg: Uint8Array, widthPx: number, heightPx: number, widthPt: number, heightPt: number): Uint8Array {
  const encoder = new TextEncoder();
  const content = `q ${widthPt} 0 0 ${heightPt} 0 0 cm /Scan Do Q`;
  const objects: Uint8Array[][] = [
    [encoder.encode("<< /Type /Catalog /Pages 2 0 R >>")],
    [encoder.encode("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")],
    [
      encoder.encode(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${widthPt} ${heightPt}] /Resources << /XObject << /Scan 4 0 R >> >> /Contents 5 0 R >>`,
      ),
    ],
    [
      encoder.encode(
        `<< /Type /XObject /Subtype /Image /Width ${widthPx} /Height ${heightPx} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`,
      ),
      jpeg,
      encoder.encode("\nendstream"),
    ],
    [encoder.encode(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`)],
  ];
  const parts: Uint8Array[] = [encoder.encode("%PDF-1.4\n")];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((chunks, i) => {
    offsets.push(offset);
    for (const chunk of [encoder.encode(`${i + 1} 0 obj\n`), ...chunks, encoder.encode("\nendobj\n")]) {
      parts.push(chunk);
      offset += chunk.length;
    }
  });
  const xref =
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("") +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`;
  parts.push(encoder.encode(xref));
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const pdf = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    pdf.set(part, at);
    at += part.length;
  }
  return pdf;
}
