import { diffWords } from "diff";

export type DiffPart = { text: string; change: "same" | "added" | "removed" };
export type ComparedText = { headline: string; kicker: string | null; excerpt: string | null; body: string };

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", nbsp: " " };

/** A stored body as text: one paragraph (or heading, list item, quote) per line, tags gone. */
export function bodyText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(p|h[1-6]|li|blockquote|figure|figcaption)>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? "")
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .filter(Boolean)
    .join("\n");
}

// Arabic letters are not "word" characters to jsdiff's own tokenizer (it would diff letter by
// letter): words are cut by Intl's word segmentation instead.
const words = new Intl.Segmenter("ar", { granularity: "word" });

/** Word by word: what `after` added to `before` and what it took away. */
export function diffText(before: string, after: string): DiffPart[] {
  return diffWords(before, after, { intlSegmenter: words }).map((p) => ({
    text: p.value,
    change: p.added ? "added" : p.removed ? "removed" : "same",
  }));
}

/** Each field of two versions of an article, diffed (the body as its paragraphs' text). */
export function compareArticles(before: ComparedText, after: ComparedText) {
  return {
    headline: diffText(before.headline, after.headline),
    kicker: diffText(before.kicker ?? "", after.kicker ?? ""),
    excerpt: diffText(before.excerpt ?? "", after.excerpt ?? ""),
    body: diffText(bodyText(before.body), bodyText(after.body)),
  };
}

export const changed = (parts: DiffPart[]) => parts.some((p) => p.change !== "same");
