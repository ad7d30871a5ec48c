"use client";

import type { Editor } from "@tiptap/react";
import { useEffect, useId, useRef, useState } from "react";
import { ar } from "@/lib/i18n/ar";
import { FileInput } from "./file-input";
import { pickerPageAction } from "@/lib/media/actions/media";
import type { MediaItem } from "@/lib/media/library";
import {
  ACCEPTED_IMAGE_TYPES,
  MAX_ALT_CHARS,
  MAX_CAPTION_CHARS,
  MAX_IMAGE_WIDTH,
  MAX_UPLOAD_BYTES,
  MAX_UPLOAD_MB,
} from "@/lib/media/limits";
import { Field, inputClass } from "./form-field";
import { MediaThumb } from "./media-item-form";
import { MediaUploader } from "./media-uploader";

const p = ar.media.picker;

/**
 * The library in a dialog: search, pages of pictures this staff member may
 * use (the server decides which), and an upload that lands in the library
 * and is picked at once.
 */
function PickerDialog({
  open,
  onClose,
  onPick,
}: {
  open: boolean;
  onClose: () => void;
  onPick: (item: MediaItem) => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const title = useId();
  const [q, setQ] = useState("");
  const [page, setPage] = useState(1);
  const [data, setData] = useState<{ items: MediaItem[]; totalPages: number } | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    let live = true;
    void pickerPageAction(q, page).then((result) => live && setData(result));
    return () => {
      live = false;
    };
  }, [open, q, page]);

  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby={title}
      className="m-auto w-[min(56rem,95vw)] rounded border p-4 backdrop:bg-black/40"
    >
      <div className="mb-3 flex items-center justify-between gap-2">
        <h2 id={title} className="text-lg font-bold">
          {p.title}
        </h2>
        <button type="button" onClick={onClose} className="rounded border px-3 py-1">
          {p.cancel}
        </button>
      </div>
      <div className="mb-3 rounded border bg-gray-50 p-2">
        <MediaUploader multiple={false} label={p.uploadNew} onUploaded={onPick} />
      </div>
      <label className="mb-3 flex flex-col text-sm">
        {ar.media.library.search}
        <input
          type="search"
          value={q}
          maxLength={100}
          onChange={(e) => {
            setQ(e.target.value);
            setPage(1);
          }}
          className="rounded border bg-white p-2"
        />
      </label>
      {data && data.items.length === 0 && <p className="text-muted">{p.none}</p>}
      <ul className="grid max-h-[50vh] grid-cols-2 gap-3 overflow-y-auto sm:grid-cols-4">
        {data?.items.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              onClick={() => onPick(item)}
              className="block w-full rounded border p-1 text-start hover:border-brand focus:outline-2 focus:outline-brand"
            >
              <MediaThumb item={item} alt={item.alt} />
              <span className="mt-1 block truncate text-xs">{item.alt || ar.media.library.noAlt}</span>
              <span className="sr-only">{p.choose}</span>
            </button>
          </li>
        ))}
      </ul>
      {data && data.totalPages > page && (
        <button type="button" onClick={() => setPage(page + 1)} className="mt-3 rounded border px-3 py-1">
          {p.more}
        </button>
      )}
    </dialog>
  );
}

/**
 * The editor's featured-image field: a picture from the library (`mediaId`)
 * or a new file (`featuredImage`, checked and stored by the server on save),
 * the current one shown, and a box to remove it.
 */
