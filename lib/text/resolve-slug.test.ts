import { describe, expect, it } from "vitest";
import { firstFreeSlug, resolveSlug } from "@/lib/text/slug";

// Slugs already taken, by row id.
const taken = (rows: Record<string, number>) => async (slug: string) => (slug in rows ? { id: rows[slug]! } : null);
const base = { fallback: "category-x", exceptId: null, suffix: true };

describe("resolveSlug", () => {
  it("derives from the name when none is typed", async () => {
    expect(await resolveSlug({ ...base, typed: "", name: "رياضة وطنية", find: taken({}) })).toBe("رياضة-وطنية");
  });
  it("suffixes a derived slug that is taken, when allowed", async () => {
    expect(await resolveSlug({ ...base, typed: "", name: "رياضة", find: taken({ رياضة: 1, "رياضة-2": 2 }) })).toBe(
      "رياضة-3",
    );
    expect(
      await resolveSlug({ ...base, suffix: false, typed: "", name: "رياضة", find: taken({ رياضة: 1 }) }),
    ).toBeNull();
  });
  it("never changes a typed slug: taken by another row means refused", async () => {
    expect(await resolveSlug({ ...base, typed: "sport", name: "رياضة", find: taken({ sport: 1 }) })).toBeNull();
  });
  it("keeps a row's own slug", async () => {
    expect(await resolveSlug({ ...base, exceptId: 1, typed: "sport", name: "رياضة", find: taken({ sport: 1 }) })).toBe(
      "sport",
    );
  });
  it("falls back when the name has no letters or digits", async () => {
    expect(await resolveSlug({ ...base, typed: "", name: "؟!", find: taken({}) })).toBe("category-x");
  });
});

describe("firstFreeSlug", () => {
  it("keeps the row's own slug, suffixes past the taken ones, and gives up after the tries allowed", async () => {
    expect(await firstFreeSlug("news", taken({ news: 4 }), { exceptId: 4 })).toBe("news");
    expect(await firstFreeSlug("news", taken({ news: 1, "news-2": 2 }))).toBe("news-3");
    expect(await firstFreeSlug("news", taken({ news: 1, "news-2": 2 }), { tries: 2 })).toBeNull();
  });
});
