"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/action";
import { ar } from "@/lib/i18n/ar";
import { FormMessage, SubmitButton } from "./form-field";

type Props = {
  id: number;
  confirm: string;
  action: (state: ActionResult, form: FormData) => Promise<ActionResult>;
};

/** Deletes one row after a confirmation; when the server refuses, its reason shows beside the button. */
export function DeleteButton({ id, confirm, action }: Props) {
  const [state, formAction, pending] = useActionState(action, { ok: true });
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        if (!window.confirm(confirm)) e.preventDefault();
      }}
      className="flex flex-col gap-2"
    >
      <input type="hidden" name="id" value={id} />
      <FormMessage state={state} />
      <SubmitButton label={ar.admin.manage.delete} pending={pending} tone="danger" />
    </form>
  );
}
