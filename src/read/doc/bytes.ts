/**
 * Little-endian reads that fail as a damaged-file InputError instead of returning undefined or reading past a
 * stream: every offset in a .doc comes from the file itself.
 */
import { InputError } from "../../errors.js";

export class Bytes {
  private readonly view: DataView;

  constructor(
    readonly data: Uint8Array,
    readonly name: string,
  ) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }

  get length(): number {
    return this.data.length;
  }

  private check(offset: number, size: number): void {
    if (!Number.isInteger(offset) || offset < 0 || offset + size > this.data.length) {
      throw new InputError(`not a readable .doc: damaged (${this.name} read at ${offset} past its ${this.data.length} bytes)`);
    }
  }

  u8(offset: number): number {
    this.check(offset, 1);
    return this.view.getUint8(offset);
  }

  u16(offset: number): number {
    this.check(offset, 2);
    return this.view.getUint16(offset, true);
  }

  i16(offset: number): number {
    this.check(offset, 2);
    return this.view.getInt16(offset, true);
  }

  u32(offset: number): number {
    this.check(offset, 4);
    return this.view.getUint32(offset, true);
  }

  i32(offset: number): number {
    this.check(offset, 4);
    return this.view.getInt32(offset, true);
  }

  slice(offset: number, size: number): Uint8Array {
    this.check(offset, size);
    return this.data.subarray(offset, offset + size);
  }

  /** `count` UTF-16LE code units from `offset`. */
  utf16(offset: number, count: number): string {
    this.check(offset, count * 2);
    let out = "";
    for (let i = 0; i < count; i++) out += String.fromCharCode(this.view.getUint16(offset + i * 2, true));
    return out;
  }
}
