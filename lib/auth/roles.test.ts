import { describe, expect, it } from "vitest";
import { canEditArticle, canManageStaff, canModerateComments, canPublishArticle, type StaffUser } from "./roles";

const user = (role: StaffUser["role"], authorId = 1): StaffUser => ({
  id: authorId,
  email: "x@y.ma",
  name: "x",
  role,
  authorId,
});
const own = { authorId: 1, status: "DRAFT" };
const others = { authorId: 2, status: "PUBLISHED" };

describe("roles", () => {
  it("administrators and editors edit and publish anything", () => {
    for (const role of ["ADMINISTRATOR", "EDITOR"] as const) {
      expect(canEditArticle(user(role), others)).toBe(true);
      expect(canPublishArticle(user(role), others)).toBe(true);
      expect(canModerateComments(user(role))).toBe(true);
    }
  });
  it("authors edit and publish only their own", () => {
    expect(canEditArticle(user("AUTHOR"), own)).toBe(true);
    expect(canPublishArticle(user("AUTHOR"), own)).toBe(true);
    expect(canEditArticle(user("AUTHOR"), others)).toBe(false);
    expect(canPublishArticle(user("AUTHOR"), others)).toBe(false);
    expect(canModerateComments(user("AUTHOR"))).toBe(false);
  });
  it("contributors write drafts but never publish, and lose edit rights once published", () => {
    expect(canEditArticle(user("CONTRIBUTOR"), own)).toBe(true);
    expect(canPublishArticle(user("CONTRIBUTOR"), own)).toBe(false);
    expect(canPublishArticle(user("CONTRIBUTOR"), null)).toBe(false);
    expect(canEditArticle(user("CONTRIBUTOR"), { authorId: 1, status: "PUBLISHED" })).toBe(false);
  });
  it("only administrators manage staff", () => {
    expect(canManageStaff(user("ADMINISTRATOR"))).toBe(true);
    expect(canManageStaff(user("EDITOR"))).toBe(false);
  });
});
