/**
 * Page numbers handed to OCR one by one, as the text layer finds pages that need it: the first scanned page is drawn
 * and read while the rest of the file's text layer is still being read, instead of after it. A small module of its
 * own, so that the PDF reader can make one without loading OCR.
 */
export class PageFeed implements AsyncIterable<number> {
  readonly #queue: number[] = [];
  #ended = false;
  #wake: (() => void) | undefined;
  #markTaken: (() => void) | undefined;
  /**
   * Settles when OCR has taken the first page in hand (drawn it and given it to an engine) and asks for the next: the
   * reader of the text layer waits for it, since until then the engines have nothing to do, and the text layer would
   * otherwise hold the main thread while OCR's own start (loading the renderer, a `tesseract --version`) waits.
   */
  readonly firstTaken = new Promise<void>((resolve) => (this.#markTaken = resolve));

  /** `most`: how many pages may still come (the pages left in the file), which bounds the lanes worth starting. */
  constructor(readonly most: number) {}

  push(page: number): void {
    this.#queue.push(page);
    this.#wake?.();
  }

  end(): void {
    this.#ended = true;
    this.#wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<number> {
    for (;;) {
      const next = this.#queue.shift();
      if (next !== undefined) {
        yield next;
        this.#markTaken?.();
      } else if (this.#ended) return;
      else {
        await new Promise<void>((resolve) => (this.#wake = resolve));
        this.#wake = undefined;
      }
    }
  }
}
