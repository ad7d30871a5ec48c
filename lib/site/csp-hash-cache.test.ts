import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

const { isJunk } = createRequire(import.meta.url)("./csp-hash-cache.js") as {
  isJunk: (key: string, value: unknown) => boolean;
};

describe("page cache: what a stranger can mint is not stored", () => {
  it("skips not-found pages and routes, except the one shared 404 page", () => {
    expect(isJunk("/articles/no-such", { kind: "APP_PAGE", status: 404, html: "" })).toBe(true);
    expect(isJunk("/category/x/page/999", { kind: "APP_PAGE", status: 404, html: "" })).toBe(true);
    expect(isJunk("/sitemaps/x", { kind: "APP_ROUTE", status: 404, body: Buffer.from("") })).toBe(true);
    expect(isJunk("/_not-found", { kind: "APP_PAGE", status: 404, html: "" })).toBe(false);
    expect(isJunk("/articles/خبر", { kind: "APP_PAGE", status: 200, html: "" })).toBe(false);
    expect(isJunk("/articles/خبر", { kind: "APP_PAGE", html: "" })).toBe(false);
  });

  it("skips cached queries that found nothing, keeps the rest", () => {
    expect(isJunk("k", { kind: "FETCH", data: { body: "null", status: 200 } })).toBe(true);
    for (const body of ["[]", "0", "{}", '{"id":1}'])
      expect(isJunk("k", { kind: "FETCH", data: { body } })).toBe(false);
  });
});
