import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import {
  applySecurityHeaders,
  contentSecurityPolicy,
  MEDIA_POLICY,
  forwardedRequestHeaders,
  isMediaPath,
  makeNonce,
  needsNonce,
  needsOpenerIsolation,
  servedOverHttps,
} from "./security-headers";

const { inlineScriptHashes } = createRequire(import.meta.url)("./csp-hash-cache.js") as {
  inlineScriptHashes: (html: string) => string[];
};
const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("security headers", () => {
  it("HSTS and upgrade-insecure-requests only when the configured address is https", () => {
    expect(servedOverHttps({ SITE_URL: "https://sahifa.example" })).toBe(true);
    expect(servedOverHttps({ SITE_URL: "http://127.0.0.1:3000" })).toBe(false);
    expect(servedOverHttps({ NEXTAUTH_URL: "https://sahifa.example" })).toBe(true);
    expect(servedOverHttps({})).toBe(false);

    const secure = new Headers();
    applySecurityHeaders(secure, { https: true, isolate: false });
    expect(secure.get("strict-transport-security")).toMatch(/^max-age=\d{8}/);
    expect(secure.get("content-security-policy")).toContain("upgrade-insecure-requests");
    const plain = new Headers();
    applySecurityHeaders(plain, { https: false, isolate: false });
    expect(plain.get("strict-transport-security")).toBeNull();
    expect(plain.get("content-security-policy")).not.toContain("upgrade-insecure-requests");
    expect(plain.get("x-frame-options")).toBe("DENY");
  });

  it("a nonce policy allows only that nonce and what it loads; never eval", () => {
    const nonce = makeNonce();
    expect(nonce).not.toBe(makeNonce());
    const csp = contentSecurityPolicy({ nonce, https: false });
    expect(csp).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(csp.split("; ").find((d) => d.startsWith("script-src"))).not.toContain("unsafe-inline");
    for (const policy of [csp, contentSecurityPolicy({ https: false })]) {
      expect(policy).not.toContain("unsafe-eval");
      expect(policy).toContain("frame-ancestors 'none'");
    }
  });

  it("nonces go to admin, sign-in and search only", () => {
    for (const path of ["/admin", "/admin/articles/new", "/login", "/search"])
      expect(needsNonce(path), path).toBe(true);
    for (const path of ["/", "/articles/x", "/administrator", "/searching", "/feed.xml"])
      expect(needsNonce(path), path).toBe(false);
  });

  it("the opener policy goes to the dashboard, sign-in and auth endpoints, not to reader pages", () => {
    for (const path of ["/admin", "/admin/comments", "/login", "/api/auth/session", "/api/revalidate"])
      expect(needsOpenerIsolation(path), path).toBe(true);
    for (const path of ["/", "/articles/x", "/category/y", "/search", "/administrator", "/apis", "/feed.xml"])
      expect(needsOpenerIsolation(path), path).toBe(false);
    const isolated = new Headers();
    applySecurityHeaders(isolated, { https: false, isolate: true });
    expect(isolated.get("cross-origin-opener-policy")).toBe("same-origin");
    const reader = new Headers();
    applySecurityHeaders(reader, { https: false, isolate: false });
    expect(reader.get("cross-origin-opener-policy")).toBeNull();
    expect(reader.get("x-frame-options")).toBe("DENY");
  });

  it("uploaded files and the image optimizer keep their own strict policy, not the pages'", () => {
    for (const path of ["/media/2026/12/a.webp", "/media/x", "/_next/image", "/_next/image/"])
      expect(isMediaPath(path), path).toBe(true);
    for (const path of ["/", "/mediax", "/media", "/admin/media", "/_next/images", "/_next/static/x.js", "/feed.xml"])
      expect(isMediaPath(path), path).toBe(false);
    const file = new Headers({ "Content-Security-Policy": "default-src 'none'; sandbox" });
    applySecurityHeaders(file, { https: true, isolate: false, media: true });
    expect(file.get("content-security-policy")).toBe(MEDIA_POLICY);
    expect(MEDIA_POLICY.split("; ")).toEqual(["default-src 'none'", "frame-ancestors 'none'", "sandbox"]);
    expect(file.get("x-content-type-options")).toBe("nosniff");
    expect(file.get("strict-transport-security")).toContain("max-age=");
  });

  it("a client's own CSP request header is dropped, so it cannot choose the nonce", () => {
    const incoming = new Headers({
      "content-security-policy": "script-src 'nonce-evil'",
      "x-nonce": "evil",
      accept: "text/html",
    });
    const cached = forwardedRequestHeaders(incoming);
    expect(cached.get("content-security-policy")).toBeNull();
    expect(cached.get("x-nonce")).toBeNull();
    expect(cached.get("accept")).toBe("text/html");
    expect(forwardedRequestHeaders(incoming, "abc").get("content-security-policy")).toBe("script-src 'nonce-abc'");
  });
});

describe("hash policy of cached pages", () => {
  it("hashes each executable inline script as the browser does, skipping external scripts and data blocks", () => {
    const html = [
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      "<script>self.__next_f=self.__next_f||[]</script>",
      '<script nonce="x">self.__next_f.push([1,"a\\nb"])</script>',
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
      "<script>a()\r\nb()</script>",
      "<script>self.__next_f=self.__next_f||[]</script>",
    ].join("");
    expect(inlineScriptHashes(html)).toEqual([
      sha("self.__next_f=self.__next_f||[]"),
      sha('self.__next_f.push([1,"a\\nb"])'),
      sha("a()\nb()"),
    ]);
  });
});
