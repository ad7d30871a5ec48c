"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/action";
import { ar } from "@/lib/i18n/ar";
import { FormMessage, SubmitButton, TextField } from "./form-field";
import { NewPasswordField } from "./password-field";
import { RoleSelect } from "./role-select";

const t = ar.admin.manage.users;

export function UserCreateForm({ action }: { action: (state: ActionResult, form: FormData) => Promise<ActionResult> }) {
  const [state, formAction, pending] = useActionState(action, { ok: true });
  const v = { email: "", name: "", role: "AUTHOR", ...(state.values ?? {}) };
  const err = state.errors ?? {};
  return (
    <form action={formAction} className="flex max-w-2xl flex-col gap-4">
      <FormMessage state={state} />
      <TextField
        id="email"
        label={t.email}
        error={err.email}
        type="email"
        dir="ltr"
        required
        autoComplete="off"
        defaultValue={v.email}
        className="text-end"
      />
      <TextField id="name" label={t.name} error={err.name} required maxLength={100} defaultValue={v.name} />
      <RoleSelect label={t.role} value={v.role} error={err.role} />
      <NewPasswordField id="password" label={t.password} error={err.password} />
      <SubmitButton label={ar.admin.manage.create} pending={pending} />
    </form>
  );
}
