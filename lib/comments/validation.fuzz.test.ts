import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BIDI_RE, FUZZ_SEED, anyText, hostileString } from "@/scripts/test/hostile";
import { validateComment } from "./validation";

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const chars = (s: string) => Array.from(s).length;
const values = fc.record({
  content: anyText(70_000),
  name: fc.oneof(hostileString(), anyText(400)),
  email: fc.oneof(
    hostileString(4),
    fc.emailAddress(),
    hostileString(2).map((s) => `${s}@example.com`),
  ),
  url: fc.oneof(
    hostileString(4),
    fc.webUrl(),
    hostileString(2).map((s) => `https://example.com/${s}`),
  ),
  parentId: fc.oneof(hostileString(2), fc.nat().map(String)),
  remember: fc.boolean(),
});

describe("validateComment under generated input", () => {
  it("never throws; accepted comments are bounded text without controls or bidi overrides", () => {
    fc.assert(
      fc.property(values, (v) => {
        const r = validateComment(v);
        if (!r.ok) {
          // A typed refusal: one Arabic message per field.
          expect(Object.keys(r.errors).length).toBeGreaterThan(0);
          for (const m of Object.values(r.errors)) expect(typeof m).toBe("string");
          return;
        }
        const { content, name, email, url, parentId } = r.data;
        expect(chars(content)).toBeLessThanOrEqual(65525);
        expect(chars(name)).toBeLessThanOrEqual(245);
        expect(chars(email)).toBeLessThanOrEqual(100);
        for (const field of [content, name, email, url ?? ""]) {
          expect(field).not.toMatch(BIDI_RE);
          expect(field).not.toMatch(CONTROL);
          expect(field.isWellFormed()).toBe(true);
        }
        expect(name).not.toMatch(/[\r\n\t]/);
        if (url !== null) expect(url).toMatch(/^https?:\/\/\S/i);
        if (parentId !== null) expect(Number.isInteger(parentId) && parentId > 0).toBe(true);
      }),
      { seed: FUZZ_SEED, numRuns: 3000 },
    );
  }, 60_000);

  it("a name made only of bidi controls and spaces is refused, not stored empty", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("\u202e", "\u2066", "\u2069", "\u202a", " ", "\u0000") }),
        (name) => {
          const r = validateComment({
            content: "نص",
            name,
            email: "a@example.com",
            url: "",
            parentId: "",
            remember: false,
          });
          expect(r.ok).toBe(false);
        },
      ),
      { seed: FUZZ_SEED, numRuns: 500 },
    );
  }, 60_000);
});
