import { ar } from "@/lib/i18n/ar";
import { TextField } from "./form-field";

const t = ar.admin.manage.users;

/**
 * A staff member's new password, as the account is made or its password reset: always posted as `password`,
 * typed left to right, at least 12 characters (the server checks it again), offered to password managers to fill.
 */
export function NewPasswordField({ id, label, error }: { id: string; label: string; error?: string }) {
  return (
    <TextField
      id={id}
      name="password"
      label={label}
      hint={t.passwordHint}
      error={error}
      type="password"
      dir="ltr"
      required
      minLength={12}
      autoComplete="new-password"
      className="text-end"
    />
  );
}
