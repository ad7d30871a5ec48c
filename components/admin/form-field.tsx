import type { ActionResult } from "@/lib/auth/action";

export const inputClass = "mt-1 w-full rounded border bg-white p-2";

/** Props that tie an input to its error message for assistive technology. */
export function describedBy(id: string, error?: string, hint?: string) {
  const ids = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ");
  return { ...(error ? { "aria-invalid": true as const } : {}), ...(ids ? { "aria-describedby": ids } : {}) };
}

/** A labelled field with its hint and, after a refused save, its error right below it. */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: React.ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-bold text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * A one-line text field: its label, hint and error tied to the input (`name` is the `id`). `className`
 * adds to the input's usual look; every other prop is the input's own.
 */
export function TextField({
  id,
  label,
  hint,
  error,
  className,
  ...input
}: { id: string; label: string; hint?: string; error?: string } & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={id}
        className={className ? `${inputClass} ${className}` : inputClass}
        {...describedBy(id, error, hint)}
        {...input}
      />
    </Field>
  );
}

/** The outcome of the last submit: a status when it worked, an alert when it did not. */
export function FormMessage({ state }: { state: ActionResult }) {
  if (!state.message) return null;
  return (
    <p
      role={state.ok ? "status" : "alert"}
      className={`rounded p-2 font-bold ${state.ok ? "bg-green-50 text-green-800" : "bg-red-50 text-red-800"}`}
    >
      {state.message}
    </p>
  );
}

export function SubmitButton({
  label,
  pending,
  tone = "primary",
}: {
  label: string;
  pending: boolean;
  tone?: "primary" | "plain" | "danger";
}) {
  const look = {
    primary: "bg-brand text-white hover:bg-brand-dark",
    plain: "border bg-white hover:bg-gray-100",
    danger: "border border-red-700 bg-white text-red-800 hover:bg-red-50",
  }[tone];
  return (
    <button
      type="submit"
      disabled={pending}
      className={`self-start rounded px-4 py-2 font-bold disabled:opacity-60 ${look}`}
    >
      {label}
    </button>
  );
}
