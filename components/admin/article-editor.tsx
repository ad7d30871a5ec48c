"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { articleLockAction, autosaveArticleAction } from "@/lib/articles/actions/autosave";
import type { ActionResult } from "@/lib/auth/action";
import { ar } from "@/lib/i18n/ar";
import { type AutosaveOutcome, useArticleLock, useEditorForm } from "./editor-hooks";
import { Field } from "./form-field";
import { FrontPageFields, type FrontPageValues } from "./front-page-fields";
import { FeaturedImageField } from "./media-picker";
import { BodyField } from "./rich-text-editor";
import { ZonedTimeFields } from "./zoned-time-fields";

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
  seoTitle: string;
  seoDescription: string;
  publishDate: string; // dd/mm/yyyy in SITE_TIMEZONE, or ""
  publishTime: string; // HH:mm in SITE_TIMEZONE, or ""
  status: keyof typeof ar.admin.status;
  frontPage: FrontPageValues;
};

type Props = {
  article: EditorArticle;
  categories: { id: number; name: string }[];
  authors: { id: number; name: string }[] | null; // null: the byline is not theirs to choose
  canPublish: boolean;
  zoneLabel: string; // SITE_TIMEZONE named for the publish time fields
  action: (state: ActionResult, form: FormData) => Promise<ActionResult>;
  notice?: string;
  session: EditingSession;
};

/** How this editing session keeps work safe; see editor-hooks.ts. */
export type EditingSession = {
  timeZone: string; // SITE_TIMEZONE, for the autosave's time
  autosaveMs: number;
  heartbeatMs: number;
  lockHolder: string | null; // another staff member editing the article now
  viewHref: string | null; // the public article, once published
  newerAutosave: { time: string; restoreHref: string } | null; // a public article's autosave not yet published
  restoredAutosave: boolean; // the form shows that autosave
  version: string; // the save the form is in step with, sent back with each autosave (lib/forms/edit-version.ts)
};

/** A draft saved without a section was filed under the first one: the form says so. */
function fileUnderFirstSection(outcome: AutosaveOutcome, form: HTMLFormElement) {
  const category = form.elements.namedItem("categoryId");
  if (category instanceof HTMLSelectElement && !category.value && outcome.categoryId)
    category.value = outcome.categoryId;
}

export function ArticleEditor({ article, categories, authors, canPublish, zoneLabel, action, notice, session }: Props) {
  const [state, formAction, pending] = useActionState(action, { ok: true, message: notice });
  const v = { ...article, ...(state.values ?? {}) } as EditorArticle;
  const isPublic = article.status === "PUBLISHED" || article.status === "SCHEDULED";
  // Someone else holding the article's lock pauses the autosave (read when one is due).
  const holderRef = useRef(session.lockHolder);
  const { formRef, id, version, note, onSubmit, changed } = useEditorForm({
    id: article.id,
    editPath: (newId) => `/admin/articles/${newId}`,
    version: session.version,
    timeZone: session.timeZone,
    intervalMs: session.autosaveMs,
    enabled: () => !holderRef.current && article.status !== "TRASH",
    keptApart: isPublic,
    apartNote: t.autosavedApart,
    shortcutButton: 'button[value="draft"]',
    save: autosaveArticleAction,
    onAutosaved: fileUnderFirstSection,
    state,
    formAction,
  });
  const { holder, takeOver } = useArticleLock(id, session.lockHolder, session.heartbeatMs, articleLockAction);
  useEffect(() => {
    holderRef.current = holder;
  }, [holder]);

  const err = state.errors ?? {};
  const input = "mt-1 w-full rounded border bg-white p-2";
  const aria = (f: string) => (err[f] ? { "aria-invalid": true, "aria-describedby": `${f}-error` } : {});
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
    <form ref={formRef} onSubmit={onSubmit} onChange={changed} className="grid gap-6 lg:grid-cols-[1fr_18rem]">
      <input type="hidden" name="id" value={id ?? ""} />
      <input type="hidden" name="version" value={version} />
      <div className="flex flex-col gap-4">
        {holder && (
          <div role="alert" className="flex flex-wrap items-center gap-2 rounded bg-yellow-50 p-2 text-yellow-900">
            <p className="font-bold">
              <bdi>{holder}</bdi> {t.lockedBy}
            </p>
            <button type="button" onClick={takeOver} className="rounded border bg-white px-3 py-1">
              {t.takeOver}
            </button>
          </div>
        )}
        {session.newerAutosave && (
          <p className="rounded bg-blue-50 p-2 text-blue-900">
            {t.autosaveNewer(session.newerAutosave.time)}{" "}
            <Link href={session.newerAutosave.restoreHref} className="font-bold underline">
              {t.autosaveRestore}
            </Link>
          </p>
        )}
        {session.restoredAutosave && <p className="rounded bg-blue-50 p-2 text-blue-900">{t.autosaveRestored}</p>}
        {state.message && (
          <p
            role={state.ok ? "status" : "alert"}
            className={`rounded p-2 font-bold ${state.ok ? "bg-green-50 text-green-800" : "bg-red-50 text-red-800"}`}
          >
            {state.message}
            {state.ok && session.viewHref && (
              <>
                {" "}
                <Link href={session.viewHref} className="underline">
                  {t.view}
                </Link>
              </>
            )}
          </p>
        )}
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
        <BodyField label={t.body} initialHtml={v.body} error={err.body} onChange={changed} />
        <fieldset className="flex flex-col gap-3 rounded border p-3">
          <legend className="px-1 font-bold">{t.seoLegend}</legend>
          <Field id="seoTitle" label={t.seoTitle} hint={t.seoTitleHint} error={err.seoTitle}>
            <input
              id="seoTitle"
              name="seoTitle"
              maxLength={200}
              defaultValue={v.seoTitle}
              className={input}
              aria-describedby="seoTitle-hint"
            />
          </Field>
          <Field id="seoDescription" label={t.seoDescription} hint={t.seoDescriptionHint} error={err.seoDescription}>
            <textarea
              id="seoDescription"
              name="seoDescription"
              rows={2}
              maxLength={500}
              defaultValue={v.seoDescription}
              className={input}
              aria-describedby="seoDescription-hint"
            />
          </Field>
        </fieldset>
      </div>

      <aside className="flex flex-col gap-4 rounded border bg-gray-50 p-4">
        <p>
          {t.status}: <strong>{ar.admin.status[article.status]}</strong>
        </p>
        <p aria-live="polite" className="min-h-5 text-sm text-muted">
          {note}
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
        {canPublish ? (
          <ZonedTimeFields
            name="publish"
            legend={t.publishWhen}
            labels={{ date: t.publishAt, time: t.publishTime }}
            dateHint={t.publishDateHint}
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
        <FrontPageFields
          initial={article.frontPage}
          canFeature={canPublish}
          zoneLabel={zoneLabel}
          errors={{ date: err.breakingDate, time: err.breakingTime }}
        />
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
