import { describe, expect, it } from "vitest";
import { readFrontPageForm } from "./input";

const zone = "Africa/Casablanca";
// 6 December 2026, 12:00 in Casablanca (UTC+1).
const now = new Date("2026-12-06T11:00:00Z");

const breaking = (date: string, time: string) => {
  const form = new FormData();
  form.set("featureFields", "1");
  form.set("breaking", "on");
  form.set("breakingDate", date);
  form.set("breakingTime", time);
  return readFrontPageForm(form, now, zone);
};

describe("readFrontPageForm: the breaking end time", () => {
  it("reads date and time on the newsroom's clock, to the second when given", () => {
    expect(breaking("06/12/2026", "14:40")).toEqual({
      ok: true,
      value: { pinned: false, breakingUntil: new Date("2026-12-06T13:40:00Z") },
    });
    const r = breaking("٠٦/١٢/٢٠٢٦", "12:00:15");
    expect(r.ok && r.value.breakingUntil).toEqual(new Date("2026-12-06T11:00:15Z"));
  });
  it("is six hours ahead, on the minute, when left empty", () => {
    const r = readFrontPageForm(
      (() => {
        const f = new FormData();
        f.set("featureFields", "1");
        f.set("breaking", "on");
        return f;
      })(),
      new Date("2026-12-06T11:00:20.500Z"),
      zone,
    );
    expect(r.ok && r.value.breakingUntil).toEqual(new Date("2026-12-06T17:01:00Z"));
  });
  it("puts the error at the field at fault", () => {
    expect(breaking("31/02/2026", "14:40")).toMatchObject({ ok: false, errors: { breakingDate: expect.any(String) } });
    expect(breaking("06/12/2026", "14:4")).toMatchObject({ ok: false, errors: { breakingTime: expect.any(String) } });
    expect(breaking("06/12/2026", "")).toMatchObject({ ok: false, errors: { breakingTime: expect.any(String) } });
    // Past today: the time is wrong; a past day or one beyond 30 days: the date is.
    expect(breaking("06/12/2026", "11:59")).toEqual({ ok: false, errors: { breakingTime: expect.any(String) } });
    expect(breaking("05/12/2026", "23:00")).toEqual({ ok: false, errors: { breakingDate: expect.any(String) } });
    expect(breaking("06/01/2027", "13:00")).toEqual({ ok: false, errors: { breakingDate: expect.any(String) } });
    expect(breaking("05/01/2027", "12:00")).toMatchObject({ ok: true });
    expect(breaking("05/01/2027", "12:01")).toEqual({ ok: false, errors: { breakingTime: expect.any(String) } });
  });
  it("turns breaking off when the box is unticked, whatever the time fields say", () => {
    const form = new FormData();
    form.set("featureFields", "1");
    form.set("breakingDate", "garbage");
    expect(readFrontPageForm(form, now, zone)).toEqual({ ok: true, value: { pinned: false, breakingUntil: null } });
  });
});
