/**
 * The environment pdf.js reads PDFs in, set up for speed: pdf.js's global replacement of `Array.prototype.push` undone,
 * and a stand-in document that lets pdf.js skip drawing glyphs nobody looks at.
 *
 * The legacy build of pdf.js bundles core-js, and core-js replaces `Array.prototype.push` on V8 with a JavaScript
 * version (V8's builtin does not throw when nothing is pushed onto an array whose length is read-only, a corner case
 * nothing here relies on). The replacement is global and much slower than the builtin, and every push in the process
 * pays for it: pdf.js's own parser, the layout, the rest of the pipeline. The main module and the worker module of pdf.js each install their copy when they load, so the
 * builtin is put back after each.
 */

import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

/** `Array.prototype.push` as the engine provides it, taken when this module loads (before pdf.js does). */
const builtinPush = Array.prototype.push;
const builtinIsNative = /\{\s*\[native code\]\s*\}\s*$/.test(Function.prototype.toString.call(builtinPush));

/** Puts the engine's `Array.prototype.push` back if pdf.js replaced it. */
export function restoreBuiltinPush(): void {
  // Something loaded pdf.js before this module: there is no builtin to put back, and we leave things as they are.
  if (!builtinIsNative || Array.prototype.push === builtinPush) return;
  Object.defineProperty(Array.prototype, "push", { value: builtinPush, writable: true, enumerable: false, configurable: true });
}

type ToBase64 = (this: Uint8Array, options?: unknown) => string;
interface Base64Prototype {
  toBase64?: ToBase64;
}

/**
 * Where the engine has no `Uint8Array.prototype.toBase64` (Node 20), pdf.js's legacy build installs core-js's, which
 * builds the string a character at a time; pdf.js calls it on every font it installs (the whole font program, as a
 * `@font-face` rule that FONTLESS_DOCUMENT then drops), megabytes of short-lived strings a document. Called after
 * pdf.js has loaded: a polyfill in place is wrapped so that a call without options (pdf.js's one call) is encoded by
 * Node's Buffer, the same standard alphabet with padding; a call with options, or on anything but a Uint8Array, still
 * goes to the polyfill. An engine's own method is never touched (see `engineToBase64`).
 */
export function fastenBase64Polyfill(): void {
  const installed = (Uint8Array.prototype as Base64Prototype).toBase64;
  if (engineToBase64 !== undefined || typeof installed !== "function" || fastened.has(installed)) return;
  const toBase64ByBuffer: ToBase64 = function (this: Uint8Array, ...options: [options?: unknown]) {
    if (options.length > 0 || !(this instanceof Uint8Array)) return installed.apply(this, options);
    return Buffer.from(this.buffer, this.byteOffset, this.byteLength).toString("base64");
  };
  fastened.add(toBase64ByBuffer);
  Object.defineProperty(Uint8Array.prototype, "toBase64", { value: toBase64ByBuffer, writable: true, enumerable: false, configurable: true });
}
const fastened = new WeakSet<ToBase64>();
/**
 * The method as it was when this module loaded, before pdf.js: core-js makes its polyfills' source read as native
 * code, so only what was there first tells an engine's method from one. Something there already (the engine's, or a
 * polyfill of whatever loaded first) is left alone.
 */
const engineToBase64 = (Uint8Array.prototype as Base64Prototype).toBase64;

/** The little of a DOM document that pdf.js touches to install a font as a `@font-face` rule. */
interface FontRuleDocument {
  createElement(tag: string): { sheet: { insertRule(rule: string, index: number): number; cssRules: unknown[] }; remove(): void };
  documentElement: { getElementsByTagName(tag: string): Array<{ append(node: unknown): void }> };
}

/**
 * A document that takes pdf.js's `@font-face` rules and drops them, for documents that are read and never rendered.
 * With font faces disabled (pdf.js's default on Node), pdf.js instead compiles every glyph a page draws into a path
 * and posts it to the main thread during `getOperatorList`, for drawings nobody makes here.
 * Should a later pdf.js want more of the document, installing the font fails and pdf.js falls back to glyph paths,
 * as before: slower, with the same text and fonts.
 */
export const FONTLESS_DOCUMENT: FontRuleDocument = {
  createElement: () => ({ sheet: { insertRule: () => 0, cssRules: [] }, remove: () => undefined }),
  documentElement: { getElementsByTagName: () => [{ append: () => undefined }] },
};

/** What pdf.js hands an `ImageDecoder` (WebCodecs) and reads from it: `data` and `type`, then `decode().image`. */
interface ImageDecoderInit {
  data: Uint8Array;
  type: string;
}

/** A decoded image as pdf.js uses the `image` of a WebCodecs decoder: drawn onto a canvas, then closed. */
export type DecodedImage = import("@napi-rs/canvas").Image & { close(): void };

/**
 * A page image's JPEG as pdf.js's worker gave it to the `ImageDecoder`, not decoded yet: pdf.js decodes every image of
 * a page it builds the operator list of, drawn or not, and the text-layer reader draws nothing, so decoding waits until
 * a document that draws receives it (`decodeJpeg`, called by its port).
 */
export class EncodedJpeg {
  constructor(readonly bytes: Uint8Array) {}

  /** pdf.js closes the images of a page it cleans up. */
  close(): void {}
}

/** The image a JPEG decodes to, by @napi-rs/canvas (Skia with libjpeg-turbo), in libuv's thread pool. */
export async function decodeJpeg(jpeg: EncodedJpeg): Promise<DecodedImage> {
  const { loadImage } = await import("@napi-rs/canvas");
  const image = (await loadImage(Buffer.from(jpeg.bytes.buffer, jpeg.bytes.byteOffset, jpeg.bytes.byteLength))) as DecodedImage;
  // pdf.js closes an ImageBitmap once the page is drawn; a Skia image is freed by the garbage collector.
  image.close = () => undefined;
  return image;
}

