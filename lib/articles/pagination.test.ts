import { describe, expect, it } from "vitest";
import { pageCount, parsePage } from "./pagination";

describe("parsePage", () => {
  it("defaults to the first page", () => expect(parsePage(undefined)).toBe(1));
  it("accepts positive integers", () => {
    expect(parsePage("1")).toBe(1);
    expect(parsePage("42")).toBe(42);
  });
  it.each(["0", "-1", "01", "1.5", "abc", "", " 2", "2 ", "1e3", "9999999", "٢"])("rejects %j", (v) => {
    expect(parsePage(v)).toBeNull();
  });
});

describe("pageCount", () => {
  it("is at least one page, even when empty", () => expect(pageCount(0)).toBe(1));
  it("rounds up", () => {
    expect(pageCount(10)).toBe(1);
    expect(pageCount(11)).toBe(2);
  });
});
