"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import type { CommentFormState } from "@/lib/comments/types";
import { ar } from "@/lib/i18n/ar";

const t = ar.comments;
type Action = (state: CommentFormState, form: FormData) => Promise<CommentFormState>;
type ReplyTarget = { id: number; name: string } | null;

const COOKIE_FIELDS = { author: "comment_author", email: "comment_author_email", url: "comment_author_url" } as const;

function readCookie(name: string): string {
  const hit = document.cookie.split("; ").find((c) => c.startsWith(`${name}=`));
  if (!hit) return "";
  try {
    return decodeURIComponent(decodeURIComponent(hit.slice(name.length + 1)));
  } catch {
    return "";
  }
}

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
 * WordPress's comment form. Plain HTML first: it posts to a server action and
 * works without JavaScript (the reply target then comes from the URL). With
 * JavaScript it also moves the reply target without a reload and pre-fills
 * the details this browser was asked to remember.
 */
export function CommentForm({ action, initial, replyTo, articlePath }: { action: Action; initial: CommentFormState; replyTo: ReplyTarget; articlePath: string }) {
  const [state, formAction, pending] = useActionState(action, initial);
  const [target, setTarget] = useState<ReplyTarget>(replyTo);
  const formRef = useRef<HTMLFormElement>(null);
  const v = state.values;
  const err = state.errors;

  // `رد` links stay plain links for no-JS readers; with JS they only retarget the form.
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a[data-reply-to]");
      if (!link) return;
      event.preventDefault();
      setTarget({ id: Number(link.getAttribute("data-reply-to")), name: link.getAttribute("data-reply-name") ?? "" });
      document.getElementById("respond")?.scrollIntoView({ behavior: "smooth", block: "start" });
      (formRef.current?.elements.namedItem("comment") as HTMLTextAreaElement | null)?.focus();
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, []);

  // Pre-fill remembered details (cookies set when the box was ticked).
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    let remembered = false;
    for (const [field, cookie] of Object.entries(COOKIE_FIELDS)) {
      const input = form.elements.namedItem(field) as HTMLInputElement | null;
      const value = readCookie(cookie);
      if (input && value && !input.value) {
        input.value = value;
        remembered = true;
      }
    }
    if (remembered) (form.elements.namedItem("wp-comment-cookies-consent") as HTMLInputElement).checked = true;
  }, [state.nonce]);

  const describedBy = (field: string) => (err[field as keyof typeof err] ? `${field}-error` : undefined);

  return (
    <section id="respond" aria-labelledby="reply-title" className="mt-10 rounded border-t-4 border-brand bg-gray-50 p-4">
      <h2 id="reply-title" className="text-xl font-bold">
        {target ? (
          <>
            {t.replyTo("")}
            <bdi>{target.name}</bdi>
          </>
        ) : (
          t.formTitle
        )}
        {target && (
          <a
            href={`${articlePath}#respond`}
            onClick={(e) => {
              e.preventDefault();
              setTarget(null);
            }}
            className="ms-3 text-sm font-normal text-brand underline"
          >
            {t.cancelReply}
          </a>
        )}
      </h2>
      {target && <p className="sr-only">{t.formTitle}</p>}

      {(state.status === "held" || state.status === "published") && (
        <p role="status" className="mt-3 rounded bg-green-50 p-2 font-bold text-green-800">
          {state.status === "held" ? t.awaitingModeration : t.published}
        </p>
      )}
      {err.form && (
        <p role="alert" className="mt-3 rounded bg-red-50 p-2 font-bold text-red-800">
          {err.form}
        </p>
      )}

      <form key={state.nonce} ref={formRef} action={formAction} noValidate={false} className="mt-3 flex flex-col gap-4">
        <p className="text-sm text-muted">
          {t.note.slice(0, -1)}
          <Required />
        </p>
        <input type="hidden" name="comment_parent" value={target?.id ?? ""} />

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
            aria-describedby={describedBy("content")}
            className="mt-1 w-full rounded border bg-white p-2"
          />
          <FieldError id="content-error" message={err.content} />
        </div>

        <div className="grid gap-4 md:grid-cols-2">
          <div>
            <label htmlFor="author" className="block font-bold">
              {t.name} <Required />
            </label>
            <input
              id="author"
              name="author"
              type="text"
              required
              aria-required="true"
              maxLength={245}
              autoComplete="name"
              defaultValue={v.name}
              aria-invalid={err.name ? true : undefined}
              aria-describedby={describedBy("name")}
              className="mt-1 w-full rounded border bg-white p-2"
            />
            <FieldError id="name-error" message={err.name} />
          </div>
          <div>
            <label htmlFor="email" className="block font-bold">
              {t.email} <Required />
            </label>
            <input
              id="email"
              name="email"
              type="email"
              dir="ltr"
              required
              aria-required="true"
              maxLength={100}
              autoComplete="email"
              defaultValue={v.email}
              aria-invalid={err.email ? true : undefined}
              aria-describedby={describedBy("email")}
              className="mt-1 w-full rounded border bg-white p-2 text-end"
            />
            <FieldError id="email-error" message={err.email} />
          </div>
          <div>
            <label htmlFor="url" className="block font-bold">
              {t.url}
            </label>
            <input
              id="url"
              name="url"
              type="url"
              dir="ltr"
              maxLength={200}
              autoComplete="url"
              defaultValue={v.url}
              aria-invalid={err.url ? true : undefined}
              aria-describedby={describedBy("url")}
              className="mt-1 w-full rounded border bg-white p-2 text-end"
            />
            <FieldError id="url-error" message={err.url} />
          </div>
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
            className="mt-2"
          />
          <label htmlFor="wp-comment-cookies-consent">{t.remember}</label>
        </div>

        <div>
          <button
            type="submit"
            disabled={pending}
            className="rounded bg-brand px-5 py-2 font-bold text-white hover:bg-brand-dark disabled:opacity-60"
          >
            {pending ? t.sending : t.submit}
          </button>
        </div>
      </form>
    </section>
  );
}
