import { describe, expect, it } from "vitest";
import { MAX_BODY_BYTES, refusal } from "./request-guard.mjs";

describe("refusal", () => {
  it("passes ordinary requests on", () => {
    for (const method of ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"])
      expect(refusal(method, "/articles/%D8%AE%D8%A8%D8%B1?replytocom=%25", {}), method).toBeNull();
    expect(refusal("POST", "/articles/x", { "content-length": String(MAX_BODY_BYTES) })).toBeNull();
    expect(refusal("GET", "/_next/image?url=%2Fmedia%2Fa.webp&w=640&q=75", {})).toBeNull();
    expect(refusal("GET", "/search?q=100%", {})).toBeNull();
  });

  it("refuses methods the site does not answer", () => {
    for (const method of ["TRACE", "CONNECT", "PROPFIND", "FOO", ""])
      expect(refusal(method, "/", {}), method).toBe(405);
  });

  it("refuses a body past the limit, or of unknown length", () => {
    expect(refusal("POST", "/", { "content-length": String(MAX_BODY_BYTES + 1) })).toBe(413);
    expect(refusal("POST", "/", { "content-length": String(13 * 1024 * 1024) })).toBe(413);
    expect(refusal("POST", "/", { "transfer-encoding": "chunked" })).toBe(411);
  });

  it("sends a path with a malformed percent-escape or a control character to the 404 page", () => {
    for (const path of [
      "/%E0%A4%A",
      "/media/%E0%A4%A",
      "/sitemaps/%",
      "/admin/articles/%C0",
      "/api/auth/%FF%FE",
      "/%00",
      "/x%0Ay",
    ])
      expect(refusal("GET", path, {}), path).toBe("not-found");
  });

  it("refuses an image request whose source does not decode, is missing or repeated", () => {
    expect(refusal("GET", "/_next/image?url=/media/%25E0%25A4%25A&w=640&q=75", {})).toBe(400);
    expect(refusal("GET", "/_next/image?url=/media/%25&w=640&q=75", {})).toBe(400);
    expect(refusal("GET", "/_next/image?w=640&q=75", {})).toBe(400);
    expect(refusal("GET", "/_next/image?url=/media/a.webp&url=/media/b.webp&w=640", {})).toBe(400);
  });
});
