import { describe, expect, it } from "vitest";
import { ar } from "@/lib/i18n/ar";
import { categoryInput, createsCycle } from "./category-input";
import { tagInput } from "./tag-input";

const e = ar.admin.manage.categories.errors;
const form = (over: Record<string, string> = {}) => ({
  id: "",
  name: "ثقافة",
  slug: "",
  description: "",
  parentId: "",
  position: "",
  ...over,
});
const errorsOf = (r: ReturnType<typeof categoryInput.safeParse>) =>
  r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));

describe("category form", () => {
  it("reads a minimal form: empty slug (derived later), no parent, position 0, no description", () => {
    const r = categoryInput.parse(form({ name: "  ثقافة   وفنون " }));
    expect(r).toEqual({ id: null, name: "ثقافة وفنون", slug: "", description: null, parentId: null, position: 0 });
  });

  it("makes a typed slug URL-safe and keeps Arabic letters", () => {
    expect(categoryInput.parse(form({ slug: " فن / تشكيلي " })).slug).toBe("فن-تشكيلي");
    expect(categoryInput.parse(form({ slug: "Sport News" })).slug).toBe("sport-news");
  });

  it("answers each bad field with its Arabic message", () => {
    const r = categoryInput.safeParse(
      form({ name: "   ", position: "-1", parentId: "abc", description: "x".repeat(1001), slug: "s".repeat(201) }),
    );
    expect(errorsOf(r)).toEqual({
      name: e.name,
      position: e.position,
      parentId: e.parent,
      description: e.description,
      slug: e.slug,
    });
  });

  it("counts lengths in characters and refuses an overlong name", () => {
    expect(categoryInput.safeParse(form({ name: "ع".repeat(100) })).success).toBe(true);
    expect(errorsOf(categoryInput.safeParse(form({ name: "ع".repeat(101) })))).toEqual({ name: e.name });
  });

  it("takes position and parent as numbers", () => {
    expect(categoryInput.parse(form({ position: "12", parentId: "3", id: "7" }))).toMatchObject({
      position: 12,
      parentId: 3,
      id: 7,
    });
    expect(categoryInput.safeParse(form({ position: "10000" })).success).toBe(false);
  });
});

describe("category tree", () => {
  // 1 ← 2 ← 3 (3 is under 2, which is under 1); 4 stands alone.
  const parentOf = new Map<number, number | null>([
    [1, null],
    [2, 1],
    [3, 2],
    [4, null],
  ]);
  it("refuses a category under itself or under its own descendants", () => {
    expect(createsCycle(1, 1, parentOf)).toBe(true);
    expect(createsCycle(1, 3, parentOf)).toBe(true);
    expect(createsCycle(2, 3, parentOf)).toBe(true);
  });
  it("allows moving under an unrelated or ancestor category, and new categories anywhere", () => {
    expect(createsCycle(3, 1, parentOf)).toBe(false);
    expect(createsCycle(1, 4, parentOf)).toBe(false);
    expect(createsCycle(null, 3, parentOf)).toBe(false);
    expect(createsCycle(2, null, parentOf)).toBe(false);
  });
  it("stops on a loop already in the data", () => {
    const broken = new Map<number, number | null>([
      [5, 6],
      [6, 5],
    ]);
    expect(createsCycle(7, 5, broken)).toBe(true);
  });
});

describe("tag form", () => {
  const te = ar.admin.manage.tags.errors;
  it("trims the name and derives nothing itself", () => {
    expect(tagInput.parse({ id: "", name: " كرة القدم ", slug: "" })).toEqual({
      id: null,
      name: "كرة القدم",
      slug: "",
    });
  });
  it("refuses an empty name with the Arabic message", () => {
    const r = tagInput.safeParse({ id: "", name: "", slug: "" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe(te.name);
  });
  it("refuses a forged id", () => {
    expect(tagInput.safeParse({ id: "1; DROP", name: "x", slug: "" }).success).toBe(false);
  });
});
