"use server";

import { redirect } from "next/navigation";
import { currentStaff } from "@/lib/auth/session";
import { ar } from "@/lib/i18n/ar";
import { formArgument, rowId } from "@/lib/site/boundary";
import { tags } from "@/lib/site/cache-tags";
import { clientIp, userAgent } from "@/lib/site/client-ip";
import { paths } from "@/lib/site/paths";
import { expireTags } from "@/lib/site/revalidate";
import { commenterForPost, keepCommenter } from "../commenter";
import { rememberCommenter } from "../remember";
import { submitComment } from "../submit";
import { emptyCommentState, type CommentFormState, type CommentValues } from "../types";
import { validateComment } from "../validation";
import { readForm } from "@/lib/forms/form-data";

/**
 * The public comment form's action. It works without JavaScript: the form
 * posts, and a refused comment comes back in the page rendered with this state
 * (at the form: its action URL ends in #respond). A stored one redirects to
 * the comment itself, as WordPress does: the reader lands on it, a reload
 * does not send it again, and a held one is shown there to its author only.
 */
export async function submitCommentAction(
  articleId: number,
  _previous: CommentFormState,
  form: FormData,
): Promise<CommentFormState> {
  // The article id is bound into the page, but a request can carry any value
  // in its place (an object there would reach Prisma as a query operator).
  if (!rowId.safeParse(articleId).success || !formArgument.safeParse(form).success)
    return {
      status: "rejected",
      values: emptyCommentState.values,
      errors: { form: ar.comments.errors.articleClosed },
      nonce: Date.now(),
    };
  const sent = readForm(form, ["comment", "author", "email", "url", "comment_parent", "ak_hp"]);
  const values: CommentValues = {
    content: sent.comment,
    name: sent.author,
    email: sent.email,
    url: sent.url,
    parentId: sent.comment_parent,
    remember: form.get("wp-comment-cookies-consent") === "yes",
  };
  const nonce = Date.now();

  // Honeypot: people never see this field, bots fill it. Answer with the
  // held message and store nothing.
  if (sent.ak_hp !== "") {
    return { status: "held", values: { ...values, content: "" }, errors: {}, nonce };
  }

  const valid = validateComment(values);
  if (!valid.ok) return { status: "invalid", values, errors: valid.errors, nonce };

  const [commenter, staff] = await Promise.all([commenterForPost(), currentStaff()]);
  const outcome = await submitComment({
    articleId,
    comment: valid.data,
    ip: await clientIp(),
    userAgent: await userAgent(),
    commenterId: commenter.id,
    staff,
  });
  if (!outcome.ok) {
    return { status: "rejected", values, errors: { [outcome.field]: outcome.message }, nonce };
  }

  const held = outcome.status === "PENDING";
  await rememberCommenter(values.remember ? valid.data : null);
  await keepCommenter(commenter.id, held);
  if (!held) expireTags(tags.comments(articleId));
  redirect(paths.comment(outcome.articleSlug, outcome.commentId, held));
}
