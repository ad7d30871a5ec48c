"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { ar } from "@/lib/i18n/ar";
import { TextField } from "./form-field";

const t = ar.admin.login;

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(event.currentTarget);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    setPending(false);
    if (result?.ok && !result.error) {
      // Checked again here, against the origin the browser is actually on.
      window.location.assign(safeCallbackPath(callbackUrl, window.location.origin));
      return;
    }
    // Only the throttling messages are specific; everything else stays generic.
    const throttled = result?.error === t.throttled || result?.error === t.throttledClient;
    setError(throttled ? result.error : t.failed);
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4">
      {error && (
        <p role="alert" className="rounded bg-red-50 p-2 text-sm font-bold text-red-800">
          {error}
        </p>
      )}
      <TextField
        id="login-email"
        name="email"
        label={t.email}
        type="email"
        dir="ltr"
        required
        autoComplete="username"
        className="text-end"
      />
      <TextField
        id="login-password"
        name="password"
        label={t.password}
        type="password"
        dir="ltr"
        required
        autoComplete="current-password"
        className="text-end"
      />
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand py-2 font-bold text-white hover:bg-brand-dark disabled:opacity-60"
      >
        {t.submit}
      </button>
    </form>
  );
}
