import { describe, expect, it } from "vitest";
import { normalizeLinkHref } from "./link-href";

describe("normalizeLinkHref", () => {
  it("adds https:// to an address typed without it", () => {
    expect(normalizeLinkHref("example.com")).toBe("https://example.com");
    expect(normalizeLinkHref(" www.hespress.com/politique/123.html ")).toBe(
      "https://www.hespress.com/politique/123.html",
    );
    expect(normalizeLinkHref("موقع.المغرب/صفحة")).toBe("https://موقع.المغرب/صفحة");
    expect(normalizeLinkHref("example.com:8080/x")).toBe("https://example.com:8080/x");
  });
  it("keeps full addresses, site paths and anchors", () => {
    expect(normalizeLinkHref("https://example.com/a?b=1")).toBe("https://example.com/a?b=1");
    expect(normalizeLinkHref("http://example.com")).toBe("http://example.com");
    expect(normalizeLinkHref("/articles/خبر")).toBe("/articles/خبر");
    expect(normalizeLinkHref("#section")).toBe("#section");
  });
  it("turns an e-mail address into a mailto link", () => {
    expect(normalizeLinkHref("redaction@example.ma")).toBe("mailto:redaction@example.ma");
    expect(normalizeLinkHref("mailto:a@b.co")).toBe("mailto:a@b.co");
  });
  it("empty means remove the link", () => {
    expect(normalizeLinkHref("   ")).toBe("");
  });
  it("refuses other schemes and things that are not addresses", () => {
    for (const s of [
      "javascript:alert(1)",
      "data:text/html,x",
      "ftp://x.com",
      "word",
      "two words.com",
      "//evil",
      "1.2",
    ])
      expect(normalizeLinkHref(s)).toBeNull();
  });
});
