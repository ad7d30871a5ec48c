import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_AFTER_SIGN_IN, safeCallbackPath } from "./callback-url";

const ORIGIN = "https://sahifa.example";

/** Where a browser would actually go if it were sent `Location: <path>` from the site. */
const browserTarget = (path: string) => new URL(path, ORIGIN);

describe("safeCallbackPath", () => {
  // Each of these names another host (or no host at all) once a browser reads it.
  const offSite = [
    "//evil.example",
    "///evil.example",
    "////evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "\\/evil.example",
    "/\\/evil.example",
    "/\t/evil.example",
    "\t//evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    " //evil.example",
    "\u0000//evil.example",
    "\u001f//evil.example",
    "/a/..//evil.example",
    "/.//evil.example",
    "/%2e%2e//evil.example",
    "/%2e//evil.example",
    "https://evil.example/admin",
    "http://sahifa.example/admin", // another scheme is another origin
    "https://sahifa.example.evil.example/",
    "https://user:pw@sahifa.example/admin",
    "https:evil.example",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox",
    "mailto:x@evil.example",
    "evil.example", // relative: resolved on the site
    "",
  ];
  it.each(offSite)("never leaves the site for %j", (value) => {
    const path = safeCallbackPath(value, ORIGIN);
    expect(browserTarget(path).origin).toBe(ORIGIN);
    expect(path.startsWith("//")).toBe(false);
  });

  // Encoded slashes, Unicode look-alike slashes and non-ASCII stay paths on the site, percent-encoded.
  const onSite: [string, string][] = [
    ["/admin/articles", "/admin/articles"],
    ["/admin/articles?status=DRAFT&page=2#list", "/admin/articles?status=DRAFT&page=2#list"],
    [`${ORIGIN}/admin/comments`, "/admin/comments"],
    ["/%5Cevil.example", "/%5Cevil.example"],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
    ["/%5C%5Cevil.example", "/%5C%5Cevil.example"],
    ["/\u2215\u2215evil.example", "/%E2%88%95%E2%88%95evil.example"],
    ["/\uff0f\uff0fevil.example", "/%EF%BC%8F%EF%BC%8Fevil.example"],
    ["/\u29f8evil.example", "/%E2%A7%B8evil.example"],
    ["/admin/\u0645\u0642\u0627\u0644\u0627\u062a", "/admin/%D9%85%D9%82%D8%A7%D9%84%D8%A7%D8%AA"],
    ["/admin\r\nSet-Cookie: x=1", "/adminSet-Cookie:%20x=1"],
    ["/admin?q=\u0000\u007f", "/admin?q=%00%7F"],
  ];
  it.each(onSite)("keeps %j as the same-site path %j", (value, expected) => {
    expect(safeCallbackPath(value, ORIGIN)).toBe(expected);
  });

  it("takes the first of repeated values, and refuses what is not a string", () => {
    expect(safeCallbackPath(["/admin/tags", "//evil.example"], ORIGIN)).toBe("/admin/tags");
    expect(safeCallbackPath(["//evil.example", "/admin/tags"], ORIGIN)).toBe(DEFAULT_AFTER_SIGN_IN);
    for (const v of [undefined, null, 42, {}, [], [42]])
      expect(safeCallbackPath(v, ORIGIN)).toBe(DEFAULT_AFTER_SIGN_IN);
    expect(safeCallbackPath(`/${"a".repeat(5000)}`, ORIGIN)).toBe(DEFAULT_AFTER_SIGN_IN);
  });

  it("never sends the member back to the sign-in page", () => {
    expect(safeCallbackPath("/login?callbackUrl=/login", ORIGIN)).toBe(DEFAULT_AFTER_SIGN_IN);
  });

  it("whatever the value, the result is a printable-ASCII path that a browser resolves to the site", () => {
    const pieces = fc.constantFrom(
      "/",
      "\\",
      "//",
      "\t",
      "\n",
      "\r",
      " ",
      "%2F",
      "%5C",
      ".",
      "..",
      ":",
      "@",
      "?",
      "#",
      "evil.example",
      "http:",
      "https:",
      "javascript:",
      "\u2215",
      "\uff0f",
      "\u0645",
      "\u0000",
      "\u007f",
      "\u200f",
    );
    const hostile = fc.oneof(
      fc.array(pieces, { maxLength: 12 }).map((a) => a.join("")),
      fc.string({ unit: "binary", maxLength: 40 }),
    );
    fc.assert(
      fc.property(hostile, (value) => {
        const path = safeCallbackPath(value, ORIGIN);
        expect(path).toMatch(/^\/(?![/\\])[\x21-\x7e]*$/);
        expect(browserTarget(path).origin).toBe(ORIGIN);
        // Read again, as the browser's form does: still the same path.
        expect(safeCallbackPath(path, ORIGIN)).toBe(path);
      }),
      { numRuns: 1500 },
    );
  }, 60_000);
});
