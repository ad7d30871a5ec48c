import { describe, expect, it } from "vitest";
import { ar } from "@/lib/i18n/ar";
import { authorInput, isPhotoAddress } from "./author-input";
import { activeInput, createUserInput, passwordInput, roleInput } from "./user-input";

const ue = ar.admin.manage.users.errors;
const ae = ar.admin.manage.authors.errors;
const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.success ? {} : Object.fromEntries(r.error!.issues.map((i) => [String(i.path[0]), i.message]));

describe("new staff account", () => {
  const ok = { email: " Writer@Sahifa.MA ", name: " سعاد  بنّاني ", role: "AUTHOR", password: "a long password" };
  it("lowercases and trims the email, keeps the password as typed", () => {
    expect(createUserInput.parse(ok)).toEqual({
      email: "writer@sahifa.ma",
      name: "سعاد بنّاني",
      role: "AUTHOR",
      password: "a long password",
    });
  });
  it("needs at least 12 characters of password, counted as characters", () => {
    expect(messages(createUserInput.safeParse({ ...ok, password: "short-pass1" }))).toEqual({ password: ue.password });
    expect(createUserInput.safeParse({ ...ok, password: "كلمةسرطويلةا" }).success).toBe(true); // 12 Arabic letters
    expect(messages(createUserInput.safeParse({ ...ok, password: "😀".repeat(11) }))).toEqual({
      password: ue.password,
    }); // 22 UTF-16 units, 11 characters
  });
  it("answers each bad field in Arabic", () => {
    expect(
      messages(createUserInput.safeParse({ email: "not-an-email", name: "", role: "OWNER", password: "" })),
    ).toEqual({
      email: ue.email,
      name: ue.name,
      role: ue.role,
      password: ue.password,
    });
  });
});

describe("account changes", () => {
  it("take a positive id and a known role", () => {
    expect(roleInput.parse({ id: "4", role: "EDITOR" })).toEqual({ id: 4, role: "EDITOR" });
    expect(roleInput.safeParse({ id: "0", role: "EDITOR" }).success).toBe(false);
    expect(roleInput.safeParse({ id: "4", role: "administrator" }).success).toBe(false);
  });
  it("read the active flag and a new password", () => {
    expect(activeInput.parse({ id: "2", active: "0" })).toEqual({ id: 2, active: false });
    expect(activeInput.safeParse({ id: "2", active: "yes" }).success).toBe(false);
    expect(messages(passwordInput.safeParse({ id: "2", password: "12345678901" }))).toEqual({ password: ue.password });
  });
});

describe("author profile form", () => {
  const ok = { id: "", name: "يوسف هناني", slug: "", bio: "", photo: "", userId: "" };
  it("reads empty optional fields as null", () => {
    expect(authorInput.parse(ok)).toEqual({
      id: null,
      name: "يوسف هناني",
      slug: "",
      bio: null,
      photo: null,
      userId: null,
    });
  });
  it("accepts http(s) and site paths as photo, nothing else", () => {
    for (const good of ["https://cdn.example.ma/a.jpg", "http://example.ma/b.png", "/media/authors/c.webp"])
      expect(isPhotoAddress(good)).toBe(true);
    for (const bad of [
      "javascript:alert(1)",
      "data:image/png;base64,AAAA",
      "//evil.example/x.png",
      "ftp://x.ma/a.jpg",
      "photo.jpg",
      "/a b.jpg",
    ]) {
      expect(isPhotoAddress(bad)).toBe(false);
    }
    expect(messages(authorInput.safeParse({ ...ok, photo: "javascript:alert(1)" }))).toEqual({ photo: ae.photo });
  });
  it("answers a missing name, a long bio and a forged account id in Arabic", () => {
    expect(messages(authorInput.safeParse({ ...ok, name: " ", bio: "ب".repeat(2001), userId: "x" }))).toEqual({
      name: ae.name,
      bio: ae.bio,
      userId: ae.account,
    });
  });
});
