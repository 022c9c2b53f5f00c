/**
 * A minimal PDF writer for reader tests: each page is a content stream in PDF user space (origin bottom-left), with
 * Helvetica (F1) and Helvetica-Bold (F2) via WinAnsi, so only ASCII text. A page may also carry form XObjects (`/Fm1
 * Do`) and annotations whose appearance is a content stream. The xref offsets are computed, so pdf.js reads it
 * without repair.
 */
export interface TestPage {
  content: string;
  width?: number;
  height?: number;
  rotate?: number;
  /** Form XObjects by resource name, drawn with `/Name Do`. */
  forms?: Record<string, { content: string; matrix?: number[] }>;
  /** Annotations with an appearance stream (what a stamp or a form field draws). */
  annotations?: Array<{ rect: [number, number, number, number]; appearance: string }>;
}

export function makePdf(pages: TestPage[]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => {
    objects.push(body);
    return objects.length;
  };
  const stream = (content: string, dict = ""): number => add(`<< ${dict} /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`);
  const catalog = add("");
  const pagesId = add("");
  const font = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  const bold = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
  const fonts = `/Font << /F1 ${font} 0 R /F2 ${bold} 0 R >>`;
  const kids: number[] = [];
  for (const page of pages) {
    const width = page.width ?? 595;
    const height = page.height ?? 842;
    const contents = stream(page.content);
    const forms = Object.entries(page.forms ?? {}).map(([name, form]) => {
      const matrix = form.matrix ? ` /Matrix [${form.matrix.join(" ")}]` : "";
      const id = stream(form.content, `/Type /XObject /Subtype /Form /BBox [0 0 ${width} ${height}]${matrix} /Resources << ${fonts} >>`);
      return `/${name} ${id} 0 R`;
    });
    const annotations = (page.annotations ?? []).map((annotation) => {
      const [x1, y1, x2, y2] = annotation.rect;
      const appearance = stream(annotation.appearance, `/Type /XObject /Subtype /Form /BBox [0 0 ${x2 - x1} ${y2 - y1}] /Resources << ${fonts} >>`);
      return add(`<< /Type /Annot /Subtype /Stamp /Rect [${annotation.rect.join(" ")}] /F 4 /AP << /N ${appearance} 0 R >> >>`);
    });
    const xobjects = forms.length > 0 ? ` /XObject << ${forms.join(" ")} >>` : "";
    const annots = annotations.length > 0 ? ` /Annots [${annotations.map((a) => `${a} 0 R`).join(" ")}]` : "";
    const rotate = page.rotate ? ` /Rotate ${page.rotate}` : "";
    kids.push(add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${width} ${height}]${rotate} /Contents ${contents} 0 R /Resources << ${fonts}${xobjects} >>${annots} >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesId} 0 R >>`;
  objects[pagesId - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`;
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, "latin1"));
}
