import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SITE_SEGMENTS } from "./site-segments";

/** Top-level URL segments of app/: folders, looking through `(group)` folders; `_private` ones are not routes. */
function topLevelSegments(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith("_"))
    .flatMap((e) => (/^\(.+\)$/.test(e.name) ? topLevelSegments(path.join(dir, e.name)) : [e.name]));
}

describe("the site's top-level segments", () => {
  const segments = topLevelSegments(path.join(process.cwd(), "app"));

  it("are all reserved from old /<slug>/ links (dotted ones are files and never looked up)", () => {
    expect(segments).toContain("search");
    const missing = segments.filter((s) => !s.includes(".") && !SITE_SEGMENTS.has(s));
    expect(missing).toEqual([]);
  });

  it("have no dynamic top-level route, which would take every old link first", () => {
    expect(segments.filter((s) => s.startsWith("[") || s.startsWith("@"))).toEqual([]);
  });
});
