import { SiteLink } from "@/components/site-link";
import { currentBreaking } from "@/lib/frontpage/queries";
import { ar } from "@/lib/i18n/ar";
import { paths } from "@/lib/site/paths";

/** Breaking headlines, atop every public page until their end time (or until unset). */
export async function BreakingStrip() {
  const items = await currentBreaking();
  if (items.length === 0) return null;
  return (
    <section id="breaking" aria-label={ar.breakingNews} className="bg-brand text-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-baseline gap-x-3 gap-y-1 px-4 py-2">
        <strong className="rounded bg-white px-2 py-0.5 text-sm text-brand">{ar.breaking}</strong>
        <ul className="flex flex-col gap-1">
          {items.map((b) => (
            <li key={b.slug}>
              <SiteLink href={paths.article(b.slug)} className="font-bold underline-offset-4 hover:underline">
                {b.headline}
              </SiteLink>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
