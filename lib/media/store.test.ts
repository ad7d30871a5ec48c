import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { reloadConfig } from "@/lib/config";
import { findMediaFile } from "./serve";
import { storeImage } from "./store";

describe("storeImage", () => {
  const previous = process.env.MEDIA_DIR;
  const root = path.join(mkdtempSync(path.join(tmpdir(), "sahifa-store-")), "not-yet-made");
  process.env.MEDIA_DIR = root;
  reloadConfig();
  afterAll(() => {
    process.env.MEDIA_DIR = previous;
    reloadConfig();
  });

  it("creates the folder, files by year and month under a random name, and the stored file is served back", async () => {
    const when = new Date("2026-03-05T12:00:00Z");
    const first = await storeImage(Buffer.from("one"), "webp", when);
    const second = await storeImage(Buffer.from("two"), "webp", when);
    expect(first).toMatch(/^\/media\/2026\/03\/[0-9a-f]{32}\.webp$/);
    expect(second).not.toBe(first);
    expect(readFileSync(path.join(root, first.replace("/media/", "")), "utf8")).toBe("one");
    const found = await findMediaFile(first.replace("/media/", "").split("/"));
    expect(found?.contentType).toBe("image/webp");
  });
});
