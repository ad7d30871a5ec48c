import { config } from "@/lib/config";
import { ar } from "@/lib/i18n/ar";

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

const partsFormatter = new Intl.DateTimeFormat("en-GB", {
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: SITE_TIMEZONE,
});

/** Year, month, day, hour and minute as the site's readers live them (SITE_TIMEZONE). */
function zoned(date: Date | string) {
  const d = typeof date === "string" ? new Date(date) : date;
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    Number(partsFormatter.formatToParts(d).find((p) => p.type === type)?.value ?? 0);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute") };
}

const two = (n: number) => String(n).padStart(2, "0");

/** `14:05`: 24-hour clock, Latin digits, in the site's timezone. */
export function formatTime(date: Date | string): string {
  const z = zoned(date);
  return `${two(z.hour)}:${two(z.minute)}`;
}

/**
 * Month names as Moroccan papers write them (from the French: ماي، يوليوز،
 * غشت، شتنبر، نونبر، دجنبر), not the Levant's كانون الأول nor Egypt's ديسمبر.
 * `Intl` has no such locale (`ar-MA` gives the Egyptian names), hence the list.
 */
export const MOROCCAN_MONTHS = [
  "يناير",
  "فبراير",
  "مارس",
  "أبريل",
  "ماي",
  "يونيو",
  "يوليوز",
  "غشت",
  "شتنبر",
  "أكتوبر",
  "نونبر",
  "دجنبر",
] as const;

/** `7 دجنبر 2019`: the month written out, Latin digits, in the site's timezone. */
export function formatLongDate(date: Date | string): string {
  const z = zoned(date);
  return `${z.day} ${MOROCCAN_MONTHS[z.month - 1]} ${z.year}`;
}

/** `7 دجنبر 2019 على الساعة 10:00`, as a comment's date. */
export function formatLongDateTime(date: Date | string): string {
  return `${formatLongDate(date)} ${ar.at} ${formatTime(date)}`;
}