export function FeaturedImageField({ current, label, error }: { current: string; label: string; error?: string }) {
  const [picked, setPicked] = useState<MediaItem | null>(null);
  const [open, setOpen] = useState(false);
  const shown = picked?.url ?? current;
  return (
    <Field id="featuredImage" label={label} error={error}>
      {shown && (
        <div className="mt-1">
          {/* A preview of the site's own file: its sizes are made at upload (docs/pictures.md). */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            src={shown}
            alt={picked ? p.picked : ar.media.current}
            className="aspect-video h-auto w-full rounded border bg-gray-100 object-cover"
          />
          {!picked && current && (
            <label className="mt-1 flex items-center gap-2 text-sm">
              <input type="checkbox" name="removeImage" /> {ar.media.remove}
            </label>
          )}
        </div>
      )}
      <input type="hidden" name="mediaId" value={picked?.id ?? ""} />
      <button type="button" onClick={() => setOpen(true)} className="mt-2 rounded border bg-white px-3 py-1 text-sm">
        {p.fromLibrary}
      </button>
      <FileInput
        id="featuredImage"
        name="featuredImage"
        accept={ACCEPTED_IMAGE_TYPES}
        invalid={!!error}
        describedBy={`featuredImage-hint${error ? " featuredImage-error" : ""}`}
        // An early word in the browser for a file that is too big; the server checks again.
        onChange={(input) =>
          input.setCustomValidity(
            input.files?.[0] && input.files[0].size > MAX_UPLOAD_BYTES ? ar.media.errors.tooLarge(MAX_UPLOAD_MB) : "",
          )
        }
      />
      <p id="featuredImage-hint" className="text-xs text-muted">
        {ar.media.hint(MAX_UPLOAD_MB, MAX_IMAGE_WIDTH)}
      </p>
      <PickerDialog
        open={open}
        onClose={() => setOpen(false)}
        onPick={(item) => {
          setPicked(item);
          setOpen(false);
        }}
      />
    </Field>
  );
}

/**
 * The body toolbar's `صورة` button: pick or upload a picture, give it alt
 * text and an optional caption, and it goes in as a figure at the cursor.
 */
export function BodyImageButton({ editor }: { editor: Editor | null }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<MediaItem | null>(null);
  const [alt, setAlt] = useState("");
  const [caption, setCaption] = useState("");
  const [error, setError] = useState("");
  const details = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = details.current;
    if (chosen && dialog && !dialog.open) dialog.showModal();
    if (!chosen && dialog?.open) dialog.close();
  }, [chosen]);

  const insert = () => {
    if (!chosen || !editor) return;
    if (!alt.trim()) {
      setError(p.altRequired);
      return;
    }
    editor
      .chain()
      .focus()
      .insertContent({
        type: "figure",
        attrs: {
          src: chosen.url,
          alt: alt.trim(),
          width: chosen.width,
          height: chosen.height,
          caption: caption.trim(),
        },
      })
      .run();
    setChosen(null);
  };

  return (
    <>
      <button type="button" onClick={() => setOpen(true)} className="rounded px-2 py-1 text-sm hover:bg-gray-200">
        {p.bodyImage}
      </button>
      <PickerDialog
        open={open}
        onClose={() => setOpen(false)}
        onPick={(item) => {
          setOpen(false);
          setAlt(item.alt);
          setCaption(item.caption ?? "");
          setError("");
          setChosen(item);
        }}
      />
      <dialog
        ref={details}
        onClose={() => setChosen(null)}
        aria-labelledby={`${id}-title`}
        className="m-auto w-[min(32rem,95vw)] rounded border p-4 backdrop:bg-black/40"
      >
        <h2 id={`${id}-title`} className="mb-3 text-lg font-bold">
          {p.bodyImage}
        </h2>
        {chosen && <MediaThumb item={chosen} alt={chosen.alt} />}
        <div className="mt-3 flex flex-col gap-3">
          <Field id={`${id}-alt`} label={ar.media.library.alt} error={error || undefined}>
            <input
              id={`${id}-alt`}
              value={alt}
              maxLength={MAX_ALT_CHARS}
              onChange={(e) => setAlt(e.target.value)}
              className={inputClass}
              {...(error ? { "aria-invalid": true, "aria-describedby": `${id}-alt-error` } : {})}
            />
          </Field>
          <Field id={`${id}-caption`} label={p.captionOptional}>
            <input
              id={`${id}-caption`}
              value={caption}
              maxLength={MAX_CAPTION_CHARS}
              onChange={(e) => setCaption(e.target.value)}
              className={inputClass}
            />
          </Field>
          <div className="flex gap-2">
            <button type="button" onClick={insert} className="rounded bg-brand px-4 py-2 font-bold text-white">
              {p.insert}
            </button>
            <button type="button" onClick={() => setChosen(null)} className="rounded border px-4 py-2">
              {p.cancel}
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
