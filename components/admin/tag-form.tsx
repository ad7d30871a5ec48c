"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/action";
import { ar } from "@/lib/i18n/ar";
import { FormMessage, SubmitButton, TextField } from "./form-field";

const t = ar.admin.manage.tags;

export type TagValues = { id: string; name: string; slug: string };

type Props = {
  tag: TagValues;
  action: (state: ActionResult, form: FormData) => Promise<ActionResult>;
  notice?: string;
  /** Field ids must be unique on the page; the list page's create form uses its own prefix. */
  idPrefix?: string;
};

export function TagForm({ tag, action, notice, idPrefix = "" }: Props) {
  const [state, formAction, pending] = useActionState(action, { ok: true, message: notice });
  const v = { ...tag, ...(state.values ?? {}) } as TagValues;
  const err = state.errors ?? {};
  const name = `${idPrefix}name`;
  const slug = `${idPrefix}slug`;
  return (
    // key: after a create the form shows the (now empty) values the server sent back
    <form key={`${v.name}|${v.slug}`} action={formAction} className="flex max-w-2xl flex-col gap-4">
      <input type="hidden" name="id" value={tag.id} />
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id={name}
          name="name"
          label={t.name}
          error={err.name}
          required
          maxLength={100}
          defaultValue={v.name}
        />
        <TextField id={slug} name="slug" label={t.slug} hint={t.slugHint} error={err.slug} defaultValue={v.slug} />
      </div>
      <SubmitButton label={tag.id ? ar.admin.manage.save : ar.admin.manage.create} pending={pending} />
    </form>
  );
}
