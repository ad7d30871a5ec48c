"use client";

import { useState } from "react";
import { ar } from "@/lib/i18n/ar";

/**
 * A file input whose visible face is Arabic: the browser's own button says "Choose File"
 * in the browser's language. The real input stays in the page (keyboard focus, the form,
 * required/validity) but is drawn under an Arabic button and the chosen file's name.
 */
export function FileInput({
  id,
  name,
  accept,
  invalid,
  describedBy,
  onChange,
}: {
  id: string;
  name: string;
  accept?: string;
  invalid?: boolean;
  describedBy?: string;
  onChange?: (input: HTMLInputElement) => void;
}) {
  const [chosen, setChosen] = useState("");
  return (
    <div className="relative mt-1 flex items-center gap-2 rounded border bg-white p-2 focus-within:outline-2 focus-within:outline-brand">
      <input
        id={id}
        name={name}
        type="file"
        accept={accept}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={(e) => {
          setChosen(e.target.files?.[0]?.name ?? "");
          onChange?.(e.target);
        }}
        className="absolute inset-0 h-full w-full cursor-pointer opacity-0"
      />
      <span aria-hidden="true" className="shrink-0 rounded border bg-gray-100 px-3 py-1 text-sm font-bold">
        {ar.admin.fileInput.choose}
      </span>
      <span aria-hidden="true" className="min-w-0 truncate text-sm text-muted">
        {chosen ? <bdi>{chosen}</bdi> : ar.admin.fileInput.none}
      </span>
    </div>
  );
}
