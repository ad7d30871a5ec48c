import { describe, expect, it } from "vitest";
import { articleInput } from "./article-input";

const form = (publishDate: string, publishTime: string) => ({
  id: "",
  intent: "publish",
  headline: "خبر",
  kicker: "",
  excerpt: "",
  slug: "",
  body: "<p>نص</p>",
  categoryId: "1",
  authorId: "",
  tags: "",
  imageCaption: "",
  seoTitle: "",
  seoDescription: "",
  publishDate,
  publishTime,
});

describe("articleInput: the publish time", () => {
  it("reads date and time on the newsroom's clock (SITE_TIMEZONE, Casablanca by default)", () => {
    const r = articleInput.parse(form("06/12/2026", "14:40"));
    expect(r.publishAt?.toISOString()).toBe("2026-12-06T13:40:00.000Z");
  });
  it("means now when both are empty", () => {
    expect(articleInput.parse(form("", "")).publishAt).toBeNull();
  });
  it("names the field at fault", () => {
    const fields = (d: string, t: string) =>
      articleInput.safeParse(form(d, t)).error?.issues.map((i) => String(i.path[0])) ?? [];
    expect(fields("31/02/2026", "14:40")).toEqual(["publishDate"]);
    expect(fields("06/12/2026", "25:00")).toEqual(["publishTime"]);
    expect(fields("06/12/2026", "")).toEqual(["publishTime"]);
    expect(fields("", "14:40")).toEqual(["publishDate"]);
    expect(fields("12/06/2026 14:40", "")).toEqual(["publishDate"]);
  });
});
