import { diffArrays } from "diff";

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

// Words are runs of letters (Arabic ones included: jsdiff's own word tokenizer would cut
// Arabic letter by letter), marks and digits; each space run and each other character is a
// token of its own. Not Intl.Segmenter: in this Node its segments each copy the whole input,
// so a long text took seconds and an 8,000-word one ran out of memory.
const TOKEN = /[\p{L}\p{M}\p{N}_]+|\s+|[^\p{L}\p{M}\p{N}_\s]/gu;

/**
 * How long a word-by-word diff may run. Two long texts that differ throughout cost
 * time that grows with the product of their lengths, on the thread every request
 * waits for; past this the versions are shown whole, one removed and one added.
 */
const DIFF_TIMEOUT_MS = 250;

/** Word by word: what `after` added to `before` and what it took away. */
export function diffText(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ text: before, change: "same" }] : [];
  const parts = diffArrays(before.match(TOKEN) ?? [], after.match(TOKEN) ?? [], { timeout: DIFF_TIMEOUT_MS });
  if (!parts)
    return [
      ...(before ? [{ text: before, change: "removed" as const }] : []),
      ...(after ? [{ text: after, change: "added" as const }] : []),
    ];
  return parts.map((p) => ({
    text: p.value.join(""),
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
