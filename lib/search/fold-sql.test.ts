import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { foldedColumn, foldedPattern } from "./fold-sql";

describe("folded SQL match", () => {
  const sqlite = new Database(":memory:");
  sqlite.exec(`CREATE TABLE t (h TEXT)`);
  const insert = sqlite.prepare("INSERT INTO t (h) VALUES (?)");
  for (const h of ["الأمن الوطني", "إِسْتِقْبَالٌ رسمي", "مستشفى الرحمة", "Breaking 100% news", "خبر آخر"]) insert.run(h);
  const match = (q: string) =>
    sqlite
      .prepare(`SELECT h FROM t WHERE ${foldedColumn("h").sql} LIKE ? ESCAPE '\\'`)
      .all(foldedPattern(q))
      .map((r) => (r as { h: string }).h);

  it("finds hamza, alef maqsura, ta marbuta and tashkeel variants", () => {
    expect(match("الامن")).toEqual(["الأمن الوطني"]);
    expect(match("استقبال")).toEqual(["إِسْتِقْبَالٌ رسمي"]);
    expect(match("مستشفي الرحمه")).toEqual(["مستشفى الرحمة"]);
    expect(match("أخر")).toEqual(["خبر آخر"]);
  });

  it("treats LIKE wildcards in the query as text", () => {
    expect(match("100%")).toEqual(["Breaking 100% news"]);
    expect(match("%")).toEqual(["Breaking 100% news"]);
    expect(match("_")).toEqual([]);
    expect(match("BREAKING")).toEqual(["Breaking 100% news"]);
  });
});
