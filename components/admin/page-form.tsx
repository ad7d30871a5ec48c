"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/action";
import { ar } from "@/lib/i18n/ar";
import { Field, FormMessage, SubmitButton, describedBy, inputClass } from "./form-field";
import { RichTextEditor } from "./rich-text-editor";
import { submitWithoutReset } from "./submit-without-reset";

const t = ar.admin.manage.pages;

export type PageValues = { id: string; title: string; slug: string; body: string; published: string; position: string };

/** A page of the paper's own: title, address, body (the articles' rich-text editor and sanitizer), footer place. */
export function PageForm({
  page,
  action,
  notice,
}: {
  page: PageValues;
  action: (state: ActionResult, form: FormData) => Promise<ActionResult>;
  notice?: string;
}) {
  const [state, formAction, pending] = useActionState(action, { ok: true, message: notice });
  const v = { ...page, ...(state.values ?? {}) } as PageValues;
  const err = state.errors ?? {};
  return (
    <form onSubmit={submitWithoutReset(formAction)} className="flex max-w-3xl flex-col gap-4">
      <input type="hidden" name="id" value={page.id} />
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
      <SubmitButton label={ar.admin.manage.save} pending={pending} />
    </form>
  );
}
