"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/action";
import { ar } from "@/lib/i18n/ar";
import { Field, FormMessage, SubmitButton, TextField, describedBy, inputClass } from "./form-field";

const t = ar.admin.manage.categories;

export type CategoryValues = {
  id: string;
  name: string;
  slug: string;
  description: string;
  parentId: string;
  position: string;
};

type Props = {
  category: CategoryValues;
  parents: { id: number; name: string }[];
  action: (state: ActionResult, form: FormData) => Promise<ActionResult>;
  notice?: string;
};

export function CategoryForm({ category, parents, action, notice }: Props) {
  const [state, formAction, pending] = useActionState(action, { ok: true, message: notice });
  const v = { ...category, ...(state.values ?? {}) } as CategoryValues;
  const err = state.errors ?? {};
  return (
    <form action={formAction} className="flex max-w-2xl flex-col gap-4">
      <input type="hidden" name="id" value={category.id} />
      <FormMessage state={state} />
      <TextField id="name" label={t.name} error={err.name} required maxLength={100} defaultValue={v.name} />
      <TextField id="slug" label={t.slug} hint={t.slugHint} error={err.slug} defaultValue={v.slug} />
      <Field id="description" label={t.description} error={err.description}>
        <textarea
          id="description"
          name="description"
          rows={3}
          defaultValue={v.description}
          className={inputClass}
          {...describedBy("description", err.description)}
        />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="parentId" label={t.parent} error={err.parentId}>
          <select
            id="parentId"
            name="parentId"
            defaultValue={v.parentId}
            className={inputClass}
            {...describedBy("parentId", err.parentId)}
          >
            <option value="">{t.noParent}</option>
            {parents
              .filter((p) => String(p.id) !== category.id)
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
          </select>
        </Field>
        <TextField
          id="position"
          label={t.position}
          hint={t.positionHint}
          error={err.position}
          inputMode="numeric"
          defaultValue={v.position}
        />
      </div>
      <SubmitButton label={category.id ? ar.admin.manage.save : ar.admin.manage.create} pending={pending} />
    </form>
  );
}
