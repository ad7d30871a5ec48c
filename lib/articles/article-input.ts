import { z } from "zod";
import { idField, optionalRef } from "@/lib/forms/fields";
import { isRowIdText } from "@/lib/site/boundary";
import { ar } from "@/lib/i18n/ar";
import { SITE_TIMEZONE } from "@/lib/site/format-date";
import { parseWallDateTime } from "@/lib/site/zoned-time";
import { stripControls } from "@/lib/text/clean";
import { slugify, tagSlug } from "@/lib/text/slug";
import { readForm } from "@/lib/forms/form-data";

const e = ar.admin.editor.errors;
const optionalText = (max: number) =>
  z
    .string()
    .transform((s) => stripControls(s).trim())
    .pipe(z.string().max(max))
    .transform((s) => s || null);

export const INTENTS = ["draft", "review", "publish", "unpublish", "trash", "restore"] as const;
export type Intent = (typeof INTENTS)[number];

/** The editor form, as the server reads it. The body is sanitized later, in save-article. */
export const articleInput = z
  .object({
    id: idField,
    intent: z.enum(INTENTS),
    headline: z
      .string()
      .transform((s) => stripControls(s).replace(/\s+/g, " ").trim())
      .pipe(z.string().min(1, e.headline).max(500, e.headline)),
    kicker: optionalText(300),
    excerpt: optionalText(1000),
    slug: z
      .string()
      .transform((s) => slugify(s))
      .pipe(z.string().max(120, e.slug)),
    body: z.string().max(2_000_000).transform(stripControls),
    categoryId: z.string().refine(isRowIdText, e.category).transform(Number),
    authorId: optionalRef(e.author),
    tags: z
      .string()
      .max(1000)
      .transform((s) => {
        // One name per slug: "Foo" and "foo" are one tag, and an article links a tag once.
        const bySlug = new Map<string, string>();
        for (const name of stripControls(s)
          .split(/[,،]/)
          .map((t) => t.trim())
          .filter(Boolean))
          if (!bySlug.has(tagSlug(name))) bySlug.set(tagSlug(name), name);
        return [...bySlug.values()].slice(0, 20);
      }),
    imageCaption: optionalText(300),
    seoTitle: optionalText(200),
    seoDescription: optionalText(500),
    // The publish date and time as the newsroom's clocks show them (SITE_TIMEZONE), turned into an instant below.
    publishDate: z.string().max(40),
    publishTime: z.string().max(20),
  })
  .transform(({ publishDate, publishTime, ...rest }, ctx) => {
    const { at: publishAt, bad } = parseWallDateTime(publishDate, publishTime, SITE_TIMEZONE);
    if (bad.includes("date")) ctx.addIssue({ code: "custom", path: ["publishDate"], message: e.publishDate });
    if (bad.includes("time")) ctx.addIssue({ code: "custom", path: ["publishTime"], message: e.publishTime });
    return { ...rest, publishAt };
  });

export type ArticleInput = z.infer<typeof articleInput>;

export const FORM_FIELDS = [
  "id",
  "intent",
  "headline",
  "kicker",
  "excerpt",
  "slug",
  "body",
  "categoryId",
  "authorId",
  "tags",
  "imageCaption",
  "seoTitle",
  "seoDescription",
  "publishDate",
  "publishTime",
] as const;

export function readArticleForm(form: FormData): Record<(typeof FORM_FIELDS)[number], string> {
  return readForm(form, FORM_FIELDS);
}
