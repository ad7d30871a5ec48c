import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FUZZ_SEED, anyText, hostileString } from "@/scripts/test/hostile";
import { INTENTS, articleInput } from "./article-input";
import { tagSlug } from "@/lib/text/slug";

// zod counts string lengths in characters (code points).
const chars = (s: string) => Array.from(s).length;
const form = fc.record({
  id: fc.oneof(fc.constant(""), fc.nat().map(String), hostileString(2)),
  intent: fc.oneof(fc.constantFrom(...INTENTS), hostileString(2)),
  headline: anyText(2000),
  kicker: anyText(1000),
  excerpt: anyText(3000),
  slug: anyText(1000),
  body: anyText(100_000),
  categoryId: fc.oneof(fc.constant("1"), hostileString(2)),
  authorId: fc.oneof(fc.constant(""), fc.nat().map(String), hostileString(2)),
  tags: fc.oneof(
    hostileString(),
    fc.array(hostileString(3), { maxLength: 30 }).map((t) => t.join("،")),
    // Names that differ only in case or spacing are one tag.
    fc
      .array(fc.constantFrom("Foo", "foo", " FOO ", "أمن", "الأمن", "😀", "<b>", "%"), { maxLength: 8 })
      .map((t) => t.join(",")),
  ),
  imageCaption: anyText(1000),
  publishAt: fc.oneof(
    fc.constant(""),
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
    hostileString(2),
  ),
});

describe("articleInput under generated forms", () => {
  it("never throws; an accepted form is bounded and its slug and tags are usable", () => {
    fc.assert(
      fc.property(form, (values) => {
        const r = articleInput.safeParse(values);
        if (!r.success) {
          expect(r.error.issues.length).toBeGreaterThan(0);
          return;
        }
        const d = r.data;
        expect(d.headline.length).toBeGreaterThan(0);
        expect(chars(d.headline)).toBeLessThanOrEqual(500);
        expect(d.headline).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
        for (const [v, max] of [
          [d.kicker, 300],
          [d.excerpt, 1000],
          [d.imageCaption, 300],
        ] as const) {
          if (v !== null) expect(chars(v)).toBeLessThanOrEqual(max);
          if (v !== null) expect(v).not.toMatch(/\u0000/);
        }
        expect(d.slug.length).toBeLessThanOrEqual(120);
        expect(() => encodeURIComponent(d.slug)).not.toThrow();
        expect(d.tags.length).toBeLessThanOrEqual(20);
        // Each tag is linked once: two names with one slug would break the article's tag list.
        expect(new Set(d.tags.map(tagSlug)).size).toBe(d.tags.length);
        if (d.publishAt) expect(Number.isNaN(d.publishAt.getTime())).toBe(false);
      }),
      { seed: FUZZ_SEED, numRuns: 1500 },
    );
  }, 60_000);
});
