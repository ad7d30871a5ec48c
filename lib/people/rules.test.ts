import { describe, expect, it } from "vitest";
import type { StaffUser } from "@/lib/auth/roles";
import { canEditAuthorProfile, canManageAuthors, removesLastAdministrator } from "./rules";

const user = (role: StaffUser["role"], authorId: number | null = 1): StaffUser => ({
  id: 9,
  email: "x@y.ma",
  name: "x",
  role,
  authorId,
});

describe("author profiles", () => {
  it("editors and administrators manage every profile", () => {
    for (const role of ["ADMINISTRATOR", "EDITOR"] as const) {
      expect(canManageAuthors(user(role))).toBe(true);
      expect(canEditAuthorProfile(user(role), { id: 2 })).toBe(true);
    }
  });
  it("authors and contributors edit only their own profile, and manage none", () => {
    for (const role of ["AUTHOR", "CONTRIBUTOR"] as const) {
      expect(canManageAuthors(user(role))).toBe(false);
      expect(canEditAuthorProfile(user(role), { id: 1 })).toBe(true);
      expect(canEditAuthorProfile(user(role), { id: 2 })).toBe(false);
      expect(canEditAuthorProfile(user(role, null), { id: 1 })).toBe(false);
    }
  });
});

describe("the last active administrator", () => {
  const admin = { role: "ADMINISTRATOR" as const, active: true };
  it("cannot be demoted or deactivated when no other administrator is active", () => {
    expect(removesLastAdministrator(admin, { role: "EDITOR", active: true }, 0)).toBe(true);
    expect(removesLastAdministrator(admin, { role: "ADMINISTRATOR", active: false }, 0)).toBe(true);
  });
  it("can be when another active administrator remains", () => {
    expect(removesLastAdministrator(admin, { role: "EDITOR", active: true }, 1)).toBe(false);
    expect(removesLastAdministrator(admin, { role: "ADMINISTRATOR", active: false }, 2)).toBe(false);
  });
  it("is unaffected by changes that keep them an active administrator", () => {
    expect(removesLastAdministrator(admin, admin, 0)).toBe(false);
  });
  it("does not concern other accounts", () => {
    expect(removesLastAdministrator({ role: "EDITOR", active: true }, { role: "AUTHOR", active: false }, 0)).toBe(
      false,
    );
    // An inactive administrator is not the one keeping the site managed.
    expect(
      removesLastAdministrator({ role: "ADMINISTRATOR", active: false }, { role: "EDITOR", active: false }, 0),
    ).toBe(false);
  });
});
