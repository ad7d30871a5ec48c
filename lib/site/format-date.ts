import { config } from "@/lib/config";

const DIRECTION_MARKS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;

/** The newsroom's timezone: dates are printed as the paper's readers live them. */
export const SITE_TIMEZONE = config().siteTimezone;

const formatter = new Intl.DateTimeFormat("en-GB", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  timeZone: SITE_TIMEZONE,
});

/**
 * `dd/mm/yyyy` with Latin digits, as the source paper prints dates. `en-GB`
 * gives that order; direction marks are stripped anyway because some ICU
 * builds insert them and they break copy/paste and tests.
 */
export function formatDate(date: Date | string): string {
  const d = typeof date === "string" ? new Date(date) : date;
  return formatter.format(d).replace(DIRECTION_MARKS, "");
}
