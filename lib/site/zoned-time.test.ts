import { describe, expect, it } from "vitest";
import {
  parseWallDate,
  parseWallDateTime,
  parseWallTime,
  timeZoneLabel,
  utcToWallTime,
  wallTimeToUtc,
} from "./zoned-time";

const wall = (y: number, m: number, d: number, hh: number, mm: number) => ({ y, m, d, hh, mm });

describe("wallTimeToUtc", () => {
  it("reads the wall time in the given zone, not the machine's", () => {
    // Casablanca is UTC+1 outside Ramadan: 14:40 there is 13:40 UTC.
    expect(wallTimeToUtc(wall(2026, 12, 6, 14, 40), "Africa/Casablanca").toISOString()).toBe(
      "2026-12-06T13:40:00.000Z",
    );
    expect(wallTimeToUtc(wall(2026, 12, 6, 14, 40), "America/New_York").toISOString()).toBe("2026-12-06T19:40:00.000Z");
    expect(wallTimeToUtc(wall(2026, 7, 6, 14, 40), "America/New_York").toISOString()).toBe("2026-07-06T18:40:00.000Z");
  });
  it("follows Morocco's Ramadan hour (UTC+0 during Ramadan 2025, 23 Feb to 6 Apr)", () => {
    expect(wallTimeToUtc(wall(2025, 3, 10, 12, 0), "Africa/Casablanca").toISOString()).toBe("2025-03-10T12:00:00.000Z");
    expect(wallTimeToUtc(wall(2025, 4, 10, 12, 0), "Africa/Casablanca").toISOString()).toBe("2025-04-10T11:00:00.000Z");
  });
  it("moves a time that never happens (clocks forward) on by the gap", () => {
    // New York, 8 March 2026: 02:00 EST becomes 03:00 EDT; 02:30 does not exist.
    expect(wallTimeToUtc(wall(2026, 3, 8, 2, 30), "America/New_York").toISOString()).toBe("2026-03-08T07:30:00.000Z");
    expect(utcToWallTime(new Date("2026-03-08T07:30:00Z"), "America/New_York").time).toBe("03:30");
  });
  it("takes the first of a time that happens twice (clocks back)", () => {
    // New York, 1 November 2026: 01:30 happens in EDT (05:30Z) and again in EST (06:30Z).
    expect(wallTimeToUtc(wall(2026, 11, 1, 1, 30), "America/New_York").toISOString()).toBe("2026-11-01T05:30:00.000Z");
  });
  it("round-trips every other hour across a year in several zones", () => {
    for (const zone of ["Africa/Casablanca", "America/New_York", "Asia/Kolkata", "UTC"]) {
      for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 2 * 60 * 60_000) {
        const w = utcToWallTime(new Date(ms), zone);
        const back = wallTimeToUtc({ ...parseWallDate(w.date)!, ...parseWallTime(w.time)! }, zone).getTime();
        // Only an hour shown twice may come back as its first occurrence.
        if (back !== ms) expect(ms - back).toBe(3_600_000);
      }
    }
  }, 30_000);
});

describe("utcToWallTime", () => {
  it("prints dd/mm/yyyy and HH:mm in the zone", () => {
    expect(utcToWallTime(new Date("2023-12-31T23:30:00Z"), "Africa/Casablanca")).toEqual({
      date: "01/01/2024",
      time: "00:30",
    });
  });
  it("adds the seconds when asked and the time is not on the minute", () => {
    const at = new Date("2026-12-06T13:40:05Z");
    expect(utcToWallTime(at, "Africa/Casablanca").time).toBe("14:40");
    expect(utcToWallTime(at, "Africa/Casablanca", { seconds: true }).time).toBe("14:40:05");
    expect(utcToWallTime(new Date("2026-12-06T13:40:00Z"), "Africa/Casablanca", { seconds: true }).time).toBe("14:40");
  });
});

describe("parseWallDate / parseWallTime", () => {
  it("accepts dd/mm/yyyy, ISO and Arabic-Indic digits", () => {
    expect(parseWallDate("07/12/2019")).toEqual({ y: 2019, m: 12, d: 7 });
    expect(parseWallDate(" 7-12-2019 ")).toEqual({ y: 2019, m: 12, d: 7 });
    expect(parseWallDate("2019-12-07")).toEqual({ y: 2019, m: 12, d: 7 });
    expect(parseWallDate("٠٧/١٢/٢٠١٩")).toEqual({ y: 2019, m: 12, d: 7 });
    expect(parseWallTime("14:40")).toEqual({ hh: 14, mm: 40, ss: 0 });
    expect(parseWallTime("٩:٠٥")).toEqual({ hh: 9, mm: 5, ss: 0 });
    expect(parseWallTime("14:40:09")).toEqual({ hh: 14, mm: 40, ss: 9 });
  });
  it("refuses days and times that do not exist", () => {
    for (const s of ["31/02/2026", "29/02/2025", "12/13/2026", "00/01/2026", "2026", "", "1/1/20266", "x"])
      expect(parseWallDate(s)).toBeNull();
    expect(parseWallDate("29/02/2028")).not.toBeNull();
    for (const s of ["24:00", "12:60", "1240", "", "12:5", "-1:00", "12:00:60", "12:00:5", "12:00:00:00"])
      expect(parseWallTime(s)).toBeNull();
  });
});

describe("parseWallDateTime", () => {
  const zone = "Africa/Casablanca";
  it("reads both fields as one instant in the zone, to the second", () => {
    expect(parseWallDateTime("06/12/2026", "14:40:05", zone)).toEqual({
      at: new Date("2026-12-06T13:40:05Z"),
      bad: [],
    });
  });
  it("is no time when both are empty, and names each field that cannot be read or is missing", () => {
    expect(parseWallDateTime(" ", "", zone)).toEqual({ at: null, bad: [] });
    expect(parseWallDateTime("06/12/2026", "", zone)).toEqual({ at: null, bad: ["time"] });
    expect(parseWallDateTime("", "14:40", zone)).toEqual({ at: null, bad: ["date"] });
    expect(parseWallDateTime("31/02/2026", "25:00", zone)).toEqual({ at: null, bad: ["date", "time"] });
  });
});

describe("timeZoneLabel", () => {
  it("names the zone in Arabic beside its identifier", () => {
    expect(timeZoneLabel("Africa/Casablanca")).toBe("بتوقيت الدار البيضاء (Africa/Casablanca)");
    expect(timeZoneLabel("Europe/Berlin")).toBe("بتوقيت Europe/Berlin");
  });
});
