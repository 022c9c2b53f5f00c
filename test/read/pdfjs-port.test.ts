import { describe, expect, it } from "vitest";
import { CopyingLoopbackPort } from "../../src/read/pdfjs-port.js";

/** Posts one message and resolves with what every listener received. */
function roundTrip(port: CopyingLoopbackPort, message: unknown, transfer?: unknown[]): Promise<unknown> {
  return new Promise((resolve) => {
    const listener = (event: { data: unknown }): void => {
      port.removeEventListener("message", listener);
      resolve(event.data);
    };
    port.addEventListener("message", listener);
    port.postMessage(message, transfer);
  });
}

const TRANSFORM = 12;
const SHOW_TEXT = 44;

describe("CopyingLoopbackPort", () => {
  it("delivers a copy later, so that what the sender changes afterwards does not show", async () => {
    const port = new CopyingLoopbackPort({ keepArgsOf: [] });
    const items = [{ str: "Kế hoạch", transform: [1, 0, 0, 1, 72, 700] }];
    const message = { stream: 4, chunk: { items, styles: Object.create(null) as object } };
    const received = roundTrip(port, message);
    // pdf.js reuses its buffers once a chunk is posted.
    items.length = 0;
    message.chunk.styles = { f1: {} };
    expect(await received).toEqual({ stream: 4, chunk: { items: [{ str: "Kế hoạch", transform: [1, 0, 0, 1, 72, 700] }], styles: {} } });
  });

  it("delivers messages in order to every listener", async () => {
    const port = new CopyingLoopbackPort({ keepArgsOf: [] });
    const seen: string[] = [];
    port.addEventListener("message", (event) => seen.push(`a${String(event.data)}`));
    port.addEventListener("message", (event) => seen.push(`b${String(event.data)}`));
    port.postMessage(1);
    port.postMessage(2);
    expect(seen).toEqual([]);
    await Promise.resolve();
    await Promise.resolve();
    expect(seen).toEqual(["a1", "b1", "a2", "b2"]);
  });

  it("keeps the arguments of the wanted operators only in an operator list chunk", async () => {
    const port = new CopyingLoopbackPort({ keepArgsOf: [TRANSFORM] });
    const fnArray = [TRANSFORM, SHOW_TEXT];
    const argsArray: unknown[] = [[1, 0, 0, 1, 10, 20], [[{ unicode: "K", width: 500 }]]];
    const received = roundTrip(port, { stream: 4, chunk: { fnArray, argsArray, lastChunk: true, separateAnnots: null, length: 2 } });
    fnArray.length = 0;
    argsArray.length = 0;
    expect(await received).toEqual({
      stream: 4,
      chunk: { fnArray: [TRANSFORM, SHOW_TEXT], argsArray: [[1, 0, 0, 1, 10, 20], null], lastChunk: true, separateAnnots: null, length: 2 },
    });
  });

  it("turns the glyphs of the text operator into DrawnGlyphs, one per pdf.js glyph, and keeps TJ adjustments", async () => {
    const port = new CopyingLoopbackPort({ keepArgsOf: [], glyphsOf: SHOW_TEXT });
    // pdf.js's glyph objects carry more than a run needs (the font's own character, accents, ids).
    class PdfJsGlyph {
      constructor(
        readonly unicode: string,
        readonly width: number,
        readonly originalCharCode: number,
        readonly fontChar = "x",
      ) {}
    }
    const k = new PdfJsGlyph("K", 667, 0x4b);
    const space = new PdfJsGlyph(" ", 278, 0x20);
    const mark = new PdfJsGlyph("\u0301", 0, 0x301);
    const glyphs = [k, -250, space, mark, k];
    const message = { stream: 4, chunk: { fnArray: [SHOW_TEXT, SHOW_TEXT], argsArray: [[glyphs], [[k]]], lastChunk: true, separateAnnots: null, length: 2 } };
    const { chunk } = (await roundTrip(port, message)) as { chunk: { argsArray: unknown[][][] } };
    const [first, second] = chunk.argsArray;
    expect(first![0]).toEqual([
      { unicode: "K", width: 667, isSpace: false, kind: "visible" },
      -250,
      { unicode: " ", width: 278, isSpace: true, kind: "whitespace" },
      { unicode: "\u0301", width: 0, isSpace: false, kind: "zero-width-mark" },
      { unicode: "K", width: 667, isSpace: false, kind: "visible" },
    ]);
    // The same pdf.js glyph is one DrawnGlyph wherever it is drawn.
    expect(second![0]![0]).toBe(first![0]![0]);
    expect(first![0]![4]).toBe(first![0]![0]);
  });

  it("hands transferred buffers over as they are and clones other typed arrays and class instances", async () => {
    const port = new CopyingLoopbackPort({ keepArgsOf: [] });
    const path = new Float32Array([0, 1, 2]);
    const kept = new Uint8Array([1, 2, 3]);
    const map = new Map([["a", 1]]);
    const received = (await roundTrip(port, { path, kept, map }, [path.buffer])) as { path: Float32Array; kept: Uint8Array; map: Map<string, number> };
    expect(received.path).toBe(path);
    expect(received.kept).not.toBe(kept);
    expect(received.kept).toEqual(kept);
    expect(received.map).not.toBe(map);
    expect(received.map.get("a")).toBe(1);
  });

  it("keeps operator lists whole for drawing, and hands over a transferred object structuredClone cannot carry", async () => {
    const port = new CopyingLoopbackPort({ keepArgsOf: "all" });
    const argsArray: unknown[] = [[1, 0, 0, 1, 10, 20], [[{ unicode: "K", width: 500 }]]];
    const chunk = { fnArray: [TRANSFORM, SHOW_TEXT], argsArray, lastChunk: true, separateAnnots: null, length: 2 };
    expect(await roundTrip(port, { stream: 4, chunk })).toEqual({ stream: 4, chunk: { ...chunk, argsArray: [[1, 0, 0, 1, 10, 20], [[{ unicode: "K", width: 500 }]]] } });
    // A natively decoded image stands for itself: an instance that structuredClone refuses (a function of its own).
    class Bitmap {
      width = 2;
      height = 1;
      close = (): void => undefined;
    }
    const bitmap = new Bitmap();
    expect(() => structuredClone(bitmap)).toThrow();
    const received = (await roundTrip(port, ["img_p0_1", 0, "Image", { bitmap, width: 2, height: 1 }], [bitmap])) as unknown[];
    expect((received[3] as { bitmap: unknown }).bitmap).toBe(bitmap);
  });

  it("delivers what `prepare` makes of a transferred object in its place, keeping the order of messages", async () => {
    class Encoded {
      constructor(readonly bytes: string) {}
    }
    const port = new CopyingLoopbackPort({
      keepArgsOf: "all",
      prepare: (value) => (value instanceof Encoded ? new Promise((resolve) => setTimeout(() => resolve(`decoded ${value.bytes}`), 10)) : undefined),
    });
    const seen: unknown[] = [];
    port.addEventListener("message", (event) => seen.push(event.data));
    const image = new Encoded("jpeg");
    port.postMessage(["img_p0_1", 0, "Image", { bitmap: image, width: 2, height: 1 }], [image]);
    port.postMessage("after");
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(seen).toEqual([["img_p0_1", 0, "Image", { bitmap: "decoded jpeg", width: 2, height: 1 }], "after"]);
  });

  it("falls back to structuredClone for a message that refers to itself", async () => {
    const port = new CopyingLoopbackPort({ keepArgsOf: [] });
    const cyclic: { name: string; self?: unknown } = { name: "loop" };
    cyclic.self = cyclic;
    const received = (await roundTrip(port, cyclic)) as typeof cyclic;
    expect(received).not.toBe(cyclic);
    expect(received.self).toBe(received);
  });

  it("stops delivering to a listener whose signal aborted", async () => {
    const port = new CopyingLoopbackPort({ keepArgsOf: [] });
    const controller = new AbortController();
    const seen: unknown[] = [];
    port.addEventListener("message", (event) => seen.push(event.data), { signal: controller.signal });
    port.postMessage("before");
    await Promise.resolve();
    controller.abort();
    port.postMessage("after");
    await Promise.resolve();
    expect(seen).toEqual(["before"]);
  });
});
