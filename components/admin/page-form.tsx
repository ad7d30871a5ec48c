"use client";

import Link from "next/link";
import { useActionState } from "react";
import { autosavePageAction } from "@/lib/pages/actions/page-actions";
import type { ActionResult } from "@/lib/auth/action";
import { ar } from "@/lib/i18n/ar";
import { useEditorForm } from "./editor-hooks";
import { Field, FormMessage, SubmitButton, describedBy, inputClass } from "./form-field";
import { RichTextEditor } from "./rich-text-editor";

const t = ar.admin.manage.pages;

export type PageValues = { id: string; title: string; slug: string; body: string; published: string; position: string };

/** How this editing session keeps work safe (editor-hooks.ts); made by lib/pages/editor-page.ts. */
export type PageEditingSession = {
  timeZone: string;
  autosaveMs: number;
  published: boolean; // as stored: its autosave is then kept apart
  version: string;
  newerAutosave: { time: string; restoreHref: string } | null;
  restoredAutosave: boolean;
};

/**
 * A page of the paper's own: title, address, body (the articles' rich-text editor and sanitizer), footer
 * place. Autosaved while typing, as the article editor is: a new or unpublished page as unpublished, a
 * published page's changes kept apart until `حفظ`.
 */
export function PageForm({
  page,
  action,
  notice,
  session,
}: {
  page: PageValues;
  action: (state: ActionResult, form: FormData) => Promise<ActionResult>;
  notice?: string;
  session: PageEditingSession;
}) {
  const [state, formAction, pending] = useActionState(action, { ok: true, message: notice });
  const v = { ...page, ...(state.values ?? {}) } as PageValues;
  const err = state.errors ?? {};
  const { formRef, id, version, note, onSubmit, changed } = useEditorForm({
    id: page.id ? Number(page.id) : null,
    editPath: (newId) => `/admin/pages/${newId}`,
    version: session.version,
    timeZone: session.timeZone,
    intervalMs: session.autosaveMs,
    enabled: () => true,
    keptApart: session.published,
    apartNote: t.autosavedApart,
    shortcutButton: session.published ? null : 'button[type="submit"]',
    save: autosavePageAction,
    state,
    formAction,
  });
  return (
    <form ref={formRef} onSubmit={onSubmit} onChange={changed} className="flex max-w-3xl flex-col gap-4">
      <input type="hidden" name="id" value={id ?? ""} />
      <input type="hidden" name="version" value={version} />
      {session.newerAutosave && (
        <p className="rounded bg-blue-50 p-2 text-blue-900">
          {ar.admin.editor.autosaveNewer(session.newerAutosave.time)}{" "}
          <Link href={session.newerAutosave.restoreHref} className="font-bold underline">
            {ar.admin.editor.autosaveRestore}
          </Link>
        </p>
      )}
      {session.restoredAutosave && <p className="rounded bg-blue-50 p-2 text-blue-900">{t.autosaveRestored}</p>}
      <FormMessage state={state} />
      <Field id="title" label={t.pageTitle} error={err.title}>
        <input
          id="title"
          name="title"
          required
          maxLength={200}
          defaultValue={v.title}
          className={`${inputClass} text-xl font-bold`}
          {...describedBy("title", err.title)}
        />
      </Field>
      <Field id="slug" label={t.slug} hint={t.slugHint} error={err.slug}>
        <input
          id="slug"
          name="slug"
          defaultValue={v.slug}
          className={inputClass}
          {...describedBy("slug", err.slug, t.slugHint)}
        />
      </Field>
      <div>
        <p className="font-bold">{t.body}</p>
        <RichTextEditor
          name="body"
          onChange={changed}
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
      <label className="flex items-center gap-2">
        <input type="checkbox" name="published" defaultChecked={v.published === "on"} className="size-5" />
        {t.published}
      </label>
      <Field id="position" label={t.position} error={err.position}>
        <input
          id="position"
          name="position"
          inputMode="numeric"
          defaultValue={v.position}
          className={`${inputClass} max-w-32`}
          {...describedBy("position", err.position)}
        />
      </Field>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton label={ar.admin.manage.save} pending={pending} />
        <p aria-live="polite" className="min-h-5 text-sm text-muted">
          {note}
        </p>
      </div>
    </form>
  );
}
