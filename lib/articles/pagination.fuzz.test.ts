import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FUZZ_SEED, hostileString } from "@/scripts/test/hostile";
import { pageCount, parsePage } from "./pagination";

describe("parsePage under generated input", () => {
  it("never throws; the result is null (a 404) or a page number in range", () => {
    const numberish = fc.oneof(
      fc.integer().map(String),
      fc.double().map(String),
      fc.bigInt().map(String),
      fc.stringMatching(/^[-+ 0-9e.x]{0,12}$/),
    );
    fc.assert(
      fc.property(fc.oneof(hostileString(4), numberish, fc.constant(undefined)), (value) => {
        const page = parsePage(value);
        if (page !== null) expect(Number.isSafeInteger(page) && page >= 1 && page <= 999_999).toBe(true);
      }),
      { seed: FUZZ_SEED, numRuns: 3000 },
    );
  }, 60_000);

  it("reads back every page number it accepts as written", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), (n) => {
        expect(parsePage(String(n))).toBe(n);
        expect(pageCount(n)).toBeGreaterThanOrEqual(1);
      }),
      { seed: FUZZ_SEED, numRuns: 1000 },
    );
  }, 60_000);
});
