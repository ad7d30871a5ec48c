import { describe, expect, it } from "vitest";
import { paragraphsToHtml, sanitizeBody } from "./sanitize";

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

describe("paragraphsToHtml", () => {
  it("wraps each line in a paragraph and escapes markup", () => {
    expect(paragraphsToHtml("سطر أول\n\nسطر <b>ثان</b>")).toBe("<p>سطر أول</p>\n<p>سطر ثان</p>");
  });
});
