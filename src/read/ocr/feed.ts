/**
 * Page numbers handed to OCR one by one, as the text layer finds pages that need it: the first scanned page is drawn
 * and read while the rest of the file's text layer is still being read, instead of after it. A small module of its
 * own, so that the PDF reader can make one without loading OCR.
 */
export class PageFeed implements AsyncIterable<number> {
  readonly #queue: number[] = [];
  #ended = false;
  #wake: (() => void) | undefined;

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
      if (next !== undefined) yield next;
      else if (this.#ended) return;
      else {
        await new Promise<void>((resolve) => (this.#wake = resolve));
        this.#wake = undefined;
      }
    }
  }
}
