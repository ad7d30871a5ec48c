"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/action";
import { ar } from "@/lib/i18n/ar";
import type { MediaItem } from "@/lib/media/library";
import { MAX_ALT_CHARS, MAX_CAPTION_CHARS } from "@/lib/media/limits";
import { srcSet, variantUrl, widthAtLeast } from "@/lib/media/sizes";
import { DeleteButton } from "./delete-button";
import { Field, FormMessage, SubmitButton, describedBy, inputClass } from "./form-field";

const t = ar.media.library;

type Action = (state: ActionResult, form: FormData) => Promise<ActionResult>;

/** A small rendition of a library picture for the dashboard (the 320 px file on a phone). */
export function MediaThumb({ item, alt }: { item: MediaItem; alt: string }) {
  const w = widthAtLeast(item.widths, 320) ?? item.width;
  return (
    // eslint-disable-next-line @next/next/no-img-element -- the sizes are made at upload (docs/pictures.md)
    <img
      src={variantUrl(item.url, w, item.widths)}
      srcSet={srcSet(item.url, item.widths) || undefined}
      sizes="(min-width: 1024px) 240px, 50vw"
      width={item.width}
      height={item.height}
      alt={alt}
      loading="lazy"
      decoding="async"
      className="aspect-[4/3] h-auto w-full rounded border bg-gray-100 object-cover"
    />
  );
}

const field = (id: string, name: string, label: string, value: string, max: number, error?: string) => (
  <Field id={id} label={label} error={error}>
    <input
      id={id}
      name={name}
      defaultValue={value}
      maxLength={max}
      className={inputClass}
      {...describedBy(id, error)}
    />
  </Field>
);

/** One tile of the library: the picture, its alt text and caption (saved in place), usage and delete. */
export function MediaItemForm({
  item,
  usedIn,
  save,
  remove,
}: {
  item: MediaItem;
  usedIn: number;
  save: Action;
  remove: Action;
}) {
  const [state, formAction, pending] = useActionState(save, { ok: true });
  const v = { alt: item.alt, caption: item.caption ?? "", ...(state.values ?? {}) };
  const err = state.errors ?? {};
  const alt = `media-${item.id}-alt`;
  const caption = `media-${item.id}-caption`;
  return (
    <li className="flex flex-col gap-2 rounded border bg-white p-2" data-testid="media-item" data-url={item.url}>
      <MediaThumb item={item} alt={v.alt} />
      <p className="text-xs text-muted">
        {t.size(item.width, item.height)}
        {item.uploader && (
          <>
            {" · "}
            {t.uploadedBy}: <bdi>{item.uploader}</bdi>
          </>
        )}
        {/* Featured uses only (cheap to count); delete checks bodies too and names every article. */}
        {usedIn > 0 && (
          <>
            {" · "}
            <span className="font-bold text-ink">{t.usedIn(usedIn)}</span>
          </>
        )}
      </p>
      <form action={formAction} className="flex flex-col gap-2">
        <input type="hidden" name="id" value={item.id} />
        <FormMessage state={state} />
        {field(alt, "alt", t.alt, v.alt, MAX_ALT_CHARS, err.alt)}
        {field(caption, "caption", t.caption, v.caption, MAX_CAPTION_CHARS, err.caption)}
        <SubmitButton label={ar.admin.manage.save} pending={pending} tone="plain" />
      </form>
      <DeleteButton id={item.id} confirm={t.confirmDelete} action={remove} />
    </li>
  );
}
