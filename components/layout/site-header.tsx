import { SiteLink } from "@/components/site-link";
import { getNavCategories } from "@/lib/articles/queries";
import { ar } from "@/lib/i18n/ar";
import { paths } from "@/lib/site/paths";

export async function SiteHeader() {
  const categories = await getNavCategories();
  return (
    <header className="border-b-4 border-brand">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:bg-white focus:p-2"
      >
        {ar.skipToContent}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-4">
        <SiteLink href={paths.home()} className="flex flex-col">
          <span className="text-4xl font-bold text-brand">{ar.siteName}</span>
          <span className="text-sm text-muted">{ar.siteTagline}</span>
        </SiteLink>
        <form action="/search" role="search" className="flex items-center gap-2">
          <label htmlFor="site-search" className="sr-only">
            {ar.searchPlaceholder}
          </label>
          <input
            id="site-search"
            name="q"
            type="search"
            placeholder={ar.searchPlaceholder}
            className="w-40 rounded border px-2 py-1 sm:w-56"
          />
          <button type="submit" className="rounded bg-brand px-3 py-1 text-white hover:bg-brand-dark">
            {ar.search}
          </button>
        </form>
      </div>
      <nav aria-label={ar.mainNav} className="bg-ink text-white">
        <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 whitespace-nowrap">
          <li>
            <SiteLink href={paths.home()} className="block px-3 py-2 hover:bg-brand">
              {ar.home}
            </SiteLink>
          </li>
          {categories.map((c) => (
            <li key={c.slug}>
              <SiteLink href={paths.category(c.slug)} className="block px-3 py-2 hover:bg-brand">
                {c.name}
              </SiteLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
