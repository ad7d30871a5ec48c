import type { CommentNode } from "@/lib/comments/types";
import { MAX_DEPTH } from "@/lib/comments/thread";
import { ar } from "@/lib/i18n/ar";
import { formatDate } from "@/lib/site/format-date";
import { paths } from "@/lib/site/paths";
import { CommentText } from "./comment-text";

// `replies` false (comments closed on the article): no `رد` links.
function CommentItem({ node, articleSlug, replies }: { node: CommentNode; articleSlug: string; replies: boolean }) {
  const name = <bdi className="font-bold">{node.authorName}</bdi>;
  return (
    <li id={`comment-${node.id}`} className="mt-4">
      <article className={`rounded border p-3 ${node.byStaff ? "border-brand bg-red-50/40" : "bg-gray-50"}`}>
        <header className="mb-1 flex flex-wrap items-baseline gap-x-2 text-sm">
          {node.authorUrl ? (
            <a href={node.authorUrl} rel="external nofollow ugc" className="text-brand hover:underline">
              {name}
            </a>
          ) : (
            name
          )}
          <span className="text-muted">{ar.comments.says}</span>
          <a href={`#comment-${node.id}`} className="text-muted hover:underline">
            <time dateTime={node.createdAt}>{formatDate(node.createdAt)}</time>
          </a>
        </header>
        <CommentText text={node.content} />
        {replies && node.depth < MAX_DEPTH && (
          <a
            href={paths.replyTo(articleSlug, node.id)}
            data-reply-to={node.id}
            data-reply-name={node.authorName}
            rel="nofollow"
            className="mt-2 inline-block text-sm font-bold text-brand hover:underline"
          >
            {ar.comments.reply}
          </a>
        )}
      </article>
      {node.children.length > 0 && (
        <ol className="ms-4 border-s-2 border-gray-200 ps-3 md:ms-8">
          {node.children.map((child) => (
            <CommentItem key={child.id} node={child} articleSlug={articleSlug} replies={replies} />
          ))}
        </ol>
      )}
    </li>
  );
}

export function CommentList({
  thread,
  count,
  articleSlug,
  replies = true,
}: {
  thread: CommentNode[];
  count: number;
  articleSlug: string;
  replies?: boolean;
}) {
  return (
    <section aria-labelledby="comments-title" className="mt-10">
      <h2 id="comments-title" className="text-xl font-bold">
        {ar.comments.title(count)}
      </h2>
      {thread.length > 0 && (
        <ol>
          {thread.map((node) => (
            <CommentItem key={node.id} node={node} articleSlug={articleSlug} replies={replies} />
          ))}
        </ol>
      )}
    </section>
  );
}
