/**
 * Wall-clock dates and times in the newsroom's own zone (SITE_TIMEZONE), whatever the
 * browser's clock says: the editor shows `dd/mm/yyyy` and `HH:mm` in that zone, and the
 * server turns what was typed back into an instant. Built on Intl's time zone data, so
 * daylight saving (and Morocco's Ramadan hour) follows the same tables as the dates printed
 * on the site.
 */

export type WallTime = { date: string; time: string };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall clock in `timeZone` at an instant, as numbers. */
function wallParts(ms: number, timeZone: string) {
  const parts = partsFormatter(timeZone).formatToParts(new Date(ms));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { y: get("year"), m: get("month"), d: get("day"), hh: get("hour") % 24, mm: get("minute"), ss: get("second") };
}

/** How far `timeZone`'s wall clock is ahead of UTC at an instant, in ms. */
function offsetAt(ms: number, timeZone: string): number {
  const w = wallParts(ms, timeZone);
  const asUtc = Date.UTC(w.y, w.m - 1, w.d, w.hh, w.mm, w.ss);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant at which `timeZone`'s clocks show the given wall time. A time that happens
 * twice (clocks going back) is its first occurrence; a time that never happens (clocks going
 * forward) is moved forward by the gap, as the clocks themselves are.
 */
export function wallTimeToUtc(
  wall: { y: number; m: number; d: number; hh: number; mm: number; ss?: number },
  timeZone: string,
): Date {
  const wallMs = Date.UTC(wall.y, wall.m - 1, wall.d, wall.hh, wall.mm, wall.ss ?? 0);
  const before = offsetAt(wallMs - DAY, timeZone);
  const after = offsetAt(wallMs + DAY, timeZone);
  const fits = [before, after]
    .map((offset) => wallMs - offset)
    .filter((candidate) => wallMs - offsetAt(candidate, timeZone) === candidate);
  if (fits.length > 0) return new Date(Math.min(...fits));
  return new Date(wallMs - before);
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * `dd/mm/yyyy` and `HH:mm` (24 h, Latin digits) in `timeZone`. With `seconds`, a time that is not on the
 * minute reads `HH:mm:ss`, so a field shown back and saved again keeps the very same instant.
 */
export function utcToWallTime(date: Date, timeZone: string, { seconds = false } = {}): WallTime {
  const w = wallParts(date.getTime(), timeZone);
  const time = `${pad(w.hh)}:${pad(w.mm)}${seconds && w.ss ? `:${pad(w.ss)}` : ""}`;
  return { date: `${pad(w.d)}/${pad(w.m)}/${w.y}`, time };
}

/** Arabic-Indic and Persian digits as Latin ones, so either keyboard works. */
function latinDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (c) => String(c.charCodeAt(0) & 0xf));
}

/** `dd/mm/yyyy` (also `d/m/yyyy`, `-` or `.` between, or ISO `yyyy-mm-dd`); null if no such day. */
export function parseWallDate(input: string): { y: number; m: number; d: number } | null {
  const s = latinDigits(input).trim();
  let y: number, m: number, d: number;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (dmy) [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return null;
  if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1) return null;
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null; // 31/02 is no day
  return { y, m, d };
}

/** `HH:mm` on a 24-hour clock (also `H:mm`, and `HH:mm:ss`); null otherwise. */
export function parseWallTime(input: string): { hh: number; mm: number; ss: number } | null {
  const match = /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$/.exec(latinDigits(input).trim());
  if (!match) return null;
  const [hh, mm, ss] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
  return hh < 24 && mm < 60 && ss < 60 ? { hh, mm, ss } : null;
}

/**
 * A date field and a time field read together as one instant in `timeZone`. Both empty is no time
 * (`at` null); each field at fault is named in `bad`.
 */
export function parseWallDateTime(
  dateText: string,
  timeText: string,
  timeZone: string,
): { at: Date | null; bad: ("date" | "time")[] } {
  const [dateIn, timeIn] = [dateText.trim(), timeText.trim()];
  if (!dateIn && !timeIn) return { at: null, bad: [] };
  const date = dateIn ? parseWallDate(dateIn) : null;
  const time = timeIn ? parseWallTime(timeIn) : null;
  // A field is at fault when it cannot be read, or is empty beside one that can.
  const bad: ("date" | "time")[] = [];
  if (dateIn ? !date : time) bad.push("date");
  if (timeIn ? !time : date) bad.push("time");
  return { at: date && time ? wallTimeToUtc({ ...date, ...time }, timeZone) : null, bad };
}

// Names readers of the paper know; other zones are named by their identifier.
const CITY_NAMES: Record<string, string> = {
  "Africa/Casablanca": "الدار البيضاء",
  "Africa/Algiers": "الجزائر",
  "Africa/Tunis": "تونس",
  "Africa/Cairo": "القاهرة",
  "Asia/Riyadh": "الرياض",
  "Asia/Dubai": "دبي",
  "Europe/Paris": "باريس",
  "Europe/London": "لندن",
  "America/New_York": "نيويورك",
  UTC: "UTC",
};

/** `بتوقيت الدار البيضاء (Africa/Casablanca)`: the zone named in words and by its identifier. */
export function timeZoneLabel(timeZone: string): string {
  const city = CITY_NAMES[timeZone];
  if (city) return `بتوقيت ${city} (${timeZone})`;
  return `بتوقيت ${timeZone}`;
}
