import Link from "next/link";
import { restoreRevisionAction } from "@/lib/articles/actions/restore-revision";
import { ar } from "@/lib/i18n/ar";
import { SITE_TIMEZONE } from "@/lib/site/format-date";
import { utcToWallTime } from "@/lib/site/zoned-time";

type Revision = { id: number; headline: string; createdAt: Date; user: { name: string } | null };

/** Earlier versions of the article, each restorable. */
export function RevisionList({ articleId, revisions }: { articleId: number; revisions: Revision[] }) {
  if (revisions.length === 0) return null;
  const restore = async (form: FormData) => {
    "use server";
    await restoreRevisionAction(form);
  };
  return (
    <section aria-labelledby="revisions-title" className="mt-8 rounded border bg-white p-4">
      <h2 id="revisions-title" className="mb-2 font-bold">
        {ar.admin.editor.revisions(revisions.length)}
      </h2>
      <ol className="flex flex-col gap-2 text-sm">
        {revisions.map((r) => (
          <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 border-b pb-2">
            <span>
              <time dateTime={r.createdAt.toISOString()}>
                {utcToWallTime(r.createdAt, SITE_TIMEZONE).date} {utcToWallTime(r.createdAt, SITE_TIMEZONE).time}
              </time>{" "}
              · <bdi>{r.user?.name ?? "—"}</bdi> · <bdi>{r.headline}</bdi>
            </span>
            <span className="flex gap-2">
              <Link
                href={`/admin/articles/${articleId}/compare?from=${r.id}&to=current`}
                className="rounded border px-2 py-1 hover:bg-gray-100"
              >
                {ar.admin.editor.compare}
              </Link>
              <form action={restore}>
                <input type="hidden" name="revisionId" value={r.id} />
                <button type="submit" className="rounded border px-2 py-1 hover:bg-gray-100">
                  {ar.admin.editor.restore}
                </button>
              </form>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
