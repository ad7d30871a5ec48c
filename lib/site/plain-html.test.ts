import { describe, expect, it } from "vitest";
import { isReaderPage, stylesheetForPage, withoutRuntime as withoutRuntimeBytes } from "./plain-html.mjs";

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

describe("withoutRuntime: the stylesheet goes into the page", () => {
  const page = (head: string) => `<!DOCTYPE html><html dir="rtl" lang="ar"><head>${head}</head><body></body></html>`;
  const css = ".below-fold{content-visibility:auto}";
  const files: Record<string, string> = { "/_next/static/chunks/site.css": css };
  const inline = (html: string) =>
    withoutRuntimeBytes(Buffer.from(html), (href) =>
      files[href] === undefined ? null : stylesheetForPage(files[href], href),
    ).toString("utf8");

  it("replaces Next's stylesheet link with its text, as Next's own inlining writes it", () => {
    const html = page(
      '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/><title>خبر</title>',
    );
    expect(inline(html)).toBe(
      page(`<style data-precedence="next" data-href="/_next/static/chunks/site.css">${css}</style><title>خبر</title>`),
    );
  });

  it("keeps the link for a file it does not have, another site's stylesheet, or a path out of Next's chunks", () => {
    for (const link of [
      '<link rel="stylesheet" href="/_next/static/chunks/gone.css" data-precedence="next"/>',
      '<link rel="stylesheet" href="https://example.com/site.css"/>',
      '<link rel="stylesheet" href="/_next/static/chunks/../../../etc/site.css"/>',
      '<link rel="preload" href="/_next/static/chunks/site.css" as="style"/>',
    ])
      expect(inline(page(link)), link).toBe(page(link));
  });

  it("keeps the link when the stylesheet's text would close the element", () => {
    files["/_next/static/chunks/odd.css"] = "a{}</STYLE><script>x()</script>";
    const link = '<link rel="stylesheet" href="/_next/static/chunks/odd.css" data-precedence="next"/>';
    expect(inline(page(link))).toBe(page(link));
  });

  it("leaves the link when no stylesheet is given (the default)", () => {
    const link = '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>';
    expect(withoutRuntime(page(link))).toBe(page(link));
  });
});

describe("stylesheetForPage", () => {
  it("makes the file's relative urls absolute paths, and leaves the others", () => {
    const css =
      '@font-face{src:url(../media/a.woff2)format("woff2")}' +
      "b{background:url('./x.png')}i{background:url( \"../../y.svg\" )}" +
      "s{background:url(/z.png)}u{background:url(data:image/png;base64,AA==)}q{background:url(https://cdn.test/w.png)}";
    expect(stylesheetForPage(css, "/_next/static/chunks/site.css")?.toString()).toBe(
      '@font-face{src:url(/_next/static/media/a.woff2)format("woff2")}' +
        "b{background:url('/_next/static/chunks/x.png')}i{background:url(\"/_next/y.svg\")}" +
        "s{background:url(/z.png)}u{background:url(data:image/png;base64,AA==)}q{background:url(https://cdn.test/w.png)}",
    );
  });
});

describe("withoutRuntime on Next's error shell", () => {
  it("leaves it whole: the runtime draws its not-found page", () => {
    const shell =
      '<!DOCTYPE html><html id="__next_error__"><head></head><body><div hidden=""></div><script>self.__next_f.push([1,"x"])</script></body></html>';
    expect(withoutRuntime(shell)).toBe(shell);
  });
});