/**
 * WebCodecs' `ImageDecoder` for JPEG, natively: pdf.js hands a page's JPEG images to an `ImageDecoder` when one exists
 * (its browser path) and otherwise decodes them in JavaScript on this thread, several times slower, which was most of
 * the time rendering a scanned page took. pdf.js falls back to its own decoder by itself for what it keeps for itself
 * (CMYK and Adobe colour transforms, a Decode array, an image it must mask or resize, grey images outside a
 * browser). Only JPEG is offered: pdf.js asks about BMP too, for resizing huge images, and gets "no". The decoding
 * itself is left to the receiving end (`EncodedJpeg`).
 */
class NativeJpegDecoder {
  static isTypeSupported(type: string): Promise<boolean> {
    return Promise.resolve(type === "image/jpeg");
  }

  #data: Uint8Array | null;

  constructor(init: ImageDecoderInit) {
    this.#data = init.type === "image/jpeg" ? init.data : null;
  }

  decode(): Promise<{ image: EncodedJpeg }> {
    if (!this.#data) return Promise.reject(new Error("only JPEG is decoded natively"));
    return Promise.resolve({ image: new EncodedJpeg(this.#data) });
  }

  close(): void {
    this.#data = null;
  }
}

/**
 * Makes `NativeJpegDecoder` the process's `ImageDecoder`, unless the process has one. It is global: a program that
 * also runs pdf.js on this thread, through pdf.js's own in-thread worker and the same pdfjs-dist, would be handed
 * `EncodedJpeg`s its port cannot clone, and pdf.js would leave those images out of its drawings (a worker thread,
 * pdf.js's default in a browser, has globals of its own). Nothing tells the documents apart: pdf.js hands the decoder
 * a copy of the JPEG's bytes and keeps the choice of decoder per process. pdf.js's worker module reads
 * whether one exists as it loads, so this runs before it is imported; documents then opt in with
 * `isImageDecoderSupported: true` (both the reading and the rendering documents, since pdf.js keeps the choice per
 * process once it has decoded its first JPEG), and their messages need a port that hands an `EncodedJpeg` over
 * (`CopyingLoopbackPort`, which decodes it for a rendering document): pdf.js's own would try to clone it.
 */
export function installNativeJpegDecoder(): void {
  if ("ImageDecoder" in globalThis) return;
  Object.defineProperty(globalThis, "ImageDecoder", { value: NativeJpegDecoder, writable: true, configurable: true, enumerable: false });
}

type NapiCanvas = typeof import("@napi-rs/canvas");

/** The system fonts @napi-rs/canvas was loaded without, still to be registered before anything is drawn. */
let systemFontsPending = false;

/**
 * Loads @napi-rs/canvas, which pdf.js requires as it loads (for `DOMMatrix`, `Path2D`, `ImageData`), without its
 * scan of the system's font folders: Skia opens every font file there, tens to a hundred and more milliseconds of
 * CPU at start-up for a process that, reading a text layer, draws nothing. Fonts matter only when a page is drawn
 * (pdf.js writes text with `fillText` in a system font when it has no glyph outlines), so `loadSystemFonts` registers
 * the same folders in the same order before the first drawing. Called before pdf.js is imported, so that pdf.js's
 * own `require` finds the module loaded. @napi-rs/canvas reads `DISABLE_SYSTEM_FONTS_LOAD` only while it loads; the
 * variable is set for that moment and put back, so child processes (tesseract) see the environment unchanged. Where
 * the module was loaded already, or the user set the variable, nothing changes.
 */
export function loadCanvasWithoutFontScan(): void {
  // Resolved as pdf.js resolves it, so that both land on the same module instance.
  const require = createRequire(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
  const resolved = require.resolve("@napi-rs/canvas");
  if (require.cache[resolved]) return;
  const before = process.env.DISABLE_SYSTEM_FONTS_LOAD;
  if (before) return;
  process.env.DISABLE_SYSTEM_FONTS_LOAD = "1";
  try {
    require(resolved);
    systemFontsPending = true;
  } catch {
    // pdf.js reports a missing canvas itself when it loads.
  } finally {
    delete process.env.DISABLE_SYSTEM_FONTS_LOAD;
  }
}

/** What @napi-rs/canvas does at load unless told not to (its index.js), done once before the first page is drawn. */
export function loadSystemFonts(canvas: Pick<NapiCanvas, "GlobalFonts">): void {
  if (!systemFontsPending) return;
  systemFontsPending = false;
  registerSystemFonts(canvas.GlobalFonts as SystemFontLoader, os.platform(), os.homedir());
}

/** The part of @napi-rs/canvas's `GlobalFonts` that loads fonts (`loadSystemFonts` is missing from its typings). */
export interface SystemFontLoader {
  loadSystemFonts?: () => void;
  loadFontsFromDir(path: string): number;
}

/** @napi-rs/canvas's font loading at start-up, call for call (its index.js, version 0.1.80). */
export function registerSystemFonts(fonts: SystemFontLoader, platform: NodeJS.Platform, home: string): void {
  fonts.loadSystemFonts?.();
  switch (platform) {
    case "win32":
      fonts.loadFontsFromDir(path.join(home, "AppData", "Local", "Microsoft", "Windows", "Fonts"));
      break;
    case "darwin":
      fonts.loadFontsFromDir(path.join(home, "Library", "Fonts"));
      break;
    case "linux":
      // (Relative, as @napi-rs/canvas writes it.)
      fonts.loadFontsFromDir(path.join("usr", "local", "share", "fonts"));
      fonts.loadFontsFromDir(path.join(home, ".fonts"));
      break;
  }
}
