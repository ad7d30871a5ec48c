"use client";

import { useActionState } from "react";
import type { CommentFormState } from "@/lib/comments/types";
import { ar } from "@/lib/i18n/ar";

const t = ar.comments;
type Action = (state: CommentFormState, form: FormData) => Promise<CommentFormState>;
type ReplyTarget = { id: number; name: string } | null;

function Required() {
  return <span className="text-brand">*</span>;
}

function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm font-bold text-red-700">
      {message}
    </p>
  );
}

/**
 * One of the commenter's details: label (with the required marker), input, and its error under it, tied together
 * by id. `field` is the detail's name where it differs from the input's (the WordPress field "author" holds the
 * name): it names the error (`name-error`) and the browser's autofill. Email and URL read left to right.
 */
function TextField({
  id,
  field = id,
  type,
  label,
  required = false,
  ltr = false,
  maxLength,
  value,
  error,
}: {
  id: string;
  field?: string;
  type: "text" | "email" | "url";
  label: string;
  required?: boolean;
  ltr?: boolean;
  maxLength: number;
  value: string;
  error?: string;
}) {
  return (
    <div>
      <label htmlFor={id} className="block font-bold">
        {label}
        {required && (
          <>
            {" "}
            <Required />
          </>
        )}
      </label>
      <input
        id={id}
        name={id}
        type={type}
        dir={ltr ? "ltr" : undefined}
        required={required}
        aria-required={required ? "true" : undefined}
        maxLength={maxLength}
        autoComplete={field}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${field}-error` : undefined}
        className={ltr ? "mt-1 w-full rounded border bg-white p-2 text-end" : "mt-1 w-full rounded border bg-white p-2"}
      />
      <FieldError id={`${field}-error`} message={error} />
    </div>
  );
}

/**
 * WordPress's comment form, plain HTML: it posts to a server action and works
 * without JavaScript (the reply target then comes from the URL). A client
 * component only because useActionState renders the action's answer (errors
 * at their fields, everything typed kept) into the page the post returns.
 * Reader pages ship no React runtime (lib/site/plain-html.mjs), so what the
 * form does in the browser is public/comments.js: it moves the reply target
 * without a reload (the two <template>s below are its headings), pre-fills
 * remembered details and marks the form as sending.
 */
export function CommentForm({
  action,
  initial,
  replyTo,
  articleId,
  articlePath,
  permalink,
}: {
  action: Action;
  initial: CommentFormState;
  replyTo: ReplyTarget;
  articleId: number;
  articlePath: string;
  /** The form's own URL, ending in #respond: a refused comment comes back there, in view. */
  permalink: string;
}) {
  const [state, formAction] = useActionState(action, initial, permalink);
  const v = state.values;
  const err = state.errors;
  const replyHeading = (name: string) => (
    <>
      {t.replyTo("")}
      <bdi>{name}</bdi>
      <a href={`${articlePath}#respond`} data-cancel-reply="" className="ms-3 text-sm font-normal text-brand underline">
        {t.cancelReply}
      </a>
    </>
  );

  return (
    <section
      id="respond"
      data-article={articleId}
      aria-labelledby="reply-title"
      className="mt-10 rounded border-t-4 border-brand bg-gray-50 p-4"
    >
      <h2 id="reply-title" className="text-xl font-bold">
        {replyTo ? replyHeading(replyTo.name) : t.formTitle}
      </h2>
      <template id="reply-title-new">{t.formTitle}</template>
      <template id="reply-title-reply">{replyHeading("")}</template>
      {replyTo && <p className="sr-only">{t.formTitle}</p>}

      {(state.status === "held" || state.status === "published") && (
        <p role="status" className="mt-3 rounded bg-green-50 p-2 font-bold text-green-800">
          {state.status === "held" ? t.awaitingModeration : t.published}
        </p>
      )}
      {err.form && (
        <p role="alert" tabIndex={-1} className="mt-3 rounded bg-red-50 p-2 font-bold text-red-800">
          {err.form}
        </p>
      )}

      <form key={state.nonce} action={formAction} className="mt-3 flex flex-col gap-4">
        <p className="text-sm text-muted">
          {t.note.slice(0, -1)}
          <Required />
        </p>
        <input type="hidden" name="comment_parent" defaultValue={replyTo?.id ?? ""} />

        <div>
          <label htmlFor="comment" className="block font-bold">
            {t.content} <Required />
          </label>
          <textarea
            id="comment"
            name="comment"
            rows={6}
            required
            aria-required="true"
            maxLength={65525}
            defaultValue={v.content}
            aria-invalid={err.content ? true : undefined}
            aria-describedby={err.content ? "content-error" : undefined}
            className="mt-1 w-full rounded border bg-white p-2"
          />
          <FieldError id="content-error" message={err.content} />
        </div>

        <div className="grid gap-4 md:grid-cols-2">
          <TextField
            id="author"
            field="name"
            type="text"
            label={t.name}
            required
            maxLength={245}
            value={v.name}
            error={err.name}
          />
          <TextField
            id="email"
            type="email"
            label={t.email}
            required
            ltr
            maxLength={100}
            value={v.email}
            error={err.email}
          />
          <TextField id="url" type="url" label={t.url} ltr maxLength={200} value={v.url} error={err.url} />
        </div>

        {/* Honeypot: hidden from people and assistive technology, tempting to bots. */}
        <div className="hidden" aria-hidden="true">
          <label htmlFor="ak_hp">{t.honeypot}</label>
          <input id="ak_hp" name="ak_hp" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>

        <div className="flex items-start gap-2">
          <input
            id="wp-comment-cookies-consent"
            name="wp-comment-cookies-consent"
            type="checkbox"
            value="yes"
            defaultChecked={v.remember}
            className="mt-1 size-6 shrink-0"
          />
          <label htmlFor="wp-comment-cookies-consent">{t.remember}</label>
        </div>

        <div>
          <button
            type="submit"
            data-sending={t.sending}
            className="rounded bg-brand px-5 py-2 font-bold text-white hover:bg-brand-dark disabled:opacity-60"
          >
            {t.submit}
          </button>
        </div>
      </form>
    </section>
  );
}
