import type { Metadata } from "next";
import Link from "next/link";
import { dashboardCounts, dashboardLists } from "@/lib/articles/admin-queries";
import { canModerateComments } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { ar } from "@/lib/i18n/ar";
import { formatDate } from "@/lib/site/format-date";

export const metadata: Metadata = { title: ar.admin.nav.dashboard };

const d = ar.admin.dashboard;

function Panel({ id, title, all, children }: { id: string; title: string; all: string; children: React.ReactNode[] }) {
  return (
    <section aria-labelledby={id} className="rounded border bg-white p-4">
      <h2 id={id} className="mb-2 flex items-baseline justify-between gap-2 text-lg font-bold">
        {title}
        <Link href={all} className="text-sm font-normal text-brand hover:underline">
          {d.all}
        </Link>
      </h2>
      {children.length === 0 ? (
        <p className="text-muted">{d.none}</p>
      ) : (
        <ul className="flex flex-col gap-2">{children}</ul>
      )}
    </section>
  );
}

export default async function AdminHome({ searchParams }: { searchParams: Promise<{ denied?: string }> }) {
  const user = await requireStaff();
  const moderates = canModerateComments(user);
  const [counts, lists] = await Promise.all([dashboardCounts(user), dashboardLists(user, moderates)]);
  const cards = [
    [d.drafts, counts.drafts],
    [d.pendingArticles, counts.pending],
    [d.published, counts.published],
    [d.pendingComments, counts.pendingComments],
  ] as const;
  return (
    <>
      <h1 className="text-2xl font-bold">{d.welcome(user.name)}</h1>
      {(await searchParams).denied && (
        <p role="alert" className="mt-3 rounded bg-red-50 p-2 text-red-800">
          {ar.admin.denied}
        </p>
      )}
      <ul className="mt-6 grid grid-cols-2 gap-4 lg:grid-cols-4">
        {cards.map(([label, value]) => (
          <li key={label} className="rounded border bg-white p-4">
            <p className="text-3xl font-bold text-brand">{value}</p>
            <p className="text-muted">{label}</p>
          </li>
        ))}
      </ul>
      <div className="mt-6 grid gap-4 lg:grid-cols-3">
        <Panel id="dash-drafts" title={d.recentDrafts} all="/admin/articles?status=DRAFT">
          {lists.drafts.map((a) => (
            <li key={a.id}>
              <Link href={`/admin/articles/${a.id}`} className="font-bold hover:text-brand">
                {a.headline}
              </Link>
              <p className="text-xs text-muted">
                {ar.admin.status[a.status]} · {formatDate(a.updatedAt)}
              </p>
            </li>
          ))}
        </Panel>
        <Panel id="dash-scheduled" title={d.scheduled} all="/admin/articles?status=SCHEDULED">
          {lists.scheduled.map((a) => (
            <li key={a.id}>
              <Link href={`/admin/articles/${a.id}`} className="font-bold hover:text-brand">
                {a.headline}
              </Link>
              {a.publishedAt && <p className="text-xs text-muted">{formatDate(a.publishedAt)}</p>}
            </li>
          ))}
        </Panel>
        {moderates && (
          <Panel id="dash-comments" title={d.commentsToReview} all="/admin/comments?status=PENDING">
            {lists.comments.map((c) => (
              <li key={c.id}>
                <Link
                  href={`/admin/comments?status=PENDING&article=${c.article.id}#comment-row-${c.id}`}
                  className="hover:text-brand"
                >
                  <bdi className="font-bold">{c.authorName}</bdi>: {c.content.slice(0, 80)}
                  {c.content.length > 80 && "…"}
                </Link>
                <p className="text-xs text-muted">{d.on(c.article.headline)}</p>
              </li>
            ))}
          </Panel>
        )}
      </div>
    </>
  );
}
