import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Notice } from "@/components/admin/admin-table";
import { CommentRow } from "@/components/admin/comment-row";
import { SearchField } from "@/components/admin/filter-select";
import { Pagination } from "@/components/articles/pagination";
import { listPage } from "@/lib/admin/list-page";
import { canModerateComments } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { moderateCommentsAction, undoModerationAction } from "@/lib/comments/actions/moderate-comments";
import { COMMENT_STATUSES, MODERATION_ACTIONS, listForModeration } from "@/lib/comments/moderation";
import { ar } from "@/lib/i18n/ar";
import { firstValue, parseRowId } from "@/lib/site/boundary";

export const metadata: Metadata = { title: ar.admin.comments.title };

const c = ar.admin.comments;

/** The list's own address with its filters (what the forms carry as hidden fields), plus `extra`. */
function listUrl(view: Record<string, string | undefined>, extra: Record<string, string> = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...view, ...extra }))
    if (v && ["status", "article", "q", "page", "undo", "undone"].includes(k)) q.set(k, v.slice(0, 4000));
  return `/admin/comments?${q}`;
}
const viewOf = (form: FormData) =>
  Object.fromEntries(["status", "article", "q", "page"].map((k) => [k, String(form.get(k) ?? "")]));

async function moderateForm(form: FormData) {
  "use server";
  const result = await moderateCommentsAction(form);
  const undo = "undo" in result && typeof result.undo === "string" ? result.undo : "";
  if (result.ok) redirect(listUrl(viewOf(form), undo ? { undo } : {}));
}

async function undoForm(form: FormData) {
  "use server";
  const result = await undoModerationAction(form);
  if (result.ok) redirect(listUrl(viewOf(form), { undone: "1" }));
}

export default async function AdminComments({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireStaff(canModerateComments);
  const sp = await searchParams;
  const status = COMMENT_STATUSES.find((s) => s === firstValue(sp.status)) ?? "PENDING";
  const page = listPage(sp.page);
  const articleId = parseRowId(firstValue(sp.article));
  const q = firstValue(sp.q)?.slice(0, 200) ?? "";
  const undo = firstValue(sp.undo);
  const view = { status, article: articleId ? String(articleId) : undefined, q: q || undefined };
  const { counts, rows, totalPages } = await listForModeration(status, page, { articleId, q });
  const bulkLabels = { approve: c.approve, unapprove: c.unapprove, spam: c.spam, trash: c.trash };
  const hidden = (
    <>
      {Object.entries({ ...view, page: String(page) }).map(
        ([k, v]) => v && <input key={k} type="hidden" name={k} value={v} />,
      )}
    </>
  );
  const articleName = articleId ? rows[0]?.article.headline : undefined;
  return (
    <>
      <h1 className="text-2xl font-bold">{c.title}</h1>
      {undo && (
        <form action={undoForm} role="status" className="mt-3 flex items-center gap-3 rounded bg-green-50 p-2">
          {hidden}
          <input type="hidden" name="undo" value={undo} />
          <span className="font-bold text-green-800">{c.done}</span>
          <button type="submit" className="rounded border bg-white px-3 py-1 hover:bg-gray-100">
            {c.undo}
          </button>
        </form>
      )}
      {firstValue(sp.undone) && <Notice text={c.undone} />}
      <form role="search" className="mt-3 flex flex-wrap items-end gap-2">
        <input type="hidden" name="status" value={status} />
        {articleId && <input type="hidden" name="article" value={articleId} />}
        <SearchField label={c.search} value={q} submit={c.filter} />
        {articleId && (
          <p className="text-sm">
            {articleName ? c.onArticle(articleName) : null}{" "}
            <Link href={listUrl({ status, q: q || undefined })} className="text-brand underline">
              {c.clearFilter}
            </Link>
          </p>
        )}
      </form>
      <nav aria-label={c.title} className="mt-4 flex flex-wrap gap-1 border-b">
        {COMMENT_STATUSES.map((s) => (
          <Link
            key={s}
            href={listUrl({ ...view, status: s })}
            aria-current={s === status ? "page" : undefined}
            className={`rounded-t px-3 py-2 ${s === status ? "bg-ink text-white" : "hover:bg-gray-100"}`}
          >
            {c.tabs[s]} <span className="text-sm">({counts[s]})</span>
          </Link>
        ))}
      </nav>
      <form id="bulk" action={moderateForm} className="mt-3 flex items-center gap-2">
        {hidden}
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
        <div className="mt-3">
          <table className="admin-cards w-full table-fixed border-collapse bg-white text-start">
            <thead>
              <tr className="border-b bg-gray-50 text-sm">
                <th scope="col" className="w-10 p-2">
                  <span className="sr-only">{c.select}</span>
                </th>
                <th scope="col" className="w-48 p-2 text-start">
                  {c.columns.author}
                </th>
                <th scope="col" className="p-2 text-start">
                  {c.columns.comment}
                </th>
                <th scope="col" className="w-48 p-2 text-start">
                  {c.columns.article}
                </th>
                <th scope="col" className="w-28 p-2 text-start">
                  {c.columns.date}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <CommentRow key={row.id} row={row} filterHref={listUrl({ status, article: String(row.article.id) })} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} totalPages={totalPages} href={(n) => listUrl({ ...view, page: String(n) })} />
    </>
  );
}
