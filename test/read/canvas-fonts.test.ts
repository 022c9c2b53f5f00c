import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCanvasWithoutFontScan, registerSystemFonts } from "../../src/read/pdfjs-env.js";

const canvasIndex = (): string => {
  const require = createRequire(import.meta.url);
  return readFileSync(path.join(path.dirname(require.resolve("@napi-rs/canvas/package.json")), "index.js"), "utf8");
};

describe("system fonts of @napi-rs/canvas, loaded before drawing instead of at start-up", () => {
  it("skips exactly the block that DISABLE_SYSTEM_FONTS_LOAD guards in the installed @napi-rs/canvas", () => {
    // If a new version loads fonts some other way, registerSystemFonts must follow it: this test then fails.
    const source = canvasIndex();
    const guarded = /if \(!process\.env\.DISABLE_SYSTEM_FONTS_LOAD\) \{([\s\S]*?)\n\}\n/.exec(source)?.[1];
    expect(guarded).toBeDefined();
    const calls = [...guarded!.matchAll(/GlobalFonts\.(\w+)\(([^\n]*)\)\n/g)].map((m) => `${m[1]}(${m[2]})`);
    expect(calls).toEqual([
      "loadSystemFonts()",
      "loadFontsFromDir(join(homedirPath, 'AppData', 'Local', 'Microsoft', 'Windows', 'Fonts'))",
      "loadFontsFromDir(join(homedirPath, 'Library', 'Fonts'))",
      "loadFontsFromDir(join('usr', 'local', 'share', 'fonts'))",
      "loadFontsFromDir(join(homedirPath, '.fonts'))",
    ]);
  });

  it("registers the same folders, in the same order, on each platform", () => {
    const record = (platform: NodeJS.Platform): string[] => {
      const calls: string[] = [];
      registerSystemFonts({ loadSystemFonts: () => calls.push("system"), loadFontsFromDir: (dir) => calls.push(dir) }, platform, "/home/u");
      return calls;
    };
    expect(record("linux")).toEqual(["system", path.join("usr", "local", "share", "fonts"), path.join("/home/u", ".fonts")]);
    expect(record("darwin")).toEqual(["system", path.join("/home/u", "Library", "Fonts")]);
    expect(record("win32")).toEqual(["system", path.join("/home/u", "AppData", "Local", "Microsoft", "Windows", "Fonts")]);
    expect(record("freebsd")).toEqual(["system"]);
  });

  it("leaves the environment as it found it", () => {
    const before = process.env.DISABLE_SYSTEM_FONTS_LOAD;
    loadCanvasWithoutFontScan();
    expect(process.env.DISABLE_SYSTEM_FONTS_LOAD).toBe(before);
  });
});
