import { readFileSync } from "node:fs";
import path from "node:path";

/** The newspaper article Sahifa is modelled on, parsed from the page text kept verbatim beside this file. */
export type SourceArticle = {
  kicker: string;
  headline: string;
  paragraphs: string[];
  author: string;
  date: { day: number; month: number; year: number };
  related: string[];
};

export function parseSourceArticle(text: string): SourceArticle {
  // The page text carries no-break spaces on "empty" lines; trim() removes them.
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const filled = lines.filter(Boolean);
  const authorAt = filled.findIndex((l) => l.startsWith("الكاتب :"));
  const dateLine = filled.find((l) => l.startsWith("بتاريخ :"));
  const relatedAt = filled.indexOf("أخبار مرتبطة");
  const formAt = filled.indexOf("اترك تعليقاً");
  const [day, month, year] = (dateLine?.match(/(\d{2})\/(\d{2})\/(\d{4})/) ?? []).slice(1).map(Number);
  if (authorAt < 3 || relatedAt < 0 || formAt < 0 || !day || !month || !year) {
    throw new Error("seed article: unexpected layout");
  }
  return {
    kicker: filled[0]!,
    headline: filled[1]!,
    paragraphs: filled.slice(2, authorAt),
    author: filled[authorAt]!.slice("الكاتب :".length).trim(),
    date: { day, month, year },
    related: filled.slice(relatedAt + 1, formAt),
  };
}

export function loadSourceArticle(): SourceArticle {
  return parseSourceArticle(readFileSync(path.join(__dirname, "000_caeb7f1bcac17711.txt"), "utf8"));
}
