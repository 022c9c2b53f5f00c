import { describe, expect, it } from "vitest";
import { ROLES, ROLE_FIELDS, roleOfCompact, roleOfWords, tableKindOf } from "../../src/schema/roles.js";
import { taskSchema } from "../../src/schema/plan.js";

describe("the role table", () => {
  it("maps header words to roles, the first by precedence deciding", () => {
    expect(roleOfCompact("thoigianthuchien")).toBe("deadline");
    expect(roleOfCompact("coquanchutri")).toBe("lead");
    expect(roleOfCompact("donviphoihop")).toBe("partners");
    expect(roleOfCompact("stt")).toBe("number");
    expect(roleOfCompact("noidungnhiemvu")).toBe("task");
    expect(roleOfCompact("ghichu")).toBe("extra");
    expect(roleOfCompact("")).toBe("extra");
  });
  it("reads the time and the doer in the other words plans use for them (issue 17)", () => {
    for (const header of ["thoidiemhoanthanh", "hanhoanthanh", "ngayhoanthanh", "namthuchien", "tiendothuchien"]) expect(roleOfCompact(header), header).toBe("deadline");
    for (const header of ["nguoithuchien", "donvicanhanthuchien", "canhanphutrach", "coquanthammuu"]) expect(roleOfCompact(header), header).toBe("lead");
    // Not a time: what is achieved ("Kết quả hoàn thành") and a unit of measure ("Đơn vị tính").
    expect(roleOfCompact("ketquahoanthanh")).toBe("products");
    expect(roleOfCompact("donvitinh")).toBe("extra");
    expect(roleOfCompact("lanhdaophutrach")).toBe("extra");
  });
  it("reads the title of a programmed work, an agency column by what it holds, a schedule's day (issue 17)", () => {
    for (const header of ["tenvanban", "tendean", "noidungcongviec"]) expect(roleOfCompact(header), header).toBe("task");
    for (const header of ["coquandonvi", "coquan", "diaphuong", "coquantheodoidanhgia", "donvidaumoi"]) expect(roleOfCompact(header), header).toBe("lead");
    for (const header of ["ngaykiemtra", "lichkiemtra", "thang"]) expect(roleOfCompact(header), header).toBe("deadline");
    // A bare "Đơn vị" is a unit of measure; what a comment on a draft says is no task; a form of document is no task.
    expect(roleOfCompact("donvi")).toBe("extra");
    expect(roleOfCompact("noidunggopy")).toBe("extra");
    expect(roleOfCompact("capbanhanh")).toBe("extra");
  });
  it("reads an index plan's table: the remedy is the task; shortcoming, cause, score and criterion are kept as written (issue 17)", () => {
    for (const header of ["nhiemvugiaiphap", "giaiphapkhacphuc", "bienphapkhacphuc", "noidungkhacphuc", "nhiemvukhacphuctontaihanche"]) {
      expect(roleOfCompact(header), header).toBe("task");
    }
    for (const header of ["tontaihanche", "noidungtontaihanche", "nguyennhan", "diemtoida", "diemdatnam2025", "ketquanam2025diem", "chisothanhphan", "tieuchitieuchithanhphan", "linhvuctieuchitieuchithanhphan"]) {
      expect(roleOfCompact(header), header).toBe("extra");
    }
    // The words these rules keep apart from still read as before.
    expect(roleOfCompact("ketquanam2025")).toBe("products");
    expect(roleOfCompact("ketquasanpham")).toBe("products");
    expect(roleOfCompact("muctieuchitieu")).toBe("objective");
    expect(roleOfCompact("linhvuc")).toBe("area");
  });
  it("names only fields the Task schema has (nested fields by their parent)", () => {
    const fields = new Set(Object.keys(taskSchema.shape));
    for (const field of ROLE_FIELDS) expect(fields.has(field.split(".")[0]!), field).toBe(true);
  });
  it("gives every role an id once", () => {
    const ids = ROLES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it("tells a table's kind from its roles; a table naming no responsibility assigns nothing", () => {
    expect(tableKindOf(["number", "task", "lead", "partners", "deadline"])).toBe("task");
    expect(tableKindOf(["number", "objective", "lead"])).toBe("target");
    expect(tableKindOf(["number", "task", "extra"])).toBeUndefined();
    // An activity column with no task column beside it names the rows of a task table.
    expect(tableKindOf(["number", "activities", "lead", "partners", "deadline"])).toBe("task");
    expect(tableKindOf(["number", "activities", "extra"])).toBeUndefined();
  });
});

describe("roleOfWords: a header with one word torn by a seal, a stamp or OCR", () => {
  const words = (text: string) => text.split(" ");
  it.each([
    // a seal over "được"
    ["ten don vi eroc kiem tra", "subject"],
    // … and OCR cut what was left of it in pieces
    ["ten don vi e r oc kiem tra", "subject"],
    // … or left two letters of it in a row ("tộc"): no header word is within half its letters, "được" keeps "oc"
    ["ten don vi toc kiem tra", "subject"],
    // close to "được" and to "thực" alike: "được kiểm tra" leans on more read letters than "đơn vị thực"
    ["don vi thoc kiem tra", "subject"],
    // a letter lost
    ["co quan chu trl", "lead"],
    ["don vi phoi hoq", "partners"],
    ["thoi gan thuc hien", "deadline"],
    ["noi dung nhiem vx", "task"],
  ])("%s → %s", (text, expected) => {
    expect(roleOfWords(words(text))).toBe(expected);
  });
  it.each([
    // no guess: two torn words, one readable word, a word too short to read back, nothing close
    ["ten don xzq erqc kiem tra"],
    ["xyzw tra"],
    ["ghi chu"],
    ["ky ten"],
    ["so luong ho so"],
    // the torn word alone would name the role ("moc"): the readable words do not carry it
    ["ten don vi mxc"],
    // a word of its own ("Đơn vị tính", a target table's unit of measure) keeps no two letters of "thực" in a row
    ["don vi tinh"],
    ["co quan xac"],
    // two words of their own that no header word is close to ("góp ý" after "Nội dung": comments, not tasks)
    ["noi dung gop y"],
  ])("%s → extra", (text) => {
    expect(roleOfWords(words(text))).toBe("extra");
  });
  it("never lets a fuzzy match beat an exact one", () => {
    // "thoi gian" is read exactly as a deadline; the torn word after it changes nothing
    expect(roleOfWords(words("thoi gian hxan thanh"))).toBe("deadline");
    expect(roleOfWords(words("co quan chu tri"))).toBe("lead");
  });
});
