import { describe, expect, it } from "vitest";
import { decodeSlug, slugify } from "@/lib/text/slug";

describe("slugify", () => {
  it("keeps Arabic letters and joins words with hyphens", () => {
    expect(slugify("بومبيو يبحث مع حموشي سبل ضمان أمن")).toBe("بومبيو-يبحث-مع-حموشي-سبل-ضمان-أمن");
  });
  it("drops tashkeel, tatweel and punctuation", () => {
    expect(slugify("مَرْحَبـــاً: بالعالم!؟")).toBe("مرحبا-بالعالم");
  });
  it("lowercases Latin and keeps digits", () => {
    expect(slugify("COP 28 في دبي")).toBe("cop-28-في-دبي");
  });
  it("cuts long headlines on a word boundary", () => {
    const s = slugify("كلمة ".repeat(40));
    expect(s.length).toBeLessThanOrEqual(80);
    expect(s.endsWith("-")).toBe(false);
    expect(s.split("-").every((w) => w === "كلمة")).toBe(true);
  });
  it("gives an empty slug for text without letters", () => {
    expect(slugify("!!! ...")).toBe("");
  });
});

describe("decodeSlug", () => {
  it("decodes percent-encoded Arabic", () => {
    expect(decodeSlug(encodeURIComponent("وطنية"))).toBe("وطنية");
  });
  it("leaves raw text and malformed escapes alone", () => {
    expect(decodeSlug("وطنية")).toBe("وطنية");
    expect(decodeSlug("%E0%A4%A")).toBe("%E0%A4%A");
  });
});
