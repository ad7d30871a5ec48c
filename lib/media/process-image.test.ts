import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { ar } from "@/lib/i18n/ar";
import { MAX_UPLOAD_BYTES } from "./limits";
import { processImage } from "./process-image";

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 30, b: 40 } } })
    .png()
    .toBuffer();

describe("processImage", () => {
  it("re-encodes an image as WebP, shrinking it to 1600 px wide", async () => {
    const result = await processImage(await png(2400, 1200));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.ext).toBe("webp");
    const meta = await sharp(result.data).metadata();
    expect(meta.format).toBe("webp");
    expect([meta.width, meta.height]).toEqual([1600, 800]);
  });

  it("never enlarges a small image", async () => {
    const result = await processImage(await png(300, 200));
    expect(result.ok && [result.width, result.height]).toEqual([300, 200]);
  });

  it("drops metadata and applies the EXIF orientation", async () => {
    const tagged = await sharp(await png(400, 200))
      .jpeg()
      .withMetadata({ orientation: 6, exif: { IFD0: { Copyright: "secret-owner", Artist: "someone" } } })
      .toBuffer();
    const before = await sharp(tagged).metadata();
    expect(before.exif).toBeDefined();
    const result = await processImage(tagged);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const after = await sharp(result.data).metadata();
    expect(after.exif).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    expect(result.data.includes(Buffer.from("secret-owner"))).toBe(false);
    // Orientation 6 is a quarter turn: the stored picture is upright, taller than wide.
    expect([after.width, after.height]).toEqual([200, 400]);
  });

  it("refuses what does not decode as an image, whatever its name", async () => {
    const text = Buffer.from("هذا ملف نصي وليس صورة\n".repeat(20));
    expect(await processImage(text)).toEqual({ ok: false, error: ar.media.errors.notImage });
    expect(await processImage(Buffer.alloc(0))).toEqual({ ok: false, error: ar.media.errors.notImage });
    // A PNG signature with nothing valid after it.
    const fake = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 7)]);
    expect((await processImage(fake)).ok).toBe(false);
  });

  it("refuses a truncated image", async () => {
    const whole = await sharp(await png(800, 600))
      .jpeg()
      .toBuffer();
    expect((await processImage(whole.subarray(0, Math.floor(whole.length / 2)))).ok).toBe(false);
  });

  it("refuses SVG, which libvips could read but is a document", async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>',
    );
    expect(await processImage(svg)).toEqual({ ok: false, error: ar.media.errors.notImage });
  });

  it("refuses files over the size limit and bitmaps too large to decode safely", async () => {
    const big = Buffer.alloc(MAX_UPLOAD_BYTES + 1);
    expect(await processImage(big)).toEqual({ ok: false, error: ar.media.errors.tooLarge(8) });
    // 10000 × 6000 pixels of one colour compresses to a small file.
    const bomb = await sharp({ create: { width: 10_000, height: 6_000, channels: 3, background: "#fff" } })
      .png()
      .toBuffer();
    expect(bomb.length).toBeLessThan(MAX_UPLOAD_BYTES);
    expect(await processImage(bomb)).toEqual({ ok: false, error: ar.media.errors.tooManyPixels });
  });
});

describe("processImage: the size set", () => {
  it("stores each width of the set the picture is wide enough for, keeping its proportions", async () => {
    const result = await processImage(await png(2000, 1000));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const sizes = await Promise.all(
      result.variants.map(async (v) => [v.width, v.height, (await sharp(v.data).metadata()).width]),
    );
    expect(sizes).toEqual([
      [320, 160, 320],
      [640, 320, 640],
      [960, 480, 960],
      [1600, 800, 1600],
    ]);
    expect(result.data).toBe(result.variants[3]!.data);
  });

  it("gives a small picture its own width and the narrower ones only", async () => {
    const result = await processImage(await png(500, 250));
    expect(result.ok && result.variants.map((v) => v.width)).toEqual([320, 500]);
  });
});
