import { describe, expect, it } from "vitest";
import { listPage, listPageHref, loadListPage, pageWindow } from "./list-page";

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
  it("loads the clamped page's window after counting", async () => {
    const asked: { skip: number; take: number }[] = [];
    const list = await loadListPage(
      9,
      30,
      async () => 61,
      async (w) => (asked.push(w), ["row"]),
    );
    expect(asked).toEqual([{ skip: 60, take: 30 }]);
    expect(list).toEqual({ rows: ["row"], total: 61, page: 3, totalPages: 3 });
  });
  it("links pages keeping the filters that are set", () => {
    expect(listPageHref("/admin/categories")(2)).toBe("/admin/categories?page=2");
    expect(listPageHref("/admin/tags", { q: "" })(1)).toBe("/admin/tags?page=1");
    expect(listPageHref("/admin/tags", { q: "رياضة & كرة" })(3)).toBe(
      `/admin/tags?q=${encodeURIComponent("رياضة").replace(/%20/g, "+")}+%26+${encodeURIComponent("كرة")}&page=3`,
    );
    expect(listPageHref("/admin/activity", { action: undefined })(4)).toBe("/admin/activity?page=4");
  });
});
