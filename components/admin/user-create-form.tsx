"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/action";
import { ar } from "@/lib/i18n/ar";
import { Field, FormMessage, SubmitButton, describedBy, inputClass } from "./form-field";
import { RoleSelect } from "./role-select";

const t = ar.admin.manage.users;

export function UserCreateForm({ action }: { action: (state: ActionResult, form: FormData) => Promise<ActionResult> }) {
  const [state, formAction, pending] = useActionState(action, { ok: true });
  const v = { email: "", name: "", role: "AUTHOR", ...(state.values ?? {}) };
  const err = state.errors ?? {};
  return (
    <form action={formAction} className="flex max-w-2xl flex-col gap-4">
      <FormMessage state={state} />
      <Field id="email" label={t.email} error={err.email}>
        <input
          id="email"
          name="email"
          type="email"
          dir="ltr"
          required
          autoComplete="off"
          defaultValue={v.email}
          className={`${inputClass} text-end`}
          {...describedBy("email", err.email)}
        />
      </Field>
      <Field id="name" label={t.name} error={err.name}>
        <input
          id="name"
          name="name"
          required
          maxLength={100}
          defaultValue={v.name}
          className={inputClass}
          {...describedBy("name", err.name)}
        />
      </Field>
      <RoleSelect label={t.role} value={v.role} error={err.role} />
      <Field id="password" label={t.password} hint={t.passwordHint} error={err.password}>
        <input
          id="password"
          name="password"
          type="password"
          dir="ltr"
          required
          minLength={12}
          autoComplete="new-password"
          className={`${inputClass} text-end`}
          {...describedBy("password", err.password, t.passwordHint)}
        />
      </Field>
      <SubmitButton label={ar.admin.manage.create} pending={pending} />
    </form>
  );
}
