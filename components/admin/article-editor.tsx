"use client";

import { useActionState, useState } from "react";
import type { ActionResult } from "@/lib/auth/action";
import { ar } from "@/lib/i18n/ar";
import { Field, FormMessage } from "./form-field";
import { FrontPageFields, type FrontPageValues } from "./front-page-fields";
import { FeaturedImageField } from "./media-picker";
import { RichTextEditor } from "./rich-text-editor";
import { submitWithoutReset } from "./submit-without-reset";

const t = ar.admin.editor;

export type EditorArticle = {
  id: number | null;
  headline: string;
  kicker: string;
  slug: string;
  excerpt: string;
  body: string;
  categoryId: string;
  authorId: string;
  tags: string;
  featuredImage: string; // public path or ""
  imageCaption: string;
  publishAt: string; // ISO or ""
  status: keyof typeof ar.admin.status;
  frontPage: FrontPageValues;
};

type Props = {
  article: EditorArticle;
  categories: { id: number; name: string }[];
  authors: { id: number; name: string }[] | null; // null: the byline is not theirs to choose
  canPublish: boolean;
  action: (state: ActionResult, form: FormData) => Promise<ActionResult>;
  notice?: string;
};

/** `YYYY-MM-DDTHH:mm` in the browser's timezone, for datetime-local. */
function toLocalInput(iso: string): string {
  if (!iso) return "";
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function ArticleEditor({ article, categories, authors, canPublish, action, notice }: Props) {
  const [state, formAction, pending] = useActionState(action, { ok: true, message: notice });
  const v = { ...article, ...(state.values ?? {}) } as EditorArticle;
  const err = state.errors ?? {};
  const [publishAt, setPublishAt] = useState(article.publishAt);
  const input = "mt-1 w-full rounded border bg-white p-2";
  const aria = (f: string) => (err[f] ? { "aria-invalid": true, "aria-describedby": `${f}-error` } : {});
  const isPublic = article.status === "PUBLISHED" || article.status === "SCHEDULED";

  const intentButton = (intent: string, label: string, primary = false) => (
    <button
      type="submit"
      name="intent"
      value={intent}
      disabled={pending}
      className={`rounded px-4 py-2 font-bold disabled:opacity-60 ${primary ? "bg-brand text-white hover:bg-brand-dark" : "border bg-white hover:bg-gray-100"}`}
    >
      {label}
    </button>
  );

  return (
    <form onSubmit={submitWithoutReset(formAction)} className="grid gap-6 lg:grid-cols-[1fr_18rem]">
      <input type="hidden" name="id" value={article.id ?? ""} />
      <div className="flex flex-col gap-4">
        <FormMessage state={state} />
        <Field id="kicker" label={t.kicker} error={err.kicker}>
          <input id="kicker" name="kicker" defaultValue={v.kicker} className={input} {...aria("kicker")} />
        </Field>
        <Field id="headline" label={t.headline} error={err.headline}>
          <input
            id="headline"
            name="headline"
            required
            defaultValue={v.headline}
            className={`${input} text-xl font-bold`}
            {...aria("headline")}
          />
        </Field>
        <Field id="slug" label={t.slug} error={err.slug}>
          <input
            id="slug"
            name="slug"
            defaultValue={v.slug}
            placeholder={t.slugHint}
            className={input}
            {...aria("slug")}
          />
        </Field>
        <Field id="excerpt" label={t.excerpt} error={err.excerpt}>
          <textarea
            id="excerpt"
            name="excerpt"
            rows={3}
            defaultValue={v.excerpt}
            className={input}
            {...aria("excerpt")}
          />
        </Field>
        <div>
          <p className="font-bold">{t.body}</p>
          <RichTextEditor
            name="body"
            initialHtml={v.body}
            invalid={!!err.body}
            describedBy={err.body ? "body-error" : undefined}
          />
          {err.body && (
            <p id="body-error" className="mt-1 text-sm font-bold text-red-700">
              {err.body}
            </p>
          )}
        </div>
      </div>

      <aside className="flex flex-col gap-4 rounded border bg-gray-50 p-4">
        <p>
          {t.status}: <strong>{ar.admin.status[article.status]}</strong>
        </p>
        <Field id="categoryId" label={t.category} error={err.categoryId}>
          <select
            id="categoryId"
            name="categoryId"
            defaultValue={v.categoryId}
            required
            className={input}
            {...aria("categoryId")}
          >
            <option value="">—</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
        {authors ? (
          <Field id="authorId" label={t.author} error={err.authorId}>
            <select id="authorId" name="authorId" defaultValue={v.authorId} className={input}>
              <option value="">—</option>
              {authors.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </Field>
        ) : (
          <input type="hidden" name="authorId" value="" />
        )}
        <Field id="tags" label={t.tags} error={err.tags}>
          <input id="tags" name="tags" defaultValue={v.tags} className={input} aria-describedby="tags-hint" />
          <p id="tags-hint" className="text-xs text-muted">
            {t.tagsHint}
          </p>
        </Field>
        <FeaturedImageField current={article.featuredImage} label={t.image} error={err.featuredImage} />
        <Field id="imageCaption" label={t.imageCaption} error={err.imageCaption}>
          <input id="imageCaption" name="imageCaption" defaultValue={v.imageCaption} className={input} />
        </Field>
        {canPublish && (
          <Field id="publishAtLocal" label={t.publishAt} error={err.publishAt}>
            <input
              id="publishAtLocal"
              type="datetime-local"
              defaultValue={toLocalInput(publishAt)}
              onChange={(e) => setPublishAt(e.target.value ? new Date(e.target.value).toISOString() : "")}
              className={input}
            />
          </Field>
        )}
        <input type="hidden" name="publishAt" value={publishAt} />
        <FrontPageFields initial={article.frontPage} canFeature={canPublish} error={err.breakingUntil} />
        <div className="flex flex-wrap gap-2">
          {article.status === "TRASH" ? (
            intentButton("restore", t.restore)
          ) : (
            <>
              {!isPublic && intentButton("draft", t.saveDraft)}
              {canPublish
                ? intentButton("publish", isPublic ? t.update : t.publish, true)
                : intentButton("review", t.submitForReview, true)}
              {isPublic && canPublish && intentButton("unpublish", t.unpublish)}
              {article.id !== null && intentButton("trash", t.trash)}
            </>
          )}
        </div>
      </aside>
    </form>
  );
}
