// Marks matched words in the text a result shows. Works on the original text
// (with its hamzas and tashkeel), never on the folded index text, and marks
// whole words only: a <mark> inside an Arabic word would break letter joining.
// The output is plain segments; the page renders them as text, never as HTML.
import { tokenize, wordForms } from "./normalize";

export type Segment = { text: string; hit: boolean };

// A word as a reader sees it: letters, digits, combining marks (tashkeel),
// tatweel and joiners, so a word is never split in the middle.
const WORD = /[\p{L}\p{N}\p{M}\u0640\u200C\u200D]+/gu;

type Piece = { text: string; word: boolean };

function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index), word: false });
    out.push({ text: m[0], word: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), word: false });
  return out;
}

/** Does a word as written match one of the query's forms (same rule as the index)? */
export function isMatch(word: string, forms: Set<string>): boolean {
  return tokenize(word).some((t) => wordForms(t).some((f) => forms.has(f)));
}

/** isMatch with a memory: a body repeats its words, and folding each one again costs. */
function matcher(forms: Set<string>): (word: string) => boolean {
  const seen = new Map<string, boolean>();
  return (word) => {
    let hit = seen.get(word);
    if (hit === undefined) seen.set(word, (hit = isMatch(word, forms)));
    return hit;
  };
}

/** Joins neighbouring segments of the same kind, so the markup stays small. */
function merge(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const prev = out[out.length - 1];
    if (prev && prev.hit === s.hit && !s.hit) prev.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

/** The whole text, matched words marked. */
export function markWords(text: string, forms: Set<string>): Segment[] {
  const match = matcher(forms);
  return merge(pieces(text).map((p) => ({ text: p.text, hit: p.word && match(p.text) })));
}

const ELLIPSIS = "…";

/**
 * A window of about `size` words, from whichever text (in order of preference)
 * holds the most matched words within one window, placed to start a few
 * words before the first of them. Without any match: the start of the first
 * non-empty text.
 */
export function snippet(texts: (string | null | undefined)[], forms: Set<string>, size = 30): Segment[] {
  const match = matcher(forms);
  let best: { ps: Piece[]; words: number[]; start: number; score: number } | null = null;
  for (const text of texts) {
    if (!text || text.trim() === "") continue;
    const ps = pieces(text.trim());
    const words: number[] = []; // index in ps of each word
    const hits: number[] = []; // index in words of each matched word
    for (let i = 0; i < ps.length; i++) {
      if (!ps[i]!.word) continue;
      if (match(ps[i]!.text)) hits.push(words.length);
      words.push(i);
    }
    // Sliding window over the hits: how many fall in the window that starts 4 words before each one.
    let lo = 0;
    let end = 0;
    for (const h of hits) {
      const start = Math.max(0, h - 4);
      while (hits[lo]! < start) lo++;
      while (end < hits.length && hits[end]! < start + size) end++;
      const score = end - lo;
      if (!best || score > best.score) best = { ps, words, start, score };
    }
    if (!best) best = { ps, words, start: 0, score: 0 }; // first text, in case nothing matches anywhere
  }
  return best ? window(best.ps, best.words, best.start, size, match) : [];
}

function window(
  ps: Piece[],
  words: number[],
  startWord: number,
  size: number,
  match: (word: string) => boolean,
): Segment[] {
  const from = startWord === 0 ? 0 : words[startWord]!;
  const endWord = Math.min(words.length, startWord + size);
  const to = endWord >= words.length ? ps.length : words[endWord - 1]! + 1;
  const segments = ps.slice(from, to).map((p) => ({ text: p.text, hit: p.word && match(p.text) }));
  if (from > 0) segments.unshift({ text: `${ELLIPSIS} `, hit: false });
  if (to < ps.length) segments.push({ text: ` ${ELLIPSIS}`, hit: false });
  return merge(segments);
}
