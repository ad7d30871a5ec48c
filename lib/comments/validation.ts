import { z } from "zod";
import { isRowIdText } from "@/lib/site/boundary";
import { ar } from "@/lib/i18n/ar";
import { fieldErrors } from "@/lib/forms/errors";
import { chars, cleanLine, cleanText } from "@/lib/text/clean";
import type { CommentField, CommentValues } from "./types";

const e = ar.comments.errors;

/** Adds http:// to a bare domain, as WordPress does; any other scheme is kept (and then refused). */
function withScheme(url: string): string {
  if (url === "" || /^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  return `http://${url.replace(/^\/+/, "")}`;
}

const maxChars = (max: number) => (s: string) => chars(s) <= max;
const httpUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });

export const commentSchema = z.object({
  content: z
    .string()
    .transform(cleanText)
    .pipe(z.string().min(1, e.contentRequired).refine(maxChars(65525), e.contentTooLong)),
  name: z
    .string()
    .transform(cleanLine)
    .pipe(z.string().min(1, e.nameRequired).refine(maxChars(245), e.nameTooLong)),
  email: z
    .string()
    .transform(cleanLine)
    .pipe(z.string().min(1, e.emailRequired).refine(maxChars(100), e.emailTooLong).pipe(z.email(e.emailInvalid))),
  url: z
    .string()
    .transform((s) => withScheme(cleanLine(s)))
    .pipe(
      z
        .string()
        .refine((s) => s === "" || maxChars(200)(s), e.urlTooLong)
        .refine((s) => s === "" || httpUrl.safeParse(s).success, e.urlInvalid),
    ),
  parentId: z
    .string()
    .transform((s) => s.trim())
    .pipe(z.string().refine((s) => s === "" || isRowIdText(s), e.parentInvalid)),
});

export type ValidComment = {
  content: string;
  name: string;
  email: string;
  url: string | null;
  parentId: number | null;
};

export type ValidationResult =
  { ok: true; data: ValidComment } | { ok: false; errors: Partial<Record<CommentField | "form", string>> };

export function validateComment(values: CommentValues): ValidationResult {
  const parsed = commentSchema.safeParse(values);
  if (!parsed.success) {
    // The first problem per field is the one worth telling; a bad parent is the form's problem.
    const { parentId, ...fields } = fieldErrors(parsed.error);
    const errors: Partial<Record<CommentField | "form", string>> = fields;
    if (parentId) errors.form ??= parentId;
    return { ok: false, errors };
  }
  const d = parsed.data;
  return {
    ok: true,
    data: {
      content: d.content,
      name: d.name,
      email: d.email.toLowerCase(),
      url: d.url || null,
      parentId: d.parentId ? Number(d.parentId) : null,
    },
  };
}
