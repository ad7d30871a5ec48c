import Database from "better-sqlite3";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { FUZZ_SEED, anyText, hostileString } from "@/scripts/test/hostile";
import { markWords, snippet } from "./highlight";
import { htmlToText } from "./html-text";
import { indexText, tokenize } from "./normalize";
import { MAX_QUERY_LENGTH, MAX_TERMS, headlineExpression, matchExpression, matchedForms, parseQuery } from "./query";

const queryInput = fc.oneof(anyText(5000), fc.array(hostileString(4), { maxLength: 3 }));

describe("search query parsing under generated input", () => {
  it("never throws; the echoed text is bounded, well formed and free of controls; terms are bounded words", () => {
    fc.assert(
      fc.property(queryInput, (input) => {
        const q = parseQuery(input);
        expect(Array.from(q.text).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        expect(q.text).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
        expect(q.text.isWellFormed()).toBe(true);
        // The canonical URL of the results page is built from it.
        expect(() => encodeURIComponent(q.text)).not.toThrow();
        expect(q.terms.length).toBeLessThanOrEqual(MAX_TERMS);
        for (const forms of q.terms) for (const f of forms) expect(f).toMatch(/^[\p{L}\p{N}]+$/u);
      }),
      { seed: FUZZ_SEED, numRuns: 3000 },
    );
  }, 60_000);

  it("folds and tokenizes anything into letter-and-digit words", () => {
    fc.assert(
      fc.property(anyText(5000), (text) => {
        expect(tokenize(text).every((t) => /^[\p{L}\p{N}]+$/u.test(t))).toBe(true);
        expect(typeof indexText(text)).toBe("string");
      }),
      { seed: FUZZ_SEED, numRuns: 1000 },
    );
  }, 60_000);
});

describe("generated queries against SQLite FTS5", () => {
  const sqlite = new Database(":memory:");
  afterAll(() => sqlite.close());
  sqlite.exec(
    "CREATE VIRTUAL TABLE t USING fts5(headline, body, content='', tokenize='unicode61 remove_diacritics 0')",
  );
  const insert = sqlite.prepare("INSERT INTO t(rowid, headline, body) VALUES (?, ?, ?)");
  insert.run(1, indexText("بومبيو يبحث مع حموشي سبل ضمان أمن"), indexText("AND OR NOT NEAR hello 😀"));
  const match = sqlite.prepare("SELECT rowid FROM t WHERE t MATCH ?");

  it("never builds an expression FTS5 rejects", () => {
    fc.assert(
      fc.property(queryInput, (input) => {
        const { terms } = parseQuery(input);
        for (const expr of [matchExpression(terms), headlineExpression(terms)]) if (expr !== null) match.all(expr);
      }),
      { seed: FUZZ_SEED, numRuns: 2000 },
    );
  }, 60_000);
});

describe("highlighting under generated input", () => {
  it("marks words without losing or adding text, and bounds snippets", () => {
    fc.assert(
      fc.property(anyText(20_000), queryInput, (text, q) => {
        const forms = matchedForms(parseQuery(q).terms);
        expect(
          markWords(text, forms)
            .map((s) => s.text)
            .join(""),
        ).toBe(text);
        const words = snippet([null, text], forms, 30).filter((s) => /[\p{L}\p{N}]/u.test(s.text));
        expect(
          words
            .map((s) => s.text.match(/[\p{L}\p{N}\p{M}\u0640\u200C\u200D]+/gu)?.length ?? 0)
            .reduce((a, b) => a + b, 0),
        ).toBeLessThanOrEqual(30);
      }),
      { seed: FUZZ_SEED, numRuns: 1500 },
    );
  }, 60_000);

  it("reads text out of any HTML without throwing", () => {
    fc.assert(
      fc.property(anyText(20_000), (html) => {
        const text = htmlToText(html);
        expect(text.length).toBeLessThanOrEqual(html.length);
      }),
      { seed: FUZZ_SEED, numRuns: 2000 },
    );
  }, 60_000);
});
