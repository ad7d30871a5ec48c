import { describe, expect, it } from "vitest";
import { listPage, pageWindow } from "./list-page";

describe("dashboard list pages", () => {
  it("reads ?page= leniently: junk means page 1", () => {
    expect(listPage(undefined)).toBe(1);
    expect(listPage("3")).toBe(3);
    expect(listPage(["4", "5"])).toBe(4);
    for (const bad of ["0", "-1", "01", "1.5", "abc", "9999999"]) expect(listPage(bad)).toBe(1);
  });
  it("clamps past the end and computes the window", () => {
    expect(pageWindow(1, 0, 30)).toEqual({ page: 1, totalPages: 1, skip: 0, take: 30 });
    expect(pageWindow(3, 61, 30)).toEqual({ page: 3, totalPages: 3, skip: 60, take: 30 });
    expect(pageWindow(9, 61, 30)).toEqual({ page: 3, totalPages: 3, skip: 60, take: 30 });
  });
});
