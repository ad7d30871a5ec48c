import { describe, expect, it } from "vitest";
import { MAX_ROW_ID, firstValue, formArgument, isRowIdText, parseRowId, rowId, rowIdText } from "./boundary";

describe("request boundary shapes", () => {
  it("a row id is a positive 32-bit integer, nothing else", () => {
    for (const ok of [1, 42, MAX_ROW_ID]) expect(rowId.safeParse(ok).success, String(ok)).toBe(true);
    for (const bad of [0, -1, 1.5, MAX_ROW_ID + 1, NaN, "1", [{ gt: 0 }], { gt: 0 }, null, undefined, true])
      expect(rowId.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });

  it("a row id in digits: no sign, no leading zero, no more than 32 bits", () => {
    expect(rowIdText.parse("2147483647")).toBe(MAX_ROW_ID);
    for (const bad of ["", "0", "01", "+1", "-1", "1e3", "1.0", " 1", "2147483648", "9999999999", "١", "%25"])
      expect(isRowIdText(bad), bad).toBe(false);
  });

  it("a row id read from a path segment or a form field, null for anything else", () => {
    const form = new FormData();
    form.set("id", "2147483647");
    form.set("file", new Blob(["1"]));
    expect(parseRowId("1")).toBe(1);
    expect(parseRowId(form.get("id"))).toBe(MAX_ROW_ID);
    for (const bad of ["", "0", "-1", "01", "1e3", "1.5", " 7", "0x10", "2147483648", "99999999999"])
      expect(parseRowId(bad), bad).toBeNull();
    expect(parseRowId(form.get("missing"))).toBeNull();
    expect(parseRowId(form.get("file"))).toBeNull();
    expect(parseRowId(1)).toBeNull();
  });

  it("a repeated query parameter or header is read by its first value", () => {
    expect(firstValue(["2", "3"])).toBe("2");
    expect(firstValue("2")).toBe("2");
    expect(firstValue<string | undefined>([])).toBeUndefined();
    expect(firstValue(undefined)).toBeUndefined();
  });

  it("a form argument is a FormData", () => {
    expect(formArgument.safeParse(new FormData()).success).toBe(true);
    for (const bad of [{}, "x", [], null, { get: () => "x" }]) expect(formArgument.safeParse(bad).success).toBe(false);
  });
});
