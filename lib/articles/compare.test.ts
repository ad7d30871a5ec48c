import { describe, expect, it } from "vitest";
import { bodyText, changed, compareArticles, diffText } from "./compare";

describe("bodyText", () => {
  it("keeps one line per paragraph and no markup", () => {
    expect(bodyText("<p>الفقرة <strong>الأولى</strong></p><h2>عنوان</h2><ul><li>بند</li></ul><p>أ &amp; ب</p>")).toBe(
      "الفقرة الأولى\nعنوان\nبند\nأ & ب",
    );
  });
});

describe("diffText", () => {
  it("marks Arabic words added and removed, leaving the rest alone", () => {
    const parts = diffText("قال الوزير إن الحكومة ستعمل", "قال الوزير اليوم إن الحكومة لن تعمل");
    expect(parts.filter((p) => p.change === "added").map((p) => p.text.trim())).toEqual(["اليوم", "لن تعمل"]);
    expect(parts.filter((p) => p.change === "removed").map((p) => p.text.trim())).toEqual(["ستعمل"]);
    expect(parts.filter((p) => p.change === "same").map((p) => p.text.trim())).toEqual(["قال الوزير", "إن الحكومة"]);
  });
  it("finds nothing to mark in equal texts", () => {
    const same = { headline: "خبر", kicker: null, excerpt: "", body: "<p>نص</p>" };
    const c = compareArticles(same, { ...same, excerpt: null });
    expect(Object.values(c).some(changed)).toBe(false);
  });
});
