"use client";

import { useState } from "react";
import { ar } from "@/lib/i18n/ar";

const t = ar.admin.editor.frontPage;

export type FrontPageValues = {
  pinned: boolean;
  /** ISO, or "" when the article is not breaking news. */
  breakingUntil: string;
  commentsOpen: boolean;
};

/** `YYYY-MM-DDTHH:mm:ss` in the browser's timezone, for datetime-local (as the publish date field). */
function toLocalInput(iso: string): string {
  if (!iso) return "";
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/**
 * The editor's front-page switches: pinned lead, breaking news with its end time, comments closed.
 * `canFeature` false (contributors) leaves the pin and breaking controls out; the server then
 * keeps what is stored.
 */
export function FrontPageFields({
  initial,
  canFeature,
  error,
}: {
  initial: FrontPageValues;
  canFeature: boolean;
  error?: string;
}) {
  const [breaking, setBreaking] = useState(initial.breakingUntil !== "");
  const [until, setUntil] = useState(initial.breakingUntil);
  const box = "size-5 shrink-0";
  return (
    <fieldset className="flex flex-col gap-3 rounded border bg-white p-3">
      <legend className="px-1 font-bold">{t.legend}</legend>
      {canFeature && (
        <>
          <input type="hidden" name="featureFields" value="1" />
          <div>
            <label className="flex items-center gap-2">
              <input type="checkbox" name="pinned" defaultChecked={initial.pinned} className={box} />
              {t.pinned}
            </label>
            <p className="text-xs text-muted">{t.pinnedHint}</p>
          </div>
          <div>
            <label className="flex items-center gap-2">
              <input
                type="checkbox"
                name="breaking"
                checked={breaking}
                onChange={(e) => setBreaking(e.target.checked)}
                className={box}
              />
              {t.breaking}
            </label>
            {breaking && (
              <div className="mt-2">
                <label htmlFor="breakingUntilLocal" className="block text-sm font-bold">
                  {t.breakingUntil}
                </label>
                <input
                  id="breakingUntilLocal"
                  type="datetime-local"
                  step={1}
                  defaultValue={toLocalInput(until)}
                  onChange={(e) => setUntil(e.target.value ? new Date(e.target.value).toISOString() : "")}
                  className="mt-1 w-full rounded border bg-white p-2"
                  aria-describedby={error ? "breakingUntil-error breakingUntil-hint" : "breakingUntil-hint"}
                  aria-invalid={error ? true : undefined}
                />
                <input type="hidden" name="breakingUntil" value={until} />
                <p id="breakingUntil-hint" className="text-xs text-muted">
                  {t.breakingHint}
                </p>
              </div>
            )}
            {error && (
              <p id="breakingUntil-error" className="mt-1 text-sm font-bold text-red-700">
                {error}
              </p>
            )}
          </div>
        </>
      )}
      <input type="hidden" name="commentFields" value="1" />
      <div>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="commentsClosed" defaultChecked={!initial.commentsOpen} className={box} />
          {t.closeComments}
        </label>
        <p className="text-xs text-muted">{t.closeCommentsHint}</p>
      </div>
    </fieldset>
  );
}
