import { describe, expect, it } from "vitest";
import { MOROCCAN_MONTHS, formatDate, formatLongDate, formatLongDateTime, formatTime } from "./format-date";

describe("formatDate", () => {
  it("prints dd/mm/yyyy with Latin digits", () => {
    expect(formatDate(new Date("2019-12-07T10:00:00Z"))).toBe("07/12/2019");
  });
  it("accepts ISO strings (cached DTOs carry strings)", () => {
    expect(formatDate("2024-01-05T12:00:00.000Z")).toBe("05/01/2024");
  });
  it("uses the site timezone, not UTC, near midnight", () => {
    // 23:30 UTC on 31 Dec is already 1 Jan in Casablanca (UTC+1).
    expect(formatDate("2023-12-31T23:30:00Z")).toBe("01/01/2024");
  });
  it("contains no invisible direction marks or Arabic-Indic digits", () => {
    const s = formatDate(new Date());
    expect(s).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
  });
});

describe("formatTime", () => {
  it("prints a 24-hour HH:mm in the site timezone, Latin digits, no marks", () => {
    expect(formatTime("2019-12-07T09:00:00Z")).toBe("10:00");
    expect(formatTime("2024-06-01T22:05:00Z")).toMatch(/^(23|00):05$/); // Morocco's summer offset varies by year
    expect(formatTime("2023-12-31T23:30:00Z")).toBe("00:30");
  });
});

describe("formatLongDate", () => {
  it("writes the month out as Moroccan papers do", () => {
    expect(formatLongDate("2019-12-07T09:00:00Z")).toBe("7 دجنبر 2019");
    expect(formatLongDate("2020-08-15T12:00:00Z")).toBe("15 غشت 2020");
    expect(formatLongDate("2021-05-02T12:00:00Z")).toBe("2 ماي 2021");
  });
  it("has the twelve months in order", () => {
    expect(MOROCCAN_MONTHS).toHaveLength(12);
    for (let m = 0; m < 12; m++) {
      const iso = `2022-${String(m + 1).padStart(2, "0")}-15T12:00:00Z`;
      expect(formatLongDate(iso)).toBe(`15 ${MOROCCAN_MONTHS[m]} 2022`);
    }
  });
});

describe("formatLongDateTime", () => {
  it("joins the written-out date and the time", () => {
    expect(formatLongDateTime("2019-12-07T09:00:00Z")).toBe("7 دجنبر 2019 على الساعة 10:00");
  });
});
