// Arabic-aware folding, shared by the search index and the query so both sides
// always agree. Pure functions: no database, no React.
//
// What is folded (docs/search.md): alef and hamza-on-alef forms → ا, ى → ي,
// ة → ه, tashkeel and tatweel dropped. Also, because readers and imported
// articles produce them: presentation forms and ligatures (NFKC), invisible
// direction and joiner marks, Persian yeh/kaf typed on Persian keyboards,
// Arabic-Indic digits → 0-9, Latin case and Latin accents.
// Hamza on waw/yeh (ؤ ئ) and standalone ء are kept: they distinguish words.

// One table for every single-character fold, applied in one pass.
const MAP = new Map<string, string>();
const drop = (from: number, to = from) => {
  for (let c = from; c <= to; c++) MAP.set(String.fromCharCode(c), "");
};
// Harakat, shadda, sukun, superscript alef, Quranic annotation marks.
drop(0x0610, 0x061a);
drop(0x064b, 0x065f);
drop(0x0670);
drop(0x06d6, 0x06dc);
drop(0x06df, 0x06e8);
drop(0x06ea, 0x06ed);
drop(0x0640); // tatweel
// Soft hyphen, Arabic letter mark, zero-width and bidi controls, BOM.
for (const [from, to] of [
  [0x00ad],
  [0x061c],
  [0x180e],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2064],
  [0x2066, 0x2069],
  [0xfeff],
])
  drop(from!, to);
for (const c of "\u0622\u0623\u0625\u0671\u0672\u0673\u0675") MAP.set(c, "\u0627"); // آ أ إ ٱ ٲ ٳ ٵ → ا
MAP.set("\u0649", "\u064A"); // ى → ي
MAP.set("\u06CC", "\u064A"); // Persian yeh ی → ي
MAP.set("\u0629", "\u0647"); // ة → ه
MAP.set("\u06C3", "\u0647"); // ۃ → ه
MAP.set("\u06A9", "\u0643"); // Persian kaf ک → ك
for (let d = 0; d < 10; d++) {
  MAP.set(String.fromCharCode(0x0660 + d), String(d)); // Arabic-Indic digits
  MAP.set(String.fromCharCode(0x06f0 + d), String(d)); // Persian digits
}
const esc = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
const FOLDED = new RegExp(`[${[...MAP.keys()].map(esc).join("")}]`, "g");

// Text made only of ASCII and plain Arabic letters and marks needs no Unicode
// normalization (NFKC changes nothing there): the common case, kept fast.
const PLAIN = /^[\u0000-\u007F\u0600-\u0652\u0656-\u0673\u0679-\u06FF]*$/;
const LATIN_ACCENT = /[\u0300-\u036F]/g;

/** Folds text for matching. Same input → same output on the index and query sides. */
export function fold(text: string): string {
  if (PLAIN.test(text)) return text.replace(FOLDED, (c) => MAP.get(c)!).toLowerCase();
  return text
    .normalize("NFKC") // presentation forms (ﻷ, ﷲ) → letters; decomposed hamza → precomposed
    .replace(FOLDED, (c) => MAP.get(c)!)
    .toLowerCase()
    .normalize("NFD") // Latin accents come off as combining marks
    .replace(LATIN_ACCENT, "")
    .normalize("NFC");
}

// A token is a run of letters and digits: the same characters SQLite's
// unicode61 tokenizer keeps, so the words we write are the words it indexes.
const TOKEN = /[\p{L}\p{N}]+/gu;

/** The folded words of a text, in order. */
export function tokenize(text: string): string[] {
  return fold(text).match(TOKEN) ?? [];
}

// Shortest stem left after removing a prefix. The definite article is a safe
// cut (اليد → يد); a lone letter needs more left over, or too many ordinary
// words would lose their first letter (ولد, بيت, كتب stay whole).
const MIN_AFTER_ARTICLE = 2;
const MIN_AFTER_LETTER = 3;
// Words that start with ال but are not article + noun, and are too common to
// let them match the short word left over (الله is not ال + له).
const NOT_ARTICLE = new Set(["\u0627\u0644\u0644\u0647"]);

/**
 * The forms a folded word is found under: itself and the word without its
 * clitic prefixes — conjunction و/ف, then preposition ب/ك/ل, then the article
 * ال (ل + ال is written لل). `والأمن` → والامن, الامن, امن. Both the index and
 * the query expand words this way, so a query word matches a text word when
 * they share a form: `أمن` finds `الأمن`, `للأمن`, `وبالأمن`; `الأمن` finds `أمن`.
 */
export function wordForms(word: string): string[] {
  const forms = new Set([word]);
  const bases = [word];
  if (/^[\u0648\u0641]/.test(word) && word.length - 1 >= MIN_AFTER_LETTER) bases.push(word.slice(1)); // و ف
  for (const base of bases) {
    forms.add(base);
    let definite: string | null = null; // the word with its article, once the preposition is off
    if (base.startsWith("\u0627\u0644"))
      definite = base; // ال
    else if (/^[\u0628\u0643]\u0627\u0644/.test(base))
      definite = base.slice(1); // بال كال
    else if (base.startsWith("\u0644\u0644"))
      definite = `\u0627\u0644${base.slice(2)}`; // لل = ل + ال
    else if (/^[\u0628\u0643\u0644]/.test(base) && base.length - 1 >= MIN_AFTER_LETTER) forms.add(base.slice(1)); // ب ك ل
    if (definite && definite.length - 2 >= MIN_AFTER_ARTICLE) {
      forms.add(definite);
      if (!NOT_ARTICLE.has(definite)) forms.add(definite.slice(2));
    }
  }
  return [...forms];
}

/** What goes into the index for a piece of text: every word with its prefix-less forms. */
export function indexText(text: string | null | undefined): string {
  if (!text) return "";
  return tokenize(text).flatMap(wordForms).join(" ");
}
