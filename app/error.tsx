"use client";

import { ar } from "@/lib/i18n/ar";

// Production error pages show no details: the digest is enough for the logs.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-3xl font-bold">{ar.errorTitle}</h1>
      <p className="mt-3">{ar.errorText}</p>
      <button type="button" onClick={reset} className="mt-6 rounded bg-brand px-4 py-2 text-white">
        {ar.retry}
      </button>
    </section>
  );
}
