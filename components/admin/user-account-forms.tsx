"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/action";
import { ar } from "@/lib/i18n/ar";
import { FormMessage, SubmitButton } from "./form-field";
import { NewPasswordField } from "./password-field";
import { RoleSelect } from "./role-select";

const t = ar.admin.manage.users;
type Action = (state: ActionResult, form: FormData) => Promise<ActionResult>;
type Role = keyof typeof ar.admin.roles;

const box = "flex flex-col gap-3 rounded border bg-white p-4";

export function RoleForm({ userId, role, action }: { userId: number; role: Role; action: Action }) {
  const [state, formAction, pending] = useActionState(action, { ok: true });
  const err = state.errors ?? {};
  return (
    <form action={formAction} className={box}>
      <h2 className="text-lg font-bold">{t.changeRole}</h2>
      <input type="hidden" name="id" value={userId} />
      <FormMessage state={state} />
      <RoleSelect label={t.role} value={role} error={err.role} />
      <SubmitButton label={t.changeRole} pending={pending} />
    </form>
  );
}

export function ActiveForm({ userId, active, action }: { userId: number; active: boolean; action: Action }) {
  const [state, formAction, pending] = useActionState(action, { ok: true });
  return (
    <form action={formAction} className={box}>
      <h2 className="text-lg font-bold">{t.status}</h2>
      <input type="hidden" name="id" value={userId} />
      <input type="hidden" name="active" value={active ? "0" : "1"} />
      <FormMessage state={state} />
      <p>
        {t.status}: <strong>{active ? t.active : t.inactive}</strong>
      </p>
      <p className="text-sm text-muted">{t.deactivateHint}</p>
      <SubmitButton label={active ? t.deactivate : t.reactivate} pending={pending} tone={active ? "danger" : "plain"} />
    </form>
  );
}

export function PasswordForm({ userId, action }: { userId: number; action: Action }) {
  const [state, formAction, pending] = useActionState(action, { ok: true });
  const err = state.errors ?? {};
  return (
    <form action={formAction} className={box}>
      <h2 className="text-lg font-bold">{t.resetPassword}</h2>
      <input type="hidden" name="id" value={userId} />
      <FormMessage state={state} />
      <NewPasswordField id="new-password" label={t.newPassword} error={err.password} />
      <p className="text-sm text-muted">{t.resetPasswordHint}</p>
      <SubmitButton label={t.resetPassword} pending={pending} />
    </form>
  );
}
