import { SiteLink } from "@/components/site-link";
import { ar } from "@/lib/i18n/ar";
import { getPublishedPages } from "@/lib/pages/queries";
import { paths } from "@/lib/site/paths";

export async function SiteFooter() {
  const pages = await getPublishedPages();
  return (
    <footer className="mt-12 border-t bg-gray-50 print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-6 text-sm text-muted">
        <p>{ar.footer(new Date().getFullYear())}</p>
        {pages.length > 0 && (
          <nav aria-label={ar.footerPages}>
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              {pages.map((p) => (
                <li key={p.slug}>
                  <SiteLink href={paths.page(p.slug)} className="inline-flex min-h-6 items-center hover:underline">
                    {p.title}
                  </SiteLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <SiteLink href="/feed.xml" className="inline-flex min-h-6 min-w-6 items-center hover:underline">
          RSS
        </SiteLink>
      </div>
    </footer>
  );
}
