"use client";

import { useState } from "react";
import { ar } from "@/lib/i18n/ar";
import { ZonedTimeFields } from "./zoned-time-fields";

const t = ar.admin.editor.frontPage;

export type FrontPageValues = {
  pinned: boolean;
  breaking: boolean;
  /** The end time on the newsroom's clock (`dd/mm/yyyy`, `HH:mm[:ss]`), "" when not breaking. */
  breakingDate: string;
  breakingTime: string;
  commentsOpen: boolean;
};

/**
 * The editor's front-page switches: pinned lead, breaking news with its end time (in SITE_TIMEZONE,
 * as the publish time), comments closed. `canFeature` false (contributors) leaves the pin and
 * breaking controls out; the server then keeps what is stored.
 */
export function FrontPageFields({
  initial,
  canFeature,
  zoneLabel,
  errors,
}: {
  initial: FrontPageValues;
  canFeature: boolean;
  zoneLabel: string;
  errors: { date?: string; time?: string };
}) {
  const [breaking, setBreaking] = useState(initial.breaking);
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
            {/* Hidden rather than removed when unticked: what was typed is still there if it is ticked again. */}
            <div className="mt-2" hidden={!breaking}>
              <ZonedTimeFields
                name="breaking"
                legend={t.breakingUntil}
                labels={{ date: t.breakingDate, time: t.breakingTime }}
                dateHint={t.breakingDateHint}
                date={initial.breakingDate}
                time={initial.breakingTime}
                zoneLabel={zoneLabel}
                errors={errors}
                note={t.breakingHint}
              />
            </div>
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
