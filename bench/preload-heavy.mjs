// Loaded with `node --import` by bench/run.mjs: what `cchc parse plan.txt` would cost if the PDF, DOCX, OCR and zip
// readers were imported eagerly instead of when their format appears.
await Promise.all([
  import("pdfjs-dist/legacy/build/pdf.mjs"),
  import("pdf-parse"),
  import("mammoth"),
  import("tesseract.js"),
  import("@napi-rs/canvas"),
  import("jszip"),
]);
