import { SiteLink } from "@/components/site-link";
import { getNavCategories } from "@/lib/articles/queries";
import { ar } from "@/lib/i18n/ar";
import { paths } from "@/lib/site/paths";

/** The header's search form; `id` differs between the phone's and the wider screens' copy. */
function SearchForm({ id, className }: { id: string; className: string }) {
  return (
    <form action="/search" role="search" className={className}>
      <label htmlFor={id} className="sr-only">
        {ar.searchPlaceholder}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        placeholder={ar.searchPlaceholder}
        className="min-h-10 w-full min-w-0 rounded border px-2 py-1 sm:w-56"
      />
      <button type="submit" className="min-h-10 shrink-0 rounded bg-brand px-3 py-1 text-white hover:bg-brand-dark">
        {ar.search}
      </button>
    </form>
  );
}

function SearchIcon() {
  return (
    <svg
      viewBox="0 0 24 24"
      width="22"
      height="22"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.5"
    >
      <circle cx="10.5" cy="10.5" r="6.5" />
      <path d="m15.5 15.5 5 5" strokeLinecap="round" />
    </svg>
  );
}

/**
 * Name, search and categories. On a phone it stays short (at most 140 px at
 * 390 px wide): search is an icon that opens the field (a <details>, so it
 * needs no script), and the categories scroll sideways with a fade at the
 * edge where more of them wait (.nav-scroll in app/globals.css).
 */
export async function SiteHeader() {
  const categories = await getNavCategories();
  return (
    <header className="border-b-4 border-brand print:hidden">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:bg-white focus:p-2"
      >
        {ar.skipToContent}
      </a>
      <div className="relative mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-2 sm:py-4">
        <SiteLink href={paths.home()} className="flex flex-col leading-tight">
          <span className="text-3xl font-bold text-brand sm:text-4xl">{ar.siteName}</span>
          <span className="text-sm text-muted">{ar.siteTagline}</span>
        </SiteLink>
        <details className="sm:hidden">
          <summary className="flex size-11 cursor-pointer list-none items-center justify-center rounded border text-ink [&::-webkit-details-marker]:hidden">
            <SearchIcon />
            <span className="sr-only">{ar.search}</span>
          </summary>
          <SearchForm
            id="site-search-phone"
            className="absolute inset-x-0 top-full z-10 flex gap-2 border-b bg-white px-4 py-3 shadow-md"
          />
        </details>
        <SearchForm id="site-search" className="hidden items-center gap-2 sm:flex" />
      </div>
      <nav aria-label={ar.mainNav} className="bg-ink text-white">
        <ul className="nav-scroll mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 whitespace-nowrap">
          <li>
            <SiteLink href={paths.home()} className="block px-3 py-2 leading-6 hover:bg-brand">
              {ar.home}
            </SiteLink>
          </li>
          {categories.map((c) => (
            <li key={c.slug}>
              <SiteLink href={paths.category(c.slug)} className="block px-3 py-2 leading-6 hover:bg-brand">
                {c.name}
              </SiteLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
