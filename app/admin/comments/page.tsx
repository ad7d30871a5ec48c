import Link from "next/link";
import { CommentRow } from "@/components/admin/comment-row";
import { Pagination } from "@/components/articles/pagination";
import { canModerateComments } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { moderateCommentsAction } from "@/lib/comments/actions/moderate-comments";
import { COMMENT_STATUSES, MODERATION_ACTIONS, listForModeration } from "@/lib/comments/moderation";
import { ar } from "@/lib/i18n/ar";

const c = ar.admin.comments;

async function moderateForm(form: FormData) {
  "use server";
  await moderateCommentsAction(form);
}

export default async function AdminComments({
  searchParams,
}: {
  searchParams: Promise<{ status?: string; page?: string }>;
}) {
  await requireStaff(canModerateComments);
  const sp = await searchParams;
  const status = COMMENT_STATUSES.find((s) => s === sp.status) ?? "PENDING";
  const page = sp.page && /^[1-9]\d{0,5}$/.test(sp.page) ? Number(sp.page) : 1;
  const { counts, rows, totalPages } = await listForModeration(status, page);
  const bulkLabels = { approve: c.approve, unapprove: c.unapprove, spam: c.spam, trash: c.trash };
  return (
    <>
      <h1 className="text-2xl font-bold">{c.title}</h1>
      <nav aria-label={c.title} className="mt-4 flex flex-wrap gap-1 border-b">
        {COMMENT_STATUSES.map((s) => (
          <Link
            key={s}
            href={`/admin/comments?status=${s}`}
            aria-current={s === status ? "page" : undefined}
            className={`rounded-t px-3 py-2 ${s === status ? "bg-ink text-white" : "hover:bg-gray-100"}`}
          >
            {c.tabs[s]} <span className="text-sm">({counts[s]})</span>
          </Link>
        ))}
      </nav>
      <form id="bulk" action={moderateForm} className="mt-3 flex items-center gap-2">
        <label htmlFor="bulkAction" className="sr-only">
          {c.bulk}
        </label>
        <select id="bulkAction" name="bulkAction" className="rounded border p-1">
          {Object.keys(MODERATION_ACTIONS).map((a) => (
            <option key={a} value={a}>
              {bulkLabels[a as keyof typeof bulkLabels]}
            </option>
          ))}
        </select>
        <button type="submit" className="rounded border px-3 py-1 hover:bg-gray-100">
          {c.bulk}
        </button>
      </form>
      {rows.length === 0 ? (
        <p className="mt-6 text-muted">{c.empty}</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full border-collapse bg-white text-start">
            <thead>
              <tr className="border-b bg-gray-50 text-sm">
                <th scope="col" className="p-2">
                  <span className="sr-only">{c.select}</span>
                </th>
                {Object.values(c.columns).map((h) => (
                  <th key={h} scope="col" className="p-2 text-start">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <CommentRow key={row.id} row={row} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} totalPages={totalPages} href={(n) => `/admin/comments?status=${status}&page=${n}`} />
    </>
  );
}
