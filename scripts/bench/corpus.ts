// Deterministic Arabic filler text for the benchmarks: words drawn from the
// seed's real Arabic text (so common words are common), with tashkeel and
// hamza variants sprinkled in, plus a long tail of generated names, as news has.
import { readFileSync } from "node:fs";

let state = 0x5a1f1a;
/** mulberry32: the same sequence on every run, so datasets of one size are identical. */
export function random(): number {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
export const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
export const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

const corpus = [
  readFileSync("prisma/seed-data/000_caeb7f1bcac17711.txt", "utf8"),
  readFileSync("prisma/seed-data/samples.ts", "utf8"),
]
  .join(" ")
  .match(/[\u0621-\u064A\u0660-\u0669]+|[0-9]+/g)!; // Arabic words and numbers in their natural frequencies

const LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
export const names = Array.from({ length: 30_000 }, () =>
  Array.from({ length: between(4, 7) }, () => pick([...LETTERS])).join(""),
);
const TASHKEEL = ["\u064E", "\u064F", "\u0650", "\u0652", "\u0651"];

export function word(): string {
  const r = random();
  if (r < 0.04) return names[Math.floor(random() ** 2 * names.length)]!; // long tail, some names more frequent
  let w = pick(corpus);
  if (r < 0.06)
    w = w.replace(/ا/, "أ"); // hamza written or not
  else if (r < 0.08) w = w.replace(/ه$/, "ة");
  else if (r < 0.1) w = [...w].map((c) => c + (random() < 0.5 ? pick(TASHKEEL) : "")).join("");
  return w;
}
export const words = (lo: number, hi: number) => Array.from({ length: between(lo, hi) }, word).join(" ");
/** An article body: 3–7 paragraphs of sanitized-shape HTML. */
export const paragraphs = () => Array.from({ length: between(3, 7) }, () => `<p>${words(35, 70)}.</p>`).join("\n");
