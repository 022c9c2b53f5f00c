import { describe, expect, it } from "vitest";
import { ROLES, ROLE_FIELDS, roleOfCompact, tableKindOf } from "../../src/schema/roles.js";
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
  });
});
