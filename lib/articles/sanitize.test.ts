import { describe, expect, it } from "vitest";
import { paragraphsToHtml, sanitizeBody, sanitizeForDisplay, sanitizeImported } from "./sanitize";

describe("sanitizeBody", () => {
  it("keeps structure and Arabic text", () => {
    expect(sanitizeBody("<h2>عنوان</h2><p>نص <strong>مهم</strong></p>")).toBe(
      "<h2>عنوان</h2><p>نص <strong>مهم</strong></p>",
    );
  });
  it("removes scripts, handlers and javascript: links", () => {
    const out = sanitizeBody(
      '<p onclick="x()">a</p><script>alert(1)</script><a href="javascript:alert(1)">b</a><img src=x onerror=alert(1)>',
    );
    expect(out).not.toMatch(/script|onclick|onerror|javascript/i);
  });
});

describe("sanitizeBody: links", () => {
  it("links to the site itself stay plain: no nofollow, no new tab", () => {
    const origin = new URL(process.env.SITE_URL || `http://localhost:${process.env.PORT || "3000"}`).origin;
    for (const href of ["/articles/خبر", "#فقرة", `${origin}/category/x`]) {
      expect(sanitizeBody(`<a href="${href}" target="_blank" rel="nofollow noopener">x</a>`)).toBe(
        `<a href="${href}">x</a>`,
      );
    }
  });
  it("links elsewhere carry nofollow and open apart when asked", () => {
    expect(sanitizeBody('<a href="https://example.com" target="_blank" rel="opener">x</a>')).toBe(
      '<a href="https://example.com" target="_blank" rel="nofollow noopener noreferrer">x</a>',
    );
    expect(sanitizeBody('<a href="https://example.com">x</a>')).toBe(
      '<a href="https://example.com" rel="nofollow noopener noreferrer">x</a>',
    );
    expect(sanitizeBody('<a href="//evil.example/x">x</a>')).not.toContain("//evil");
  });
});

describe("paragraphsToHtml", () => {
  it("wraps each line in a paragraph and escapes markup", () => {
    expect(paragraphsToHtml("سطر أول\n\nسطر <b>ثان</b>")).toBe("<p>سطر أول</p>\n<p>سطر ثان</p>");
  });
});

describe("the figure rule", () => {
  const own = "/media/2026/12/0123abcd.webp";

  it("keeps <figure><img alt><figcaption> of the site's own pictures, with nothing else on them", () => {
    const out = sanitizeBody(
      `<figure class="wide" style="float:left" id="f" onclick="x()"><img src="${own}" alt="قطار" width="1600" height="900" class="a" style="b" srcset="https://evil.example/x.webp 1w" loading="eager" onerror="x()"><figcaption class="c" style="d">محطة <strong>الرباط</strong><script>alert(1)</script><iframe src="https://e.com"></iframe></figcaption></figure>`,
    );
    expect(out).toBe(
      `<figure><img src="${own}" alt="قطار" width="1600" height="900" /><figcaption>محطة <strong>الرباط</strong></figcaption></figure>`,
    );
  });

  it("always gives a picture an alt attribute, and keeps width and height only as pixel counts", () => {
    expect(sanitizeBody(`<img src="${own}" width="100%" height="-5">`)).toBe(`<img src="${own}" alt="" />`);
  });

  it("takes pictures only from /media/: other hosts, schemes, odd paths and SVG are dropped with their figure", () => {
    for (const src of [
      "https://evil.example/track.png",
      "http://127.0.0.1/media/a.webp",
      "//evil.example/media/a.webp",
      "javascript:alert(1)",
      "data:image/png;base64,AAAA",
      "/media/../../etc/passwd.webp",
      "/media/a.svg",
      "/media/.env.webp",
      "/admin/x.webp",
      "/media/a.webp?x=1",
    ]) {
      expect(
        sanitizeBody(`<figure><img src="${src}" alt="x"><figcaption>تعليق</figcaption></figure><p>بعد</p>`),
        src,
      ).toBe("<p>بعد</p>");
    }
  });

  it("serves the site's own pictures in every stored width, lazily, when a reader gets the body", () => {
    expect(sanitizeForDisplay(`<figure><img src="${own}" alt="قطار" width="1200" height="800"></figure>`)).toBe(
      `<figure><img src="${own}" alt="قطار" width="1200" height="800" srcset="/media/2026/12/0123abcd-320.webp 320w, /media/2026/12/0123abcd-640.webp 640w, /media/2026/12/0123abcd-960.webp 960w, ${own} 1200w" sizes="(min-width: 768px) 768px, 100vw" loading="lazy" decoding="async" /></figure>`,
    );
  });

  it("keeps an imported post's https pictures (its old host) but nothing else foreign", () => {
    expect(sanitizeImported('<img src="https://old.example.ma/a.jpg" alt="">')).toBe(
      '<img src="https://old.example.ma/a.jpg" alt="" />',
    );
    expect(sanitizeImported('<img src="http://old.example.ma/a.jpg"><img src="data:x">')).toBe("");
    expect(sanitizeBody('<img src="https://old.example.ma/a.jpg" alt="">')).toBe("");
  });
});

describe("sanitize-html on this Node.js", () => {
  it("loads: it require()s the ECMAScript-module htmlparser2, which needs Node.js 20.19+ or 22.12+", () => {
    // docs/decisions/node-version.md: why sanitize-html 2.18 is kept although it declares Node.js 22.12.
    expect((process.features as { require_module?: boolean }).require_module).toBe(true);
    expect(sanitizeBody('<p onclick="x()">نص<script>alert(1)</script></p>')).toBe("<p>نص</p>");
  });
});
