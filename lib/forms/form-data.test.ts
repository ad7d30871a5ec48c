import { describe, expect, it } from "vitest";
import { formRowId } from "./form-data";

const form = (id?: string | Blob) => {
  const f = new FormData();
  if (id !== undefined) f.set("id", id);
  return f;
};

describe("a form's row id", () => {
  it("reads a plain positive 32-bit integer", () => {
    expect(formRowId(form("1"))).toBe(1);
    expect(formRowId(form("2147483647"))).toBe(2147483647);
  });
  it("refuses anything else rather than passing it to a query", () => {
    for (const bad of ["", "0", "-1", "01", "1e3", "1.5", " 7", "0x10", "2147483648", "99999999999"])
      expect(formRowId(form(bad)), bad).toBeNull();
    expect(formRowId(form())).toBeNull();
    expect(formRowId(form(new Blob(["1"])))).toBeNull();
  });
});
