import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { openPdf } from "../../src/read/pdf.js";

type ToBase64 = (this: Uint8Array, options?: unknown) => string;
const engineHasToBase64 = typeof (Uint8Array.prototype as { toBase64?: ToBase64 }).toBase64 === "function";

/** The method in place once pdf.js is loaded (its legacy build polyfills it where the engine has none). */
async function loadedToBase64(): Promise<ToBase64> {
  const { doc } = await openPdf(new Uint8Array(readFileSync("fixtures/pdf/001.vni.pdf")), undefined);
  await doc.destroy();
  const method = (Uint8Array.prototype as { toBase64?: ToBase64 }).toBase64;
  if (typeof method !== "function") throw new Error("no toBase64 after pdf.js loaded");
  return method;
}

describe("Uint8Array.prototype.toBase64 after pdf.js has loaded", () => {
  it("encodes as standard base64 with padding, for any length and for views into a larger buffer", async () => {
    const toBase64 = await loadedToBase64();
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 37 + 11) % 256);
    for (const length of [0, 1, 2, 3, 4, 5, 255, 1000]) {
      const view = bytes.subarray(0, length);
      expect(toBase64.call(view)).toBe(Buffer.from(view).toString("base64"));
    }
    const inner = bytes.subarray(7, 500);
    expect(toBase64.call(inner)).toBe(Buffer.from(inner).toString("base64"));
  });

  it("still honours options, through the method it wraps", async () => {
    const toBase64 = await loadedToBase64();
    const bytes = new Uint8Array([251, 255, 191, 0, 62]);
    expect(toBase64.call(bytes, { alphabet: "base64url", omitPadding: true })).toBe(Buffer.from(bytes).toString("base64url"));
    expect(() => toBase64.call(bytes, null)).toThrow(TypeError);
  });

  it.skipIf(engineHasToBase64)("is no longer core-js's character-by-character polyfill on an engine without one", async () => {
    const toBase64 = await loadedToBase64();
    expect(toBase64.name).toBe("toBase64ByBuffer");
  });
});
