"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { ar } from "@/lib/i18n/ar";
import type { MediaItem } from "@/lib/media/library";
import { ACCEPTED_IMAGE_TYPES, MAX_FILES_PER_BATCH, MAX_UPLOAD_BYTES, MAX_UPLOAD_MB } from "@/lib/media/limits";

const t = ar.media.library;

type Row = { key: string; name: string; loaded: number; total: number; done: boolean; error?: string };

/** Sends one file to the library's upload endpoint, reporting the bytes sent (fetch cannot). */
function send(file: File, onProgress: (loaded: number) => void): Promise<{ media?: MediaItem; error?: string }> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/admin/media/upload");
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => onProgress(e.loaded);
    xhr.onload = () => {
      const body = xhr.response as { uploaded?: MediaItem[]; errors?: { error: string }[]; error?: string } | null;
      const media = body?.uploaded?.[0];
      resolve(media ? { media } : { error: body?.errors?.[0]?.error ?? body?.error ?? t.errors.failed });
    };
    xhr.onerror = () => resolve({ error: t.errors.failed });
    const form = new FormData();
    form.append("file", file);
    xhr.send(form);
  });
}

/**
 * Several pictures at once, each with its own progress bar and its own
 * answer. Files go one after another (the server decodes one at a time), and
 * each one too large is refused here before it is sent; the server checks again.
 */
export function MediaUploader({
  onUploaded,
  multiple = true,
  label = t.chooseFiles,
}: {
  onUploaded?: (item: MediaItem) => void;
  multiple?: boolean;
  label?: string;
}) {
  const router = useRouter();
  const id = useId();
  const [rows, setRows] = useState<Row[]>([]);
  const [message, setMessage] = useState("");
  const update = (key: string, change: Partial<Row>) =>
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...change } : r)));

  async function upload(files: File[]) {
    setMessage("");
    if (files.length > MAX_FILES_PER_BATCH) {
      setMessage(t.tooMany(MAX_FILES_PER_BATCH));
      return;
    }
    const batch = files.map((f, i) => ({
      key: `${Date.now()}-${i}`,
      name: f.name,
      loaded: 0,
      total: f.size,
      done: false,
      ...(f.size > MAX_UPLOAD_BYTES ? { done: true, error: ar.media.errors.tooLarge(MAX_UPLOAD_MB) } : {}),
    }));
    setRows(batch);
    for (const [i, file] of files.entries()) {
      const row = batch[i]!;
      if (row.error) continue;
      const answer = await send(file, (loaded) => update(row.key, { loaded }));
      update(row.key, { done: true, loaded: row.total, error: answer.error });
      if (answer.media) onUploaded?.(answer.media);
    }
    router.refresh();
  }

  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={id} className="font-bold">
        {label}
      </label>
      <input
        id={id}
        type="file"
        multiple={multiple}
        accept={ACCEPTED_IMAGE_TYPES}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = "";
          if (files.length) void upload(files);
        }}
        className="rounded border bg-white p-2 text-sm"
      />
      <p id={`${id}-hint`} className="text-xs text-muted">
        {t.uploadHint(MAX_FILES_PER_BATCH, MAX_UPLOAD_MB)}
      </p>
      {message && (
        <p role="alert" className="font-bold text-red-700">
          {message}
        </p>
      )}
      {rows.length > 0 && (
        <ul aria-label={t.progress} className="flex flex-col gap-1 text-sm">
          {rows.map((r) => (
            <li key={r.key} className="flex flex-wrap items-center gap-2" data-testid="upload-row">
              <bdi className="max-w-48 truncate">{r.name}</bdi>
              <progress
                max={r.total || 1}
                value={r.loaded}
                aria-label={`${t.progress}: ${r.name}`}
                className="h-3 w-32"
              />
              <span role={r.error ? "alert" : "status"} className={r.error ? "font-bold text-red-700" : "text-muted"}>
                {r.error ?? (r.done ? t.uploaded : t.uploading)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
