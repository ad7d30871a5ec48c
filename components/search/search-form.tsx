import { ar } from "@/lib/i18n/ar";

/** The search box of the results page, holding the current query (works without JavaScript). */
export function SearchForm({ query }: { query: string }) {
  const t = ar.searchPage;
  return (
    <form action="/search" role="search" aria-label={t.form} className="mb-6 flex max-w-xl gap-2">
      <label htmlFor="search-q" className="sr-only">
        {t.label}
      </label>
      <input
        id="search-q"
        name="q"
        type="search"
        defaultValue={query}
        className="min-w-0 flex-1 rounded border px-3 py-2"
      />
      <button type="submit" className="rounded bg-brand px-4 py-2 text-white hover:bg-brand-dark">
        {ar.search}
      </button>
    </form>
  );
}
