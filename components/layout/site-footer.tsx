import { SiteLink } from "@/components/site-link";
import { ar } from "@/lib/i18n/ar";

export function SiteFooter() {
  return (
    <footer className="mt-12 border-t bg-gray-50 print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-6 text-sm text-muted">
        <p>{ar.footer(new Date().getFullYear())}</p>
        <SiteLink href="/feed.xml" className="inline-flex min-h-6 min-w-6 items-center hover:underline">
          RSS
        </SiteLink>
      </div>
    </footer>
  );
}
