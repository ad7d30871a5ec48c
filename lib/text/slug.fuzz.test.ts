import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FUZZ_SEED, anyText, hostileString } from "@/scripts/test/hostile";
import { decodeSlug, slugify } from "@/lib/text/slug";

describe("slugify under generated input", () => {
  it("never throws; the slug is bounded, hyphen-separated letters and digits, and survives encodeURIComponent", () => {
    fc.assert(
      fc.property(anyText(5000), fc.integer({ min: 1, max: 200 }), (text, max) => {
        const slug = slugify(text, max);
        expect(slug.length).toBeLessThanOrEqual(max);
        if (slug !== "") expect(slug).toMatch(/^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*$/u);
        expect(slug.isWellFormed()).toBe(true);
        // The address every listing links to, read back by the route.
        expect(decodeSlug(encodeURIComponent(slug))).toBe(slug.normalize("NFC"));
      }),
      { seed: FUZZ_SEED, numRuns: 3000 },
    );
  }, 60_000);

  it("cuts long text of astral letters without leaving half a character", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 3 }), (n, pad) => {
        const slug = slugify("a".repeat(pad) + "𠀀".repeat(n));
        expect(slug.isWellFormed()).toBe(true);
      }),
      { seed: FUZZ_SEED, numRuns: 300 },
    );
  }, 60_000);
});

describe("decodeSlug under generated route params", () => {
  it("never throws, on raw text or malformed escapes", () => {
    const escapes = fc
      .array(fc.oneof(hostileString(2), fc.stringMatching(/^%[0-9A-Fa-fG-Zg-z]{0,2}$/)), { maxLength: 10 })
      .map((p) => p.join(""));
    fc.assert(
      fc.property(fc.oneof(escapes, anyText(2000)), (param) => {
        expect(typeof decodeSlug(param)).toBe("string");
      }),
      { seed: FUZZ_SEED, numRuns: 3000 },
    );
  }, 60_000);

  it("round-trips anything encodeURIComponent wrote", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 100 }), (s) => {
        expect(decodeSlug(encodeURIComponent(s))).toBe(s.normalize("NFC"));
      }),
      { seed: FUZZ_SEED, numRuns: 2000 },
    );
  }, 60_000);
});
