"use client";

import Link from "next/link";
import { useActionState } from "react";
import { autosavePageAction } from "@/lib/pages/actions/page-actions";
import type { ActionResult } from "@/lib/auth/action";
import { ar } from "@/lib/i18n/ar";
import { useEditorForm } from "./editor-hooks";
import { FormMessage, SubmitButton, TextField } from "./form-field";
import { BodyField } from "./rich-text-editor";

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
      <TextField
        id="title"
        label={t.pageTitle}
        error={err.title}
        required
        maxLength={200}
        defaultValue={v.title}
        className="text-xl font-bold"
      />
      <TextField id="slug" label={t.slug} hint={t.slugHint} error={err.slug} defaultValue={v.slug} />
      <BodyField label={t.body} initialHtml={v.body} error={err.body} onChange={changed} />
      <label className="flex items-center gap-2">
        <input type="checkbox" name="published" defaultChecked={v.published === "on"} className="size-5" />
        {t.published}
      </label>
      <TextField
        id="position"
        label={t.position}
        error={err.position}
        inputMode="numeric"
        defaultValue={v.position}
        className="max-w-32"
      />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton label={ar.admin.manage.save} pending={pending} />
        <p aria-live="polite" className="min-h-5 text-sm text-muted">
          {note}
        </p>
      </div>
    </form>
  );
}
