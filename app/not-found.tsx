import type { Metadata } from "next";
import { SiteLink } from "@/components/site-link";
import { SiteChrome } from "@/components/layout/site-chrome";
import { ar } from "@/lib/i18n/ar";

export const metadata: Metadata = { title: ar.notFoundTitle, robots: { index: false } };

export default function NotFound() {
  return (
    <SiteChrome>
      <section className="mx-auto max-w-xl py-16 text-center">
        <p className="text-6xl font-bold text-brand">404</p>
        <h1 className="mt-4 text-3xl font-bold">{ar.notFoundTitle}</h1>
        <p className="mt-3 text-muted">{ar.notFoundText}</p>
        <SiteLink href="/" className="mt-6 inline-block rounded bg-brand px-4 py-2 text-white hover:bg-brand-dark">
          {ar.backHome}
        </SiteLink>
      </section>
    </SiteChrome>
  );
}
