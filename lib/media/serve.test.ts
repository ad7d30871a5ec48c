import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reloadConfig } from "@/lib/config";
import { findMediaFile, mediaRequest } from "./serve";

describe("mediaRequest", () => {
  it("maps known image extensions to a fixed content type", () => {
    expect(mediaRequest(["2026", "01", "abc123.webp"])).toEqual({
      relative: "2026/01/abc123.webp",
      contentType: "image/webp",
    });
    expect(mediaRequest(["a.JPG"])?.contentType).toBe("image/jpeg");
  });

  it("refuses traversal, dot files, odd names and unknown types", () => {
    for (const segments of [
      [],
      ["..", "etc", "passwd"],
      ["2026", "..", "x.webp"],
      [".env"],
      [".hidden.webp"],
      ["a/b.webp"],
      ["a\\b.webp"],
      ["x.webp.html"],
      ["x.svg"],
      ["x.html"],
      ["x"],
      ["a", "b", "c", "d", "e.webp"],
      ["x%2e.webp"],
    ]) {
      expect(mediaRequest(segments), segments.join("/")).toBeNull();
    }
  });
});

describe("findMediaFile", () => {
  const root = mkdtempSync(path.join(tmpdir(), "sahifa-media-"));
  const outside = mkdtempSync(path.join(tmpdir(), "sahifa-outside-"));
  const previous = process.env.MEDIA_DIR;
  beforeAll(() => {
    process.env.MEDIA_DIR = root;
    reloadConfig();
    mkdirSync(path.join(root, "2026", "01"), { recursive: true });
    writeFileSync(path.join(root, "2026", "01", "pic.webp"), "x");
    mkdirSync(path.join(root, "folder.webp"));
    writeFileSync(path.join(outside, "secret.png"), "secret");
    symlinkSync(path.join(outside, "secret.png"), path.join(root, "link.png"));
  });
  afterAll(() => {
    process.env.MEDIA_DIR = previous;
    reloadConfig();
  });

  it("finds a stored file", async () => {
    const found = await findMediaFile(["2026", "01", "pic.webp"]);
    expect(found?.contentType).toBe("image/webp");
    expect(found?.size).toBe(1);
  });

  it("finds nothing that is missing, a folder, or a link leading out of the folder", async () => {
    expect(await findMediaFile(["2026", "01", "nope.webp"])).toBeNull();
    expect(await findMediaFile(["folder.webp"])).toBeNull();
    expect(await findMediaFile(["link.png"])).toBeNull();
  });
});
