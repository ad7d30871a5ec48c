// Generators of hostile text for the property (fuzz) tests, shared by the
// unit tests (lib/**/*.test.ts) and the HTTP fuzz spec (e2e/fuzz.spec.ts).
import fc from "fast-check";

/** One seed for every property run, so a failure found once is found again. Override with FUZZ_SEED. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED || 20261130);

// Bidi embeddings/overrides (U+202A–U+202E), isolates (U+2066–U+2069) and the implicit marks.
export const BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c";
export const BIDI_RE = /[\u202a-\u202e\u2066-\u2069]/;

const FRAGMENTS = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '<a href="javascript:alert(1)">x</a>',
  '<svg onload="alert(1)">',
  '"><iframe src="javascript:alert(1)">',
  "<style>*{}</style>",
  "</textarea><b>",
  "&lt;&#x3c;&#60;&amp;",
  "' OR '1'='1",
  "'; DROP TABLE Comment; --",
  '" UNION SELECT passwordHash FROM User --',
  'NEAR(a b) OR NOT "x" * ^ : -',
  "%00%ZZ%E0%A4%",
  "../../etc/passwd",
  "{{7*7}}${7*7}",
  "$ACTION_ID_x $K1 $@1",
  "مرحبا بالعالم",
  "الأمن والسلامة",
  "ﻷ ﷲ ـــ ً ٌ",
  "١٢٣ ۴۵۶",
  "hello",
  "https://example.com/a?b=c",
  "a@b.co",
  "😀👨‍👩‍👧🇲🇦",
  "𠀀𞤀𝐀",
  "\u0000",
  "\r\n\t",
  "\u0007\u001b[31m\u007f\u0085",
  "\ud800",
  "\udfff",
  "\ufeff\u200b\u200d\u00ad",
];

const single = fc.oneof(
  fc.constantFrom(...FRAGMENTS),
  fc.constantFrom(...BIDI_CONTROLS),
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.stringMatching(/^[\u0621-\u064a ]{1,12}$/),
);

/** Mixed Arabic/Latin/emoji, controls, NUL, lone surrogates, bidi controls, HTML and SQL fragments. */
export const hostileString = (maxPieces = 12) =>
  fc.array(single, { maxLength: maxPieces }).map((parts) => parts.join(""));

/** A hostile piece repeated up to `maxLength` characters: very long input. */
export const longString = (maxLength: number) =>
  fc
    .tuple(
      single.filter((s) => s.length > 0),
      fc.integer({ min: 1, max: maxLength }),
    )
    .map(([s, n]) => s.repeat(Math.ceil(n / s.length)).slice(0, n));

/** Usually short hostile text, sometimes very long. */
export const anyText = (maxLength = 100_000) =>
  fc.oneof({ arbitrary: hostileString(), weight: 4 }, { arbitrary: longString(maxLength), weight: 1 });

/** Text as it arrives over HTTP: UTF-8 cannot carry lone surrogates, so they are replaced as a decoder would. */
export const wellFormed = (s: string) => s.toWellFormed();
