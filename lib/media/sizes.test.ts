import { describe, expect, it } from "vitest";
import { IMAGE_WIDTHS, parseWidths, srcSet, variantUrl, widthAtLeast, widthsFor } from "./sizes";

describe("the size set", () => {
  it("is ascending and tops out at 1600 px", () => {
    expect([...IMAGE_WIDTHS]).toEqual([320, 640, 960, 1600]);
  });

  it("stores every width narrower than the picture plus the picture's own, never enlarging", () => {
    expect(widthsFor(2400)).toEqual([320, 640, 960, 1600]);
    expect(widthsFor(1600)).toEqual([320, 640, 960, 1600]);
    expect(widthsFor(1200)).toEqual([320, 640, 960, 1200]);
    expect(widthsFor(640)).toEqual([320, 640]);
    expect(widthsFor(500)).toEqual([320, 500]);
    expect(widthsFor(320)).toEqual([320]);
    expect(widthsFor(40)).toEqual([40]);
  });

  it("reads stored widths back, dropping anything malformed", () => {
    expect(parseWidths("320,640,960,1600")).toEqual([320, 640, 960, 1600]);
    expect(parseWidths("640,320")).toEqual([320, 640]);
    expect(parseWidths("320,x,-5,99999,")).toEqual([320]);
  });

  it("names the widest file after the picture and the others after their width", () => {
    const url = "/media/2026/12/abc.webp";
    const widths = [320, 640, 1200];
    expect(variantUrl(url, 1200, widths)).toBe(url);
    expect(variantUrl(url, 320, widths)).toBe("/media/2026/12/abc-320.webp");
    expect(srcSet(url, widths)).toBe(
      "/media/2026/12/abc-320.webp 320w, /media/2026/12/abc-640.webp 640w, /media/2026/12/abc.webp 1200w",
    );
    expect(srcSet(url, [300])).toBe("");
    expect(widthAtLeast(widths, 600)).toBe(640);
    expect(widthAtLeast(widths, 5000)).toBe(1200);
  });
});
