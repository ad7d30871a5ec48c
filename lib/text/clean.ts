// Cleaning what people type before it is stored: one rule for every subject (comments, articles, taxonomy,
// people).

/** NUL and the other control characters (tab and line breaks kept) never belong in stored text; PostgreSQL refuses NUL outright. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export const stripControls = (s: string) => s.replace(CONTROL, "");

// Bidi overrides and isolates would let a name reverse the text around it.
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/** Length in characters (code points), as WordPress counts them, not UTF-16 units. */
export const chars = (s: string) => Array.from(s).length;

/**
 * One line of text (a name, an address): control and bidi characters removed, line breaks and tabs made
 * spaces, a lone surrogate (not text: stored, it would come back as something else) replaced, trimmed.
 */
export function cleanLine(s: string): string {
  return stripControls(s.toWellFormed())
    .replace(/[\r\n\t]+/g, " ")
    .replace(BIDI, "")
    .trim();
}

/** Several lines of text (a comment, a description): the same, keeping line breaks (as \n). */
export function cleanText(s: string): string {
  return stripControls(s.toWellFormed().replace(/\r\n?/g, "\n")).replace(BIDI, "").trim();
}
