import { describe, expect, it } from "vitest";
import { ar } from "./ar";
import { plural } from "./plural";

describe("plural (Intl.PluralRules('ar'))", () => {
  const comments = (n: number) => ar.comments.title(n);

  it("uses each of the six forms for counted comments", () => {
    expect(comments(0)).toBe("لا توجد تعليقات");
    expect(comments(1)).toBe("تعليق واحد");
    expect(comments(2)).toBe("تعليقان");
    for (const n of [3, 7, 10]) expect(comments(n)).toBe(`${n} تعليقات`);
    for (const n of [11, 42, 99]) expect(comments(n)).toBe(`${n} تعليقاً`);
    for (const n of [100, 200, 1000]) expect(comments(n)).toBe(`${n} تعليق`);
  });

  it("follows the last two digits past a hundred", () => {
    expect(comments(103)).toBe("103 تعليقات"); // few
    expect(comments(111)).toBe("111 تعليقاً"); // many
    expect(comments(101)).toBe("101 تعليق"); // other
    expect(comments(102)).toBe("102 تعليق"); // other
  });

  it("counts search results the same way", () => {
    const results = ar.searchPage.count;
    expect(results(0)).toBe("لا توجد نتائج");
    expect(results(1)).toBe("نتيجة واحدة");
    expect(results(2)).toBe("نتيجتان");
    expect(results(5)).toBe("5 نتائج");
    expect(results(11)).toBe("11 نتيجةً");
    expect(results(100)).toBe("100 نتيجة");
  });

  it("puts the number wherever the phrase says", () => {
    const forms = { zero: "#", one: "#", two: "#", few: "(#)", many: "#", other: "#" };
    expect(plural(4, forms)).toBe("(4)");
  });
});
