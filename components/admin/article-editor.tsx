"use client";

import Image from "next/image";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/action";
import { ar } from "@/lib/i18n/ar";
import { ACCEPTED_IMAGE_TYPES, MAX_IMAGE_WIDTH, MAX_UPLOAD_BYTES, MAX_UPLOAD_MB } from "@/lib/media/limits";
import { FileInput } from "./file-input";
import { Field, FormMessage } from "./form-field";
import { PublishTimeFields } from "./publish-time-fields";
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
  publishDate: string; // dd/mm/yyyy in SITE_TIMEZONE, or ""
  publishTime: string; // HH:mm in SITE_TIMEZONE, or ""
  status: keyof typeof ar.admin.status;
};

type Props = {
  article: EditorArticle;
  categories: { id: number; name: string }[];
  authors: { id: number; name: string }[] | null; // null: the byline is not theirs to choose
  canPublish: boolean;
  zoneLabel: string; // SITE_TIMEZONE named for the publish time fields
  action: (state: ActionResult, form: FormData) => Promise<ActionResult>;
  notice?: string;
};

export function ArticleEditor({ article, categories, authors, canPublish, zoneLabel, action, notice }: Props) {
  const [state, formAction, pending] = useActionState(action, { ok: true, message: notice });
  const v = { ...article, ...(state.values ?? {}) } as EditorArticle;
  const err = state.errors ?? {};
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
        <Field id="featuredImage" label={t.image} error={err.featuredImage}>
          {article.featuredImage && (
            <div className="mt-1">
              <Image
                src={article.featuredImage}
                alt={ar.media.current}
                width={320}
                height={180}
                className="h-auto w-full rounded border"
              />
              <label className="mt-1 flex items-center gap-2 text-sm">
                <input type="checkbox" name="removeImage" /> {ar.media.remove}
              </label>
            </div>
          )}
          <FileInput
            id="featuredImage"
            name="featuredImage"
            accept={ACCEPTED_IMAGE_TYPES}
            invalid={!!err.featuredImage}
            describedBy={`featuredImage-hint${err.featuredImage ? " featuredImage-error" : ""}`}
            // An early word in the browser for a file that is too big; the server checks again.
            onChange={(input) =>
              input.setCustomValidity(
                input.files?.[0] && input.files[0].size > MAX_UPLOAD_BYTES
                  ? ar.media.errors.tooLarge(MAX_UPLOAD_MB)
                  : "",
              )
            }
          />
          <p id="featuredImage-hint" className="text-xs text-muted">
            {ar.media.hint(MAX_UPLOAD_MB, MAX_IMAGE_WIDTH)}
          </p>
        </Field>
        <Field id="imageCaption" label={t.imageCaption} error={err.imageCaption}>
          <input id="imageCaption" name="imageCaption" defaultValue={v.imageCaption} className={input} />
        </Field>
        {canPublish ? (
          <PublishTimeFields
            date={v.publishDate}
            time={v.publishTime}
            zoneLabel={zoneLabel}
            errors={{ date: err.publishDate, time: err.publishTime }}
          />
        ) : (
          <>
            <input type="hidden" name="publishDate" value={v.publishDate} />
            <input type="hidden" name="publishTime" value={v.publishTime} />
          </>
        )}
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
