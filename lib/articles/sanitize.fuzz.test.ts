import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FUZZ_SEED, anyText, hostileString } from "@/scripts/test/hostile";
import { paragraphsToHtml, sanitizeBody } from "./sanitize";

// Markup built from pieces a hostile body would use, mixed with hostile text.
const attr = fc.constantFrom(
  'onerror="alert(1)"',
  "onload=alert(1)",
  'href="javascript:alert(1)"',
  "href=' jAvA\tscript:x'",
  'src="data:text/html,x"',
  'style="x:expression(1)"',
  'dir="rtl"',
  'href="https://a.example"',
  "data-fz=1",
  'srcdoc="<script>"',
  'formaction="javascript:x"',
);
const tag = fc.constantFrom(
  "p",
  "a",
  "img",
  "script",
  "svg",
  "iframe",
  "b",
  "math",
  "style",
  "object",
  "form",
  "button",
  "h2",
  "SCRIPT",
  "ScRiPt",
  "noscript",
  "template",
);
const element = fc
  .tuple(tag, fc.array(attr, { maxLength: 3 }), hostileString(3))
  .map(([t, a, inner]) => `<${t} ${a.join(" ")}>${inner}</${t}>`);
const html = fc
  .array(fc.oneof(element, hostileString(3), fc.constantFrom("<!--", "-->", "<![CDATA[", "<", ">", "</", "/>")), {
    maxLength: 20,
  })
  .map((p) => p.join(""));

// What a rendered body must never hold: an executable element, an event handler or a script URL in an attribute.
const DANGER =
  /<\s*(script|iframe|svg|math|style|object|embed|form|button|noscript|template)\b|<[^>]*\son[a-z]+\s*=|<[^>]*=\s*["']?\s*(javascript|data|vbscript):/i;

describe("sanitizeBody under generated HTML", () => {
  it("never throws; the output holds no script, event handler or javascript: URL, and stays bounded", () => {
    fc.assert(
      fc.property(fc.oneof(html, anyText(50_000)), (input) => {
        const out = sanitizeBody(input);
        expect(out).not.toMatch(DANGER);
        // Attributes outside the allow-list are dropped (the text may still spell them out, escaped).
        expect(out).not.toMatch(/<[^>]*\sdata-fz/);
        // Escaping can grow text (< → &lt;), never without bound.
        expect(out.length).toBeLessThanOrEqual(6 * input.length + 64);
        // Sanitizing twice changes nothing more.
        expect(sanitizeBody(out)).not.toMatch(DANGER);
      }),
      { seed: FUZZ_SEED, numRuns: 2000 },
    );
  }, 60_000);
});

describe("paragraphsToHtml under generated text", () => {
  it("never throws and emits nothing but paragraphs of escaped text", () => {
    fc.assert(
      fc.property(fc.oneof(html, anyText(20_000)), (text) => {
        const out = paragraphsToHtml(text);
        expect(out.replace(/<\/?p>/g, "")).not.toMatch(/[<>]/);
      }),
      { seed: FUZZ_SEED, numRuns: 2000 },
    );
  }, 60_000);
});
