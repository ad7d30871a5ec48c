import { describe, expect, it } from "vitest";
import { z } from "zod";
import { editVersion, isCurrentVersion, readAutosaved } from "./edit-version";

describe("editVersion", () => {
  const saved = new Date("2026-12-06T12:00:00.123Z");
  it("is the later of the row's change and this person's autosave", () => {
    expect(editVersion(saved)).toBe(String(saved.getTime()));
    expect(editVersion(saved, null)).toBe(String(saved.getTime()));
    expect(editVersion(saved, new Date(saved.getTime() + 5))).toBe(String(saved.getTime() + 5));
    expect(editVersion(saved, new Date(saved.getTime() - 5))).toBe(String(saved.getTime()));
  });
  it("matches only the very value, as text", () => {
    const form = new FormData();
    expect(isCurrentVersion(form, editVersion(saved))).toBe(false);
    form.set("version", editVersion(saved));
    expect(isCurrentVersion(form, editVersion(saved))).toBe(true);
    form.set("version", String(saved.getTime() + 1));
    expect(isCurrentVersion(form, editVersion(saved))).toBe(false);
    form.set("version", new Blob([editVersion(saved)]));
    expect(isCurrentVersion(form, editVersion(saved))).toBe(false);
  });
});

describe("readAutosaved", () => {
  const shape = z.object({ title: z.string().max(5), body: z.string() });
  it("keeps the fields that still fit the form", () => {
    expect(readAutosaved('{"title":"عنوان","body":"<p>نص</p>"}', shape)).toEqual({ title: "عنوان", body: "<p>نص</p>" });
    expect(readAutosaved('{"body":"نص"}', shape)).toEqual({ body: "نص" });
  });
  it("offers nothing for a copy that is unreadable or no longer fits", () => {
    expect(readAutosaved("{not json", shape)).toEqual({});
    expect(readAutosaved('{"title":"عنوان طويل جداً"}', shape)).toEqual({});
    expect(readAutosaved("[1]", shape)).toEqual({});
  });
});
