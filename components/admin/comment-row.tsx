import Link from "next/link";
import { editCommentAction, replyAsStaffAction } from "@/lib/comments/actions/moderate-comments";
import type { ModerationAction } from "@/lib/comments/moderation";
import type { CommentStatus } from "@/lib/db/generated/client";
import { ar } from "@/lib/i18n/ar";
import { formatDate } from "@/lib/site/format-date";
import { paths } from "@/lib/site/paths";

const c = ar.admin.comments;

export type ModerationRow = {
  id: number;
  authorName: string;
  authorEmail: string;
  authorUrl: string | null;
  authorIp: string | null;
  content: string;
  status: CommentStatus;
  createdAt: Date;
  article: { id: number; headline: string; slug: string };
  parent: { authorName: string } | null;
};

const ACTIONS: Record<CommentStatus, ModerationAction[]> = {
  PENDING: ["approve", "spam", "trash"],
  APPROVED: ["unapprove", "spam", "trash"],
  SPAM: ["approve", "trash"],
  TRASH: ["approve", "unapprove"],
};
const LABEL: Record<ModerationAction, string> = {
  approve: c.approve,
  unapprove: c.unapprove,
  spam: c.spam,
  trash: c.trash,
};

// Form actions here need no return value; results show on the refreshed page.
async function reply(form: FormData) {
  "use server";
  await replyAsStaffAction(form);
}
async function edit(form: FormData) {
  "use server";
  await editCommentAction(form);
}

/** Longer comments show their start; the rest opens on demand (a long one squeezed the other columns). */
const SHORT = 400;

/** One comment for moderators: who (with email and IP), what, where, and what can be done. */
export function CommentRow({ row, filterHref }: { row: ModerationRow; filterHref: string }) {
  const long = row.content.length > SHORT;
  return (
    <tr id={`comment-row-${row.id}`} className="border-b align-top">
      <td className="p-2">
        <input type="checkbox" name="ids" value={row.id} form="bulk" aria-label={`${c.select} ${row.authorName}`} />
      </td>
      <td className="p-2 text-sm [overflow-wrap:anywhere]">
        <bdi className="font-bold">{row.authorName}</bdi>
        <div dir="ltr" className="text-end text-xs text-muted">
          {row.authorEmail}
          {row.authorIp && <div>{row.authorIp}</div>}
          {row.authorUrl && <div>{row.authorUrl}</div>}
        </div>
      </td>
      <td className="p-2 [overflow-wrap:anywhere]">
        {row.parent && <p className="text-xs text-muted">{ar.comments.replyTo(row.parent.authorName)}</p>}
        {long ? (
          <details>
            <summary className="cursor-pointer">
              <span className="whitespace-pre-line">{row.content.slice(0, SHORT)}…</span>{" "}
              <span className="text-sm text-brand">{c.showAll}</span>
            </summary>
            <p className="mt-1 whitespace-pre-line">{row.content}</p>
          </details>
        ) : (
          <p className="whitespace-pre-line">{row.content}</p>
        )}
        <div className="mt-2 flex flex-wrap gap-2 text-sm">
          {ACTIONS[row.status].map((action) => (
            <button
              key={action}
              type="submit"
              form="bulk"
              name="single"
              value={`${row.id}:${action}`}
              className="rounded border px-2 py-0.5 hover:bg-gray-100"
            >
              {LABEL[action]}
            </button>
          ))}
        </div>
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer text-brand">{ar.comments.reply}</summary>
          <form action={reply} className="mt-1 flex flex-col gap-1">
            <input type="hidden" name="parentId" value={row.id} />
            <label htmlFor={`reply-${row.id}`} className="sr-only">
              {ar.comments.reply}
            </label>
            <textarea id={`reply-${row.id}`} name="content" required rows={3} className="rounded border p-1" />
            <button type="submit" className="self-start rounded bg-brand px-3 py-1 text-white">
              {ar.comments.submit}
            </button>
          </form>
        </details>
        <details className="mt-1 text-sm">
          <summary className="cursor-pointer text-brand">{ar.admin.articles.edit}</summary>
          <form action={edit} className="mt-1 flex flex-col gap-1">
            <input type="hidden" name="id" value={row.id} />
            <label className="flex flex-col">
              {ar.comments.name}
              <input name="authorName" defaultValue={row.authorName} required className="rounded border p-1" />
            </label>
            <label className="flex flex-col">
              {ar.comments.content}
              <textarea name="content" defaultValue={row.content} required rows={4} className="rounded border p-1" />
            </label>
            <button type="submit" className="self-start rounded bg-ink px-3 py-1 text-white">
              {ar.admin.editor.update}
            </button>
          </form>
        </details>
      </td>
      <td className="p-2 text-sm [overflow-wrap:anywhere]" data-label={c.columns.article}>
        <Link href={`${paths.article(row.article.slug)}#comment-${row.id}`} className="text-brand hover:underline">
          {row.article.headline}
        </Link>
        <Link href={filterHref} className="mt-1 block text-xs text-muted underline">
          {c.filterArticle}
        </Link>
      </td>
      <td className="p-2 text-sm" data-label={c.columns.date}>
        <time dateTime={row.createdAt.toISOString()}>{formatDate(row.createdAt)}</time>
      </td>
    </tr>
  );
}
