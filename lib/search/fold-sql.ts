import { Prisma } from "@/lib/db/generated/client";
import { charFolds, fold } from "./normalize";

// The Arabic folds that change how a headline is typed: alef and hamza forms, ى, ة, Persian
// yeh and kaf, tashkeel and tatweel. Digits, invisible marks and presentation forms are left to
// the full-text index (fold() on the whole text); here each fold is one nested REPLACE per row.
const ARABIC = /[\u0622-\u0629\u0640\u064B-\u0652\u0670-\u0675\u0649\u06A9\u06C3\u06CC]/;
const FOLDS = charFolds().filter(([from]) => ARABIC.test(from));

/**
 * `lower(<column> folded)` in SQL both engines run (nested REPLACE), so a LIKE over it matches
 * what fold() makes of the query: `الامن` finds `الأمن`. `column` is SQL, never user input.
 */
export function foldedColumn(column: string): Prisma.Sql {
  let sql = column;
  for (const [from, to] of FOLDS) sql = `REPLACE(${sql}, '${from}', '${to}')`;
  return Prisma.raw(`lower(${sql})`);
}

/** A LIKE pattern (escape `\`) for text containing the folded query. */
export function foldedPattern(query: string): string {
  return `%${fold(query).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
