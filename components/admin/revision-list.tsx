import { restoreRevisionAction } from "@/lib/articles/actions/restore-revision";
import { ar } from "@/lib/i18n/ar";
import { formatDate } from "@/lib/site/format-date";

type Revision = { id: number; headline: string; createdAt: Date; user: { name: string } | null };

/** Earlier versions of the article, each restorable. */
export function RevisionList({ revisions }: { revisions: Revision[] }) {
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
                {formatDate(r.createdAt)} {r.createdAt.toISOString().slice(11, 16)}
              </time>{" "}
              · {r.user?.name ?? "—"} · <bdi>{r.headline}</bdi>
            </span>
            <form action={restore}>
              <input type="hidden" name="revisionId" value={r.id} />
              <button type="submit" className="rounded border px-2 py-1 hover:bg-gray-100">
                {ar.admin.editor.restore}
              </button>
            </form>
          </li>
        ))}
      </ol>
    </section>
  );
}
