import { describe, expect, it } from "vitest";
import { loadSourceArticle } from "./source-article";

describe("the seed article", () => {
  const a = loadSourceArticle();
  it("has the kicker, headline, author and date of the source page", () => {
    expect(a.kicker).toBe("في تصريح للمتحدثة الرسمية باسم وزارة الخارجية الأمريكية، مورغان أورتاغوس:");
    expect(a.headline).toBe("بومبيو يبحث مع حموشي سبل ضمان أمن وسلامة المواطنين الأمريكيين والمغاربة على حد سواء");
    expect(a.author).toBe("يوسف هناني");
    expect(a.date).toEqual({ day: 7, month: 12, year: 2019 });
  });
  it("keeps every body paragraph", () => {
    expect(a.paragraphs).toHaveLength(11);
    expect(a.paragraphs[0]).toMatch(/^كشفت المتحدثة الرسمية/);
    expect(a.paragraphs.at(-1)).toMatch(/^كما ناقش الطرفان/);
  });
  it("lists the three related items", () => {
    expect(a.related).toHaveLength(3);
    expect(a.related[0]).toMatch(/^الكاتب الاول للحزب إدريس لشكر/);
  });
});
