import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { indexText } from "./normalize";
import {
  MAX_QUERY_LENGTH,
  MAX_TERMS,
  headlineExpression,
  matchExpression,
  matchedForms,
  parseQuery,
  tsqueryExpression,
} from "./query";

describe("parseQuery", () => {
  it("folds the words and expands their prefixes", () => {
    const q = parseQuery("  والأمن   الوطنيّ ");
    expect(q.text).toBe("والأمن الوطنيّ");
    expect(q.truncated).toBe(false);
    expect(q.terms).toEqual([
      ["والامن", "الامن", "امن"],
      ["الوطني", "وطني"],
    ]);
  });

  it("gives no terms for empty, blank or punctuation-only input", () => {
    for (const input of [undefined, null, "", "   ", '"', "***", "-:^()", "\u0000\u0000", "«»،؛؟"]) {
      expect(parseQuery(input).terms, String(input)).toEqual([]);
    }
  });

  it("takes the first value of a repeated parameter", () => {
    expect(parseQuery(["أمن", "رياضة"]).terms).toEqual([["امن"]]);
  });

  it("removes control characters (NUL included) from what it echoes", () => {
    const q = parseQuery("أمن\u0000 وطني\u0007");
    expect(q.text).toBe("أمن وطني");
    expect(q.terms.map((t) => t[0])).toEqual(["امن", "وطني"]);
  });

  it("cuts very long input and says so", () => {
    const q = parseQuery("أمن ".repeat(2000));
    expect(q.truncated).toBe(true);
    expect(q.text.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(q.terms).toEqual([["امن"]]); // repeated words count once
  });

  it("keeps at most MAX_TERMS words and says so", () => {
    const words = Array.from({ length: MAX_TERMS + 3 }, (_, i) => `w${i}`);
    const q = parseQuery(words.join(" "));
    expect(q.terms).toHaveLength(MAX_TERMS);
    expect(q.truncated).toBe(true);
  });

  it("does not split a surrogate pair when cutting", () => {
    const q = parseQuery(`${"a".repeat(MAX_QUERY_LENGTH - 1)}😀😀`);
    expect(q.text.endsWith("😀")).toBe(true);
    expect(q.text.isWellFormed()).toBe(true);
  });
});

describe("matchExpression", () => {
  it("ANDs the words and ORs each word's forms, every form quoted", () => {
    expect(matchExpression(parseQuery("أمن الوطني").terms)).toBe('"امن" AND ("الوطني" OR "وطني")');
  });

  it("turns FTS operators into quoted words", () => {
    expect(matchExpression(parseQuery('a AND b OR NOT c NEAR(d) e* ^f g:h -i "j"').terms)).toBe(
      '"a" AND "and" AND "b" AND "or" AND "not" AND "c" AND "near" AND "d"', // the first MAX_TERMS words
    );
  });

  it("is null when there is nothing to search", () => {
    expect(matchExpression([])).toBeNull();
    expect(headlineExpression([])).toBeNull();
  });

  it("restricts the headline expression to the headline column", () => {
    expect(headlineExpression(parseQuery("أمن").terms)).toBe('headline : ("امن")');
  });

  it("lists every form for highlighting", () => {
    expect([...matchedForms(parseQuery("والأمن حموشي").terms)].sort()).toEqual(
      ["الامن", "امن", "حموشي", "والامن"].sort(),
    );
  });
});

// The expressions above run against SQLite's real FTS5 engine: whatever a reader
// types, the query is valid and finds what it should.
describe("against SQLite FTS5", () => {
  const sqlite = new Database(":memory:");
  afterAll(() => sqlite.close());
  sqlite.exec(
    "CREATE VIRTUAL TABLE t USING fts5(headline, kicker, excerpt, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0')",
  );
  const insert = sqlite.prepare("INSERT INTO t(rowid, headline, kicker, excerpt, body) VALUES (?, ?, ?, ?, ?)");
  const docs: [number, string, string][] = [
    [1, "بومبيو يبحث مع حموشي سبل ضمان أمن وسلامة المواطنين", "وزارة الخارجية الأمريكية"],
    [2, "مباراة ودية للمنتخب", "تعزيز الأمن في الملاعب وللأمن دور كبير"],
    [3, "معرض الكتاب", "AND OR NOT NEAR كلمات إنجليزية"],
  ];
  for (const [id, headline, body] of docs) insert.run(id, indexText(headline), "", "", indexText(body));
  const find = (input: string) => {
    const match = matchExpression(parseQuery(input).terms);
    return match === null
      ? []
      : (sqlite.prepare("SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid").all(match) as { rowid: number }[]).map(
          (r) => r.rowid,
        );
  };
  const findInHeadline = (input: string) => {
    const match = headlineExpression(parseQuery(input).terms);
    return match === null
      ? []
      : (sqlite.prepare("SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid").all(match) as { rowid: number }[]).map(
          (r) => r.rowid,
        );
  };

  it("never produces an expression FTS5 rejects", () => {
    const nasty = [
      '"',
      '""',
      '"unterminated',
      "a*",
      "*",
      "^a",
      "a^",
      "NEAR(",
      "NEAR(a b",
      "NEAR/3",
      "a NEAR b",
      "AND",
      "OR",
      "NOT",
      "a AND",
      "OR b",
      "NOT a",
      "(",
      ")",
      "((a)",
      "a)",
      "-a",
      "a-b",
      "headline:أمن",
      "{headline body}: أمن",
      ":",
      "a:b:c",
      "+",
      "a + b",
      "\u0000",
      "a\u0000b",
      "'",
      "';DROP TABLE t;--",
      "\\",
      "%",
      "_",
      "أمن*",
      '"أمن" OR',
      "😀",
      "\uFFFF",
      "\uD800",
      "x".repeat(5000),
      "أ ".repeat(3000),
      "٣",
      "ـــ",
      "ًٌٍَُِّْ",
      "\u200F\u200E",
      'NEAR("أمن" "وطني", 2)',
      "a OR b OR c OR d OR e OR f OR g OR h OR i OR j",
    ];
    for (const input of nasty) expect(() => find(input), JSON.stringify(input.slice(0, 40))).not.toThrow();
    for (const input of nasty) expect(() => findInHeadline(input), JSON.stringify(input.slice(0, 40))).not.toThrow();
  });

  it("finds a word however hamza, ya, ta marbuta and tashkeel are written", () => {
    for (const q of ["الأمريكية", "الامريكيه", "الأمريكيّة", "أمريكية", "امريكيه", "الأَمْرِيكِيَّة"])
      expect(find(q), q).toEqual([1]);
  });

  it("finds a word behind ال, و, ب, ل and their combinations", () => {
    expect(find("أمن")).toEqual([1, 2]); // أمن, الأمن, وللأمن
    expect(find("الأمن")).toEqual([1, 2]);
    expect(find("المواطنين")).toEqual([1]);
    expect(find("مواطنين")).toEqual([1]);
    expect(find("وسلامة")).toEqual([1]);
    expect(find("سلامة")).toEqual([1]);
  });

  it("needs every word", () => {
    expect(find("أمن حموشي")).toEqual([1]);
    expect(find("أمن الملاعب")).toEqual([2]);
    expect(find("حموشي الملاعب")).toEqual([]);
  });

  it("treats operator words as words", () => {
    expect(find("NEAR")).toEqual([3]);
    expect(find("and not")).toEqual([3]);
    expect(find("أمن NOT")).toEqual([]);
  });

  it("restricts to headlines with the headline expression", () => {
    expect(findInHeadline("أمن")).toEqual([1]);
    expect(findInHeadline("الخارجية")).toEqual([]);
  });
});

describe("tsqueryExpression (PostgreSQL)", () => {
  it("ANDs the words and ORs each word's forms, as quoted lexemes", () => {
    expect(tsqueryExpression(parseQuery("أمن الوطني").terms)).toBe("('امن') & ('الوطني' | 'وطني')");
  });

  it("restricts every form to the headline (weight A) on request", () => {
    expect(tsqueryExpression(parseQuery("أمن الوطني").terms, true)).toBe("('امن':A) & ('الوطني':A | 'وطني':A)");
  });

  it("leaves no tsquery syntax from the input", () => {
    expect(tsqueryExpression(parseQuery("a & b | !c <-> d:* 'e' (f)").terms)).toBe(
      "('a') & ('b') & ('c') & ('d') & ('e') & ('f')",
    );
    expect(tsqueryExpression([])).toBeNull();
  });
});
