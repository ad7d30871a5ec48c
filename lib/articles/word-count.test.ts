import { describe, expect, it } from "vitest";
import { ar } from "@/lib/i18n/ar";
import { countWords } from "./word-count";

describe("countWords", () => {
  it("counts Arabic and Latin words, not punctuation", () => {
    expect(countWords("")).toBe(0);
    expect(countWords("  ،،  . ")).toBe(0);
    expect(countWords("قال الوزيرُ، اليوم: إن 2024 سنةُ well-being!")).toBe(7);
  });
  it("is said with Arabic plural forms", () => {
    expect([0, 1, 2, 3, 10, 11, 100].map(ar.admin.editor.wordCount)).toEqual([
      "لا كلمات بعد",
      "كلمة واحدة",
      "كلمتان",
      "3 كلمات",
      "10 كلمات",
      "11 كلمة",
      "100 كلمة",
    ]);
  });
});
