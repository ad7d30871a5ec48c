import type { CommentNode } from "@/lib/comments/types";
import { MAX_DEPTH } from "@/lib/comments/thread";
import { ar } from "@/lib/i18n/ar";
import { formatLongDateTime } from "@/lib/site/format-date";
import { paths } from "@/lib/site/paths";
import { CommentText } from "./comment-text";

const REPLIES = "ms-4 border-s-2 border-gray-200 ps-3 md:ms-8";

/** The note on a comment its author sees while it waits for moderation. */
function HeldNote() {
  return <p className="mb-2 text-sm font-bold text-amber-800">{ar.comments.awaitingModeration}</p>;
}

// `replies` false (comments closed on the article): no `رد` links.
function CommentItem({
  node,
  articleSlug,
  held,
  replies,
}: {
  node: CommentNode;
  articleSlug: string;
  held: Set<number>;
  replies: boolean;
}) {
  const isHeld = held.has(node.id);
  const name = <bdi className="font-bold">{node.authorName}</bdi>;
  return (
    <li id={`comment-${node.id}`} className="mt-4" data-held={isHeld ? "" : undefined}>
      <article
        className={`rounded border p-3 ${isHeld ? "border-dashed border-amber-600 bg-amber-50" : node.byStaff ? "border-brand bg-red-50/40" : "bg-gray-50"}`}
      >
        {isHeld && <HeldNote />}
        <header className="mb-1 flex flex-wrap items-baseline gap-x-2 text-sm">
          {node.authorUrl && !isHeld ? (
            <a
              href={node.authorUrl}
              rel="external nofollow ugc"
              className="inline-flex min-h-6 items-center text-brand hover:underline"
            >
              {name}
            </a>
          ) : (
            name
          )}
          <span className="text-muted">{ar.comments.says}</span>
          <a href={`#comment-${node.id}`} className="inline-flex min-h-6 items-center text-muted hover:underline">
            <time dateTime={node.createdAt}>{formatLongDateTime(node.createdAt)}</time>
          </a>
        </header>
        <CommentText text={node.content} />
        {replies && node.depth < MAX_DEPTH && !isHeld && (
          <a
            href={paths.replyTo(articleSlug, node.id)}
            data-reply-to={node.id}
            data-reply-name={node.authorName}
            rel="nofollow"
            // At least 24×24 px: a finger's target, not only the two letters.
            className="mt-2 inline-flex min-h-8 min-w-10 items-center justify-center rounded text-sm font-bold text-brand hover:underline"
          >
            {ar.comments.reply}
          </a>
        )}
      </article>
      {node.children.length > 0 && (
        <ol className={REPLIES}>
          {node.children.map((child) => (
            <CommentItem key={child.id} node={child} articleSlug={articleSlug} held={held} replies={replies} />
          ))}
        </ol>
      )}
    </li>
  );
}

/**
 * The shape public/comments.js fills in to show a browser its own held
 * comments on a cached page (the same markup as above, without any data).
 */
function HeldTemplate() {
  return (
    <template id="held-comment-template">
      <ol className={REPLIES}>
        <li className="mt-4" data-held="">
          <article className="rounded border border-dashed border-amber-600 bg-amber-50 p-3">
            <HeldNote />
            <header className="mb-1 flex flex-wrap items-baseline gap-x-2 text-sm">
              <bdi className="font-bold" data-slot="name" />
              <span className="text-muted">{ar.comments.says}</span>
              <a className="inline-flex min-h-6 items-center text-muted hover:underline" data-slot="link">
                <time data-slot="date" />
              </a>
            </header>
            <div className="space-y-2" data-slot="text">
              <p className="whitespace-pre-line" />
            </div>
          </article>
        </li>
      </ol>
    </template>
  );
}

export function CommentList({
  thread,
  count,
  articleSlug,
  heldIds = [],
  replies = true,
}: {
  thread: CommentNode[];
  count: number;
  articleSlug: string;
  /** Comments in `thread` that wait for moderation, shown only to the browser that wrote them. */
  heldIds?: number[];
  replies?: boolean;
}) {
  const held = new Set(heldIds);
  return (
    <section aria-labelledby="comments-title" className="mt-10">
      <h2 id="comments-title" className="text-xl font-bold">
        {ar.comments.title(count)}
      </h2>
      {thread.length > 0 && (
        <ol>
          {thread.map((node) => (
            <CommentItem key={node.id} node={node} articleSlug={articleSlug} held={held} replies={replies} />
          ))}
        </ol>
      )}
      <HeldTemplate />
    </section>
  );
}
