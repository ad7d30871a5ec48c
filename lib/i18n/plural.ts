// Counted nouns in Arabic. Arabic has six plural forms, chosen by Intl.PluralRules("ar"): zero (0), one (1),
// two (2), few (3–10, and 103–110…), many (11–99, and 111–199…), other (100, 1000…, and fractions). By hand
// it goes wrong past ten: "11 تعليقاً" takes the accusative singular, "100 تعليق" the genitive singular.

const rules = new Intl.PluralRules("ar");

/** One phrase per form; `#` stands for the number (Latin digits, as the site prints them). */
export type ArabicPluralForms = Record<Intl.LDMLPluralRule, string>;

/** The phrase for `n` things, in the form Arabic grammar asks for. */
export function plural(n: number, forms: ArabicPluralForms): string {
  return forms[rules.select(n)].replaceAll("#", String(n));
}
