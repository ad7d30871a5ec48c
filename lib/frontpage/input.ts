import { ar } from "@/lib/i18n/ar";
import { SITE_TIMEZONE } from "@/lib/site/format-date";
import { parseWallDate, parseWallDateTime, wallTimeToUtc } from "@/lib/site/zoned-time";

const e = ar.admin.editor.frontPage.errors;

/** A breaking story left without an end time stays up this long. */
export const DEFAULT_BREAKING_HOURS = 6;
/** The furthest an end time may be set: breaking news is news of the day, not a banner. */
export const MAX_BREAKING_DAYS = 30;

/**
 * The editor's front-page fieldset, as the server reads it. Fields that were not on the form
 * (a contributor's form has no pin or breaking controls) are undefined: the stored values stay.
 */
export type FrontPageInput = {
  pinned?: boolean;
  breakingUntil?: Date | null;
  commentsOpen?: boolean;
};

type Parsed = { ok: true; value: FrontPageInput } | { ok: false; errors: Record<string, string> };

const checked = (form: FormData, name: string) => form.get(name) === "on";
const text = (form: FormData, name: string) => {
  const raw = form.get(name);
  return typeof raw === "string" ? raw.slice(0, 64) : "";
};

/**
 * The breaking end time, typed as a date and a time on the newsroom's clock (`breakingDate`,
 * `breakingTime`, read in `timeZone`): empty is DEFAULT_BREAKING_HOURS from now, on the minute.
 * A time past or more than MAX_BREAKING_DAYS ahead is an error at the date when the whole day is
 * out of range, else at the time.
 */
function readBreakingUntil(form: FormData, now: Date, timeZone: string): Date | Record<string, string> {
  const date = text(form, "breakingDate");
  const { at, bad } = parseWallDateTime(date, text(form, "breakingTime"), timeZone);
  if (bad.length > 0)
    return Object.fromEntries(
      bad.map((f) => (f === "date" ? ["breakingDate", e.breakingDate] : ["breakingTime", e.breakingTime])),
    );
  if (!at) {
    const minute = 60_000;
    return new Date(Math.ceil((now.getTime() + DEFAULT_BREAKING_HOURS * 3600_000) / minute) * minute);
  }
  const latest = now.getTime() + MAX_BREAKING_DAYS * 86400_000;
  if (at.getTime() > now.getTime() && at.getTime() <= latest) return at;
  const day = parseWallDate(date)!;
  const dayOut =
    wallTimeToUtc({ ...day, hh: 23, mm: 59, ss: 59 }, timeZone).getTime() <= now.getTime() ||
    wallTimeToUtc({ ...day, hh: 0, mm: 0 }, timeZone).getTime() > latest;
  return { [dayOut ? "breakingDate" : "breakingTime"]: e.breakingUntil };
}

/**
 * `featureFields=1` marks the pin and breaking controls as present, `commentFields=1` the
 * comments switch: an unticked checkbox sends nothing, so absence alone cannot mean "off".
 */
export function readFrontPageForm(form: FormData, now = new Date(), timeZone = SITE_TIMEZONE): Parsed {
  const value: FrontPageInput = {};
  if (form.get("commentFields") === "1") value.commentsOpen = !checked(form, "commentsClosed");
  if (form.get("featureFields") === "1") {
    value.pinned = checked(form, "pinned");
    if (!checked(form, "breaking")) value.breakingUntil = null;
    else {
      const until = readBreakingUntil(form, now, timeZone);
      if (!(until instanceof Date)) return { ok: false, errors: until };
      value.breakingUntil = until;
    }
  }
  return { ok: true, value };
}
