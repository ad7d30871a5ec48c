// The tsquery expressions against PostgreSQL's own parser, when PG_TEST_URL names a server.
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pgTestUrl } from "@/lib/db/test-database";
import { parseQuery, tsqueryExpression } from "./query";

describe.skipIf(!pgTestUrl())("tsqueryExpression against PostgreSQL", () => {
  let pg: Client;
  beforeAll(async () => {
    pg = new Client({ connectionString: pgTestUrl() });
    await pg.connect();
  });
  afterAll(() => pg?.end());

  it("never produces a query to_tsquery rejects", async () => {
    const nasty = [
      "'",
      "''",
      "\\",
      "a'b",
      "a\\b",
      "!",
      "a & b",
      "a | b",
      "!a",
      "a <-> b",
      "a:*",
      "a:A",
      "(",
      ")",
      "😀",
      "\uFFFF",
      "٣",
      "x".repeat(5000),
      "NEAR(",
      "-أمن",
      "²",
    ];
    for (const input of nasty) {
      const q = tsqueryExpression(parseQuery(input).terms);
      if (q === null) continue;
      await expect(
        pg.query("SELECT to_tsquery('simple', $1)", [q]),
        JSON.stringify(input.slice(0, 20)),
      ).resolves.toBeDefined();
      await expect(
        pg.query("SELECT to_tsquery('simple', $1)", [tsqueryExpression(parseQuery(input).terms, true)]),
      ).resolves.toBeDefined();
    }
  });

  it("matches the folded, prefix-expanded index text, and headline-only matches weight A", async () => {
    const doc = "setweight(to_tsvector('simple', $1), 'A') || setweight(to_tsvector('simple', $2), 'D')";
    const hit = async (query: string, headlineOnly = false) =>
      (
        await pg.query(`SELECT (${doc}) @@ to_tsquery('simple', $3) AS ok`, [
          "الامن امن وطني",
          "المواطنين مواطنين",
          tsqueryExpression(parseQuery(query).terms, headlineOnly),
        ])
      ).rows[0].ok;
    expect(await hit("أمن")).toBe(true);
    expect(await hit("مواطنين")).toBe(true);
    expect(await hit("مواطنين", true)).toBe(false);
    expect(await hit("الأمن الوطني", true)).toBe(true);
    expect(await hit("أمن حموشي")).toBe(false);
  });
});
