"use client";

import { useEffect, useId, useRef, useState } from "react";
import { normalizeLinkHref } from "@/lib/articles/link-href";
import { ar } from "@/lib/i18n/ar";

const t = ar.admin.editor;

/**
 * The toolbar's link dialog, in the page (a modal <dialog>, not window.prompt). It holds no
 * <form> of its own, since it sits inside the article's form: Enter applies, Escape closes.
 */
export function LinkDialog({
  open,
  initialHref,
  onApply,
  onClose,
}: {
  open: boolean;
  initialHref: string;
  onApply: (href: string) => void; // "" removes the link
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [value, setValue] = useState(initialHref);
  const [error, setError] = useState(false);
  const id = useId();

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      setValue(initialHref);
      setError(false);
      d.showModal();
    } else if (!open && d.open) d.close();
  }, [open, initialHref]);

  const apply = () => {
    const href = normalizeLinkHref(value);
    if (href === null) return setError(true);
    onApply(href);
  };

  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      className="m-auto w-[min(32rem,90vw)] rounded border p-4 shadow-lg backdrop:bg-black/40"
    >
      <h2 id={`${id}-title`} className="mb-2 text-lg font-bold">
        {t.linkTitle}
      </h2>
      <label htmlFor={`${id}-href`} className="block font-bold">
        {t.linkAddress}
      </label>
      <input
        id={`${id}-href`}
        dir="ltr"
        type="text"
        inputMode="url"
        autoComplete="off"
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setError(false);
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault(); // not the article form's submit
            apply();
          }
        }}
        aria-invalid={error || undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        className="mt-1 w-full rounded border bg-white p-2 text-start"
      />
      <p id={`${id}-hint`} className="mt-1 text-xs text-muted">
        {t.linkHint}
      </p>
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-bold text-red-700">
          {t.linkInvalid}
        </p>
      )}
      <div className="mt-4 flex flex-wrap gap-2">
        <button type="button" onClick={apply} className="rounded bg-brand px-4 py-2 font-bold text-white">
          {t.linkApply}
        </button>
        {initialHref && (
          <button type="button" onClick={() => onApply("")} className="rounded border px-4 py-2">
            {t.linkRemove}
          </button>
        )}
        <button type="button" onClick={onClose} className="rounded border px-4 py-2">
          {t.cancel}
        </button>
      </div>
    </dialog>
  );
}
