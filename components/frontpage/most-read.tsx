import { SiteLink } from "@/components/site-link";
import { ar } from "@/lib/i18n/ar";
import { paths } from "@/lib/site/paths";
import type { MostRead, MostReadItem } from "@/lib/views/queries";

function List({ id, title, items }: { id: string; title: string; items: MostReadItem[] }) {
  return (
    <div>
      <h3 id={id} className="mb-2 text-sm font-bold text-muted">
        {title}
      </h3>
      <ol
        aria-labelledby={id}
        className="flex list-inside list-decimal flex-col gap-2 marker:font-bold marker:text-brand"
      >
        {items.map((a) => (
          <li key={a.id} className="leading-snug">
            <SiteLink href={paths.article(a.slug)} className="hover:text-brand">
              {a.headline}
            </SiteLink>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** `الأكثر قراءة`: the last 24 hours, then the last 7 days (both shown: no script on reader pages). */
export function MostReadBox({ mostRead, className = "" }: { mostRead: MostRead; className?: string }) {
  if (mostRead.week.length === 0) return null;
  return (
    <section id="most-read" aria-labelledby="most-read-title" className={className}>
      <h2 id="most-read-title" className="mb-3 border-b-2 border-brand pb-1 text-xl font-bold">
        {ar.mostRead}
      </h2>
      <div className="flex flex-col gap-4">
        {mostRead.day.length > 0 && <List id="most-read-day" title={ar.mostReadDay} items={mostRead.day} />}
        <List id="most-read-week" title={ar.mostReadWeek} items={mostRead.week} />
      </div>
    </section>
  );
}
