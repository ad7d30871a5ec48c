"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/action";
import { ar } from "@/lib/i18n/ar";
import { Field, FormMessage, SubmitButton, TextField, describedBy, inputClass } from "./form-field";

const t = ar.admin.manage.authors;

export type AuthorValues = { id: string; name: string; slug: string; bio: string; photo: string; userId: string };

type Props = {
  author: AuthorValues;
  /** null: the member edits their own byline, name and bio only. */
  accounts: { id: number; name: string; role: keyof typeof ar.admin.roles }[] | null;
  action: (state: ActionResult, form: FormData) => Promise<ActionResult>;
  notice?: string;
};

export function AuthorForm({ author, accounts, action, notice }: Props) {
  const [state, formAction, pending] = useActionState(action, { ok: true, message: notice });
  const v = { ...author, ...(state.values ?? {}) } as AuthorValues;
  const err = state.errors ?? {};
  const full = accounts !== null;
  return (
    <form action={formAction} className="flex max-w-2xl flex-col gap-4">
      <input type="hidden" name="id" value={author.id} />
      <FormMessage state={state} />
      {!full && <p className="text-sm text-muted">{t.ownOnly}</p>}
      <TextField id="name" label={t.name} error={err.name} required maxLength={100} defaultValue={v.name} />
      {full && <TextField id="slug" label={t.slug} hint={t.slugHint} error={err.slug} defaultValue={v.slug} />}
      <Field id="bio" label={t.bio} error={err.bio}>
        <textarea
          id="bio"
          name="bio"
          rows={5}
          defaultValue={v.bio}
          className={inputClass}
          {...describedBy("bio", err.bio)}
        />
      </Field>
      {full && (
        <>
          <TextField
            id="photo"
            label={t.photo}
            hint={t.photoHint}
            error={err.photo}
            dir="ltr"
            defaultValue={v.photo}
            className="text-end"
          />
          <Field id="userId" label={t.account} error={err.userId}>
            <select
              id="userId"
              name="userId"
              defaultValue={v.userId}
              className={inputClass}
              {...describedBy("userId", err.userId)}
            >
              <option value="">{t.noAccount}</option>
              {accounts.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name} ({ar.admin.roles[a.role]})
                </option>
              ))}
            </select>
          </Field>
        </>
      )}
      <SubmitButton label={author.id ? ar.admin.manage.save : ar.admin.manage.create} pending={pending} />
    </form>
  );
}
