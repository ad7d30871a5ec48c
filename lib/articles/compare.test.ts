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
  it("keeps Latin words, digits and punctuation whole", () => {
    const parts = diffText("سجل 12 هدفا في Ligue 1.", "سجل 13 هدفا في Ligue 1!");
    expect(parts.filter((p) => p.change === "removed").map((p) => p.text)).toEqual(["12", "."]);
    expect(parts.filter((p) => p.change === "added").map((p) => p.text)).toEqual(["13", "!"]);
  });
  it("bounds the work on long texts that differ throughout: shown whole, one removed and one added", () => {
    const text = (n: number, step: number) => Array.from({ length: n }, (_, i) => `كلمة${(i * step) % 9973}`).join(" ");
    const [before, after] = [text(20_000, 7), text(20_000, 13)];
    const started = performance.now();
    const parts = diffText(before, after);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(parts).toEqual([
      { text: before, change: "removed" },
      { text: after, change: "added" },
    ]);
    // A small edit in a long text is still found word by word.
    const edited = diffText(before, `${before} خاتمة`);
    expect(edited.filter((p) => p.change === "added").map((p) => p.text.trim())).toEqual(["خاتمة"]);
  });
  it("finds nothing to mark in equal texts", () => {
    const same = { headline: "خبر", kicker: null, excerpt: "", body: "<p>نص</p>" };
    const c = compareArticles(same, { ...same, excerpt: null });
    expect(Object.values(c).some(changed)).toBe(false);
  });
});
