import { describe, expect, it } from "vitest";
import { ar } from "@/lib/i18n/ar";
import type { CommentValues } from "./types";
import { validateComment } from "./validation";

const e = ar.comments.errors;
const base: CommentValues = {
  content: "تعليق",
  name: "سعاد",
  email: "souad@example.ma",
  url: "",
  parentId: "",
  remember: false,
};
const errorsOf = (v: Partial<CommentValues>) => {
  const r = validateComment({ ...base, ...v });
  return r.ok ? {} : r.errors;
};

describe("validateComment", () => {
  it("accepts a valid comment and trims it", () => {
    const r = validateComment({ ...base, content: "  نص  ", name: " سعاد ", email: " Souad@Example.ma " });
    expect(r).toEqual({
      ok: true,
      data: { content: "نص", name: "سعاد", email: "souad@example.ma", url: null, parentId: null },
    });
  });
  it("requires content, name and email with Arabic messages", () => {
    expect(errorsOf({ content: "   ", name: "", email: "" })).toEqual({
      content: e.contentRequired,
      name: e.nameRequired,
      email: e.emailRequired,
    });
  });
  it("rejects an invalid email", () => {
    expect(errorsOf({ email: "not-an-email" })).toEqual({ email: e.emailInvalid });
  });
  it("counts lengths in characters, not UTF-16 units", () => {
    // 245 emoji are 490 UTF-16 units but 245 characters: allowed.
    expect(errorsOf({ name: "😀".repeat(245) })).toEqual({});
    expect(errorsOf({ name: "ب".repeat(246) })).toEqual({ name: e.nameTooLong });
    expect(errorsOf({ email: `${"a".repeat(96)}@x.ma` })).toEqual({ email: e.emailTooLong });
    expect(errorsOf({ content: "ن".repeat(65526) })).toEqual({ content: e.contentTooLong });
  });
  it("accepts only http(s) URLs, adding http:// to a bare domain", () => {
    expect(errorsOf({ url: "javascript:alert(1)" })).toEqual({ url: e.urlInvalid });
    expect(errorsOf({ url: "ftp://example.ma" })).toEqual({ url: e.urlInvalid });
    expect(errorsOf({ url: `https://example.ma/${"a".repeat(200)}` })).toEqual({ url: e.urlTooLong });
    const r = validateComment({ ...base, url: "example.ma" });
    expect(r.ok && r.data.url).toBe("http://example.ma");
  });
  it("strips control and bidi override characters", () => {
    const r = validateComment({ ...base, name: "\u202eسعاد\u0000", content: "سطر\r\nثان" });
    expect(r.ok && r.data.name).toBe("سعاد");
    expect(r.ok && r.data.content).toBe("سطر\nثان");
  });
  it("rejects a malformed parent id", () => {
    expect(errorsOf({ parentId: "1 OR 1=1" })).toEqual({ form: e.parentInvalid });
  });
});
