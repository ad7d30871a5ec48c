import { ar } from "@/lib/i18n/ar";

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

/**
 * `featureFields=1` marks the pin and breaking controls as present, `commentFields=1` the
 * comments switch: an unticked checkbox sends nothing, so absence alone cannot mean "off".
 */
export function readFrontPageForm(form: FormData, now = new Date()): Parsed {
  const value: FrontPageInput = {};
  if (form.get("commentFields") === "1") value.commentsOpen = !checked(form, "commentsClosed");
  if (form.get("featureFields") === "1") {
    value.pinned = checked(form, "pinned");
    if (!checked(form, "breaking")) value.breakingUntil = null;
    else {
      const raw = form.get("breakingUntil");
      const text = typeof raw === "string" ? raw.trim().slice(0, 64) : "";
      if (text === "") value.breakingUntil = new Date(now.getTime() + DEFAULT_BREAKING_HOURS * 3600_000);
      else {
        const until = new Date(text);
        const ms = until.getTime();
        if (Number.isNaN(ms) || ms <= now.getTime() || ms > now.getTime() + MAX_BREAKING_DAYS * 86400_000)
          return { ok: false, errors: { breakingUntil: e.breakingUntil } };
        value.breakingUntil = until;
      }
    }
  }
  return { ok: true, value };
}
