import { describe, expect, it } from "vitest";
import { formatDate } from "./format-date";

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
