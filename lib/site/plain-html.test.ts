import { describe, expect, it } from "vitest";
import { isReaderPage, withoutRuntime as withoutRuntimeBytes } from "./plain-html.mjs";

const withoutRuntime = (html: string) => withoutRuntimeBytes(Buffer.from(html)).toString("utf8");

describe("isReaderPage", () => {
  it("is every page but the newsroom's and Next's files", () => {
    for (const path of ["/", "/articles/خبر", "/category/x", "/search", "/administration", "/logins"])
      expect(isReaderPage(path), path).toBe(true);
    for (const path of ["/admin", "/admin/articles/new", "/login", "/login/", "/_next/static/chunks/a.js"])
      expect(isReaderPage(path), path).toBe(false);
  });
});

describe("withoutRuntime", () => {
  const page = (body: string) =>
    `<!DOCTYPE html><html dir="rtl" lang="ar"><head>${body}</head><body><p>نص</p></body></html>`;

  it("takes out the runtime's chunks, preloads, bootstrap and RSC payload", () => {
    const html = page(
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>' +
        '<script src="/_next/static/chunks/a.js" async=""></script>' +
        '<script src="/_next/static/chunks/p.js" noModule=""></script>' +
        '<script nonce="abc" id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>' +
        "<script>(self.__next_f=self.__next_f||[]).push([0])</script>" +
        '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>',
    );
    expect(withoutRuntime(html)).toBe(page(""));
  });

  it("keeps structured data, the site's own scripts, React's inline instructions and other preloads", () => {
    const kept =
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script>' +
      '<script src="/comments.js?v=abc" defer=""></script>' +
      '<script>$RC("B:0","S:0")</script>' +
      '<link rel="preload" href="/_next/static/media/font.woff2" as="font" crossorigin="" type="font/woff2"/>';
    expect(withoutRuntime(page(kept))).toBe(page(kept));
  });
});

describe("withoutRuntime on Next's error shell", () => {
  it("leaves it whole: the runtime draws its not-found page", () => {
    const shell =
      '<!DOCTYPE html><html id="__next_error__"><head></head><body><div hidden=""></div><script>self.__next_f.push([1,"x"])</script></body></html>';
    expect(withoutRuntime(shell)).toBe(shell);
  });
});
