// Turns what a reader typed into a safe FTS5 MATCH expression (SQLite) or
// tsquery (PostgreSQL).
//
// The input is never passed to FTS5's query language: it is folded and cut
// into words (letters and digits only), so quotes, `*`, `^`, `:`, `-`,
// parentheses and NUL bytes are gone before anything is built, and every word
// is written as a quoted string, so AND / OR / NOT / NEAR are plain words.
import { tokenize, wordForms } from "./normalize";

/** Longest query we look at; the rest is cut (and the reader told). */
export const MAX_QUERY_LENGTH = 200;
/** Most words a query may use: each word is one more index lookup. */
export const MAX_TERMS = 8;

export type ParsedQuery = {
  /** The query as the page shows it back: control characters removed, spaces collapsed, cut to length. */
  text: string;
  /** True when the input was longer than we search. */
  truncated: boolean;
  /** One entry per distinct query word: the forms it may take in the index (see wordForms). */
  terms: string[][];
};

// Control characters (NUL included) and other invisibles never belong in a query.
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;

export function parseQuery(input: string | string[] | undefined | null): ParsedQuery {
  const raw = (Array.isArray(input) ? input[0] : input) ?? "";
  // A lone surrogate would make the echoed query unencodable in the page's own links.
  const clean = raw.toWellFormed().replace(CONTROL, " ").replace(/\s+/g, " ").trim();
  const truncated = clean.length > MAX_QUERY_LENGTH;
  // Cut on a code point boundary so no half surrogate pair is echoed back.
  const text = truncated ? Array.from(clean).slice(0, MAX_QUERY_LENGTH).join("").trim() : clean;
  const words = [...new Set(tokenize(text))];
  return { text, truncated: truncated || words.length > MAX_TERMS, terms: words.slice(0, MAX_TERMS).map(wordForms) };
}

// A quoted FTS5 string; doubling `"` is the only escape the syntax has (tokens never contain one, but be exact).
const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** Every query word must match (AND); a word matches through any of its forms (OR). Null when there is nothing to search. */
export function matchExpression(terms: string[][]): string | null {
  if (terms.length === 0) return null;
  return terms
    .map((forms) => (forms.length === 1 ? quote(forms[0]!) : `(${forms.map(quote).join(" OR ")})`))
    .join(" AND ");
}

/** The same expression restricted to the headline column: articles whose headline holds every word. */
export function headlineExpression(terms: string[][]): string | null {
  const all = matchExpression(terms);
  return all && `headline : (${all})`;
}

// A quoted tsquery lexeme. Tokens are letters and digits only; doubling `'` and `\\` is the
// syntax's escape, kept for exactness.
const lexeme = (s: string, weight: string) => `'${s.replace(/['\\]/g, (c) => c + c)}'${weight}`;

/**
 * The same rule as matchExpression for PostgreSQL's to_tsquery: every word (AND), any of its
 * forms (OR). With `headlineOnly`, each form must be in the headline (weight A in the index).
 */
export function tsqueryExpression(terms: string[][], headlineOnly = false): string | null {
  if (terms.length === 0) return null;
  const w = headlineOnly ? ":A" : "";
  return terms.map((forms) => `(${forms.map((f) => lexeme(f, w)).join(" | ")})`).join(" & ");
}

/** Every form of every query word, for marking matched words in the text shown. */
export function matchedForms(terms: string[][]): Set<string> {
  return new Set(terms.flat());
}
