import { afterEach, describe, expect, it } from "vitest";
import { MAX_KEYS, beaconArticleId, countView, returnViews, takeViews } from "./beacon.mjs";

const UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const HOUR = 3_600_000;
const T = Date.UTC(2026, 11, 6, 15, 30);

afterEach(() => {
  takeViews();
});

describe("page-view beacon", () => {
  it("reads only a plain positive article id", () => {
    expect(beaconArticleId("a=42")).toBe(42);
    expect(beaconArticleId("x=1&a=7")).toBe(7);
    for (const junk of ["", "a=", "a=0", "a=-1", "a=1.5", "a=abc", "a=01", "a=99999999999", "a=2147483648", "b=1"])
      expect(beaconArticleId(junk)).toBeNull();
    expect(beaconArticleId(`a=1&${"x".repeat(100)}`)).toBeNull();
  });

  it("N views of an article are N views, in its hour", () => {
    for (let i = 0; i < 25; i++) expect(countView("a=3", UA, T)).toBe("counted");
    countView("a=3", UA, T + HOUR);
    countView("a=4", UA, T);
    const { totals } = takeViews();
    const hour = new Date(Math.floor(T / HOUR) * HOUR);
    expect(totals).toContainEqual({ articleId: 3, hour, views: 25 });
    expect(totals).toContainEqual({ articleId: 3, hour: new Date(hour.getTime() + HOUR), views: 1 });
    expect(totals).toContainEqual({ articleId: 4, hour, views: 1 });
    expect(takeViews().totals).toEqual([]); // taken once
  });

  it("ignores bots, missing user agents and junk ids", () => {
    const bots = [
      "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
      "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
      "facebookexternalhit/1.1",
      "curl/8.5.0",
      "python-requests/2.31",
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36",
    ];
    for (const ua of bots) expect(countView("a=3", ua, T)).toBe("ignored");
    expect(countView("a=3", undefined, T)).toBe("ignored");
    expect(countView("a=3", "", T)).toBe("ignored");
    expect(countView("a=3", "x".repeat(2000), T)).toBe("ignored");
    expect(countView("a=junk", UA, T)).toBe("ignored");
    const taken = takeViews();
    expect(taken.totals).toEqual([]);
    expect(taken.ignored).toBe(bots.length + 4);
  });

  it("holds at most MAX_KEYS totals: more distinct articles are dropped, known ones still count", () => {
    for (let id = 1; id <= MAX_KEYS; id++) countView(`a=${id}`, UA, T);
    expect(countView(`a=${MAX_KEYS + 1}`, UA, T)).toBe("dropped");
    expect(countView("a=1", UA, T)).toBe("counted");
    const { totals, dropped } = takeViews();
    expect(totals).toHaveLength(MAX_KEYS);
    expect(dropped).toBe(1);
    expect(totals.reduce((n, t) => n + t.views, 0)).toBe(MAX_KEYS + 1);
  });

  it("puts totals back after a failed flush, adding to what came in meanwhile", () => {
    countView("a=9", UA, T);
    const { totals } = takeViews();
    countView("a=9", UA, T);
    returnViews(totals);
    expect(takeViews().totals).toEqual([{ articleId: 9, hour: new Date(Math.floor(T / HOUR) * HOUR), views: 2 }]);
  });
});
