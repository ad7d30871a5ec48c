import { readdirSync } from "node:fs";
import path from "node:path";
import { type Page, expect, test } from "@playwright/test";
import sharp from "sharp";
import { ADMIN, articlePath, createStaff, fillNewArticle, signIn, sql, unique } from "./support";

const NOT_IMAGE = "الملف المرفوع ليس صورة صالحة. استعمل صورة JPEG أو PNG أو WebP أو GIF أو AVIF.";
const TOO_LARGE = "حجم الصورة أكبر من الحد المسموح به (8 ميغابايت).";

// The folder playwright.config.ts gives the server as MEDIA_DIR.
const MEDIA_DIR = `data/e2e-media-${Number(process.env.E2E_PORT || 3100)}`;

/** Every file stored under MEDIA_DIR so far. */
function storedFiles(): string[] {
  try {
    return readdirSync(MEDIA_DIR, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.join(e.parentPath, e.name));
  } catch {
    return [];
  }
}

/** A new article's form, filled in up to the image. */
const fillArticleUpToImage = (page: Page, headline: string) =>
  fillNewArticle(page, { headline, body: "نص الخبر مع صورة.", category: "رياضة" });

const rowOf = (headline: string) =>
  sql.one<{ id: number; slug: string; featuredImage: string | null; imageCaption: string | null }>(
    'SELECT id, slug, "featuredImage", "imageCaption" FROM "Article" WHERE headline = ?',
    headline,
  );

test.describe("newsroom: featured image", () => {
  test("an uploaded image is checked, resized into the size set, stored under MEDIA_DIR and shown on the article", async ({
    page,
    request,
  }) => {
    // A wide photo carrying metadata that must not survive.
    const photo = await sharp({
      create: { width: 2400, height: 1200, channels: 3, background: { r: 20, g: 110, b: 60 } },
    })
      .png()
      .withMetadata({ exif: { IFD0: { Copyright: "private-owner-e2e" } } })
      .toBuffer();
    await signIn(page, ADMIN);
    const headline = unique("خبر بصورة بارزة");
    await fillArticleUpToImage(page, headline);
    await page.getByLabel("الصورة البارزة").setInputFiles({ name: "ملعب.png", mimeType: "image/png", buffer: photo });
    await page.getByLabel("تعليق الصورة").fill("الملعب قبل المباراة");
    await page.getByRole("button", { name: "نشر", exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/articles\/\d+/);
    await expect(page.getByRole("status").filter({ hasText: "تم النشر." })).toBeVisible();

    const row = (await rowOf(headline))!;
    expect(row.featuredImage).toMatch(/^\/media\/\d{4}\/\d{2}\/[0-9a-f]{32}\.webp$/);
    expect(row.imageCaption).toBe("الملعب قبل المباراة");
    // Stored on disk under MEDIA_DIR, with a name that owes nothing to the upload's.
    expect(storedFiles().map((f) => "/media/" + path.relative(MEDIA_DIR, f).split(path.sep).join("/"))).toContain(
      row.featuredImage,
    );

    // Served as an image, never sniffed, cached for long; resized and stripped.
    const file = await request.get(row.featuredImage!);
    expect(file.status()).toBe(200);
    expect(file.headers()["content-type"]).toBe("image/webp");
    expect(file.headers()["x-content-type-options"]).toBe("nosniff");
    // The file's own strict policy, not the pages' (which the proxy used to put in its place).
    expect(file.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'; sandbox");
    expect(file.headers()["cache-control"]).toContain("max-age=31536000");
    const stored = await file.body();
    const meta = await sharp(stored).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["webp", 1600, 800]);
    expect(meta.exif).toBeUndefined();
    expect(stored.includes(Buffer.from("private-owner-e2e"))).toBe(false);

    // The public article: the image in every stored width (no resizing on request), with its caption.
    await page.goto(articlePath(row.slug));
    const img = page.locator("article figure img").first();
    const stem = row.featuredImage!.replace(/\.webp$/, "");
    await expect(img).toHaveAttribute("src", `${stem}-960.webp`);
    await expect(img).toHaveAttribute(
      "srcset",
      `${stem}-320.webp 320w, ${stem}-640.webp 640w, ${stem}-960.webp 960w, ${row.featuredImage} 1600w`,
    );
    await expect(img).toHaveAttribute("width", "1600");
    await expect(img).toHaveAttribute("height", "800");
    await expect(page.locator("article figure figcaption").first()).toHaveText("الملعب قبل المباراة");
    await expect(async () =>
      expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0),
    ).toPass({ timeout: 10_000 });
    const smaller = await request.get(`${stem}-320.webp`);
    expect(smaller.status()).toBe(200);
    expect((await sharp(await smaller.body()).metadata()).width).toBe(320);

    // Back in the editor: the current image, which can be removed.
    await page.goto(`/admin/articles/${row.id}`);
    await expect(page.getByRole("img", { name: "الصورة الحالية" })).toBeVisible();
    await page.getByLabel("إزالة الصورة").check();
    await page.getByRole("button", { name: "تحديث" }).click();
    await expect(page.getByRole("status").filter({ hasText: "تم التحديث." })).toBeVisible();
    await expect(async () => expect((await rowOf(headline))!.featuredImage).toBeNull()).toPass({ timeout: 5_000 });
    await expect(async () => {
      expect(await (await request.get(articlePath(row.slug))).text()).not.toContain(row.featuredImage!);
    }).toPass({ timeout: 5_000 });
  });

  test("a text file named .png is refused with an Arabic error, and nothing is stored", async ({ page }) => {
    await signIn(page, ADMIN);
    const before = storedFiles().length;
    const headline = unique("خبر بملف مزيف");
    await fillArticleUpToImage(page, headline);
    await page.getByLabel("الصورة البارزة").setInputFiles({
      name: "photo.png",
      mimeType: "image/png",
      buffer: Buffer.from("هذا نص عادي وليس صورة.\n".repeat(50)),
    });
    await page.getByRole("button", { name: "حفظ كمسودة" }).click();
    await expect(page.locator('p[role="alert"]')).toHaveText("تعذّر الحفظ. صحّح الحقول المشار إليها.");
    await expect(page.locator("#featuredImage-error")).toHaveText(NOT_IMAGE);
    await expect(page.getByLabel("الصورة البارزة")).toHaveAttribute("aria-invalid", "true");
    // What was typed is still there; nothing was saved or stored.
    await expect(page.getByLabel("العنوان", { exact: true })).toHaveValue(headline);
    await expect(page).toHaveURL(/\/admin\/articles\/new$/);
    expect(await rowOf(headline)).toBeUndefined();
    expect(storedFiles().length).toBe(before);
  });

  test("a file over 8 MB is refused, in the browser and by the server", async ({ page }) => {
    await signIn(page, ADMIN);
    const before = storedFiles().length;
    const headline = unique("خبر بصورة ضخمة");
    await fillArticleUpToImage(page, headline);
    const input = page.getByLabel("الصورة البارزة");
    await input.setInputFiles({ name: "huge.png", mimeType: "image/png", buffer: Buffer.alloc(9 * 1024 * 1024, 1) });
    // The browser holds the form back with the message...
    expect(await input.evaluate((el: HTMLInputElement) => el.validationMessage)).toBe(TOO_LARGE);
    await page.getByRole("button", { name: "حفظ كمسودة" }).click();
    // (The editor's autosave may have stored the draft by now, without the file: its address then has an id.)
    await expect(page).toHaveURL(/\/admin\/articles\/(new|\d+)$/);
    // ...and the server refuses it on its own when the browser's check is skipped.
    await input.evaluate((el: HTMLInputElement) => el.setCustomValidity(""));
    await page.getByRole("button", { name: "حفظ كمسودة" }).click();
    await expect(page.locator("#featuredImage-error")).toHaveText(TOO_LARGE);
    expect((await rowOf(headline))?.featuredImage ?? null).toBeNull();
    expect(storedFiles().length).toBe(before);
  });

  test("someone who may not edit an article cannot put an image on it", async ({ page, browser }) => {
    const owner = await createStaff("AUTHOR");
    const ownerPage = await (await browser.newContext()).newPage();
    await signIn(ownerPage, owner);
    const theirs = unique("مقال كاتب آخر");
    await fillArticleUpToImage(ownerPage, theirs);
    await ownerPage.getByRole("button", { name: "حفظ كمسودة" }).click();
    await expect(ownerPage).toHaveURL(/\/admin\/articles\/\d+/);
    const theirId = (await rowOf(theirs))!.id;

    await signIn(page, await createStaff("AUTHOR"));
    const before = storedFiles().length;
    await fillArticleUpToImage(page, unique("مقالي"));
    // Forge: point the form at the other author's article.
    await page.locator('input[name="id"]').evaluate((el: HTMLInputElement, id) => (el.value = String(id)), theirId);
    const png = await sharp({ create: { width: 40, height: 40, channels: 3, background: "#000" } })
      .png()
      .toBuffer();
    await page.getByLabel("الصورة البارزة").setInputFiles({ name: "x.png", mimeType: "image/png", buffer: png });
    await page.getByRole("button", { name: "حفظ كمسودة" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "غير مسموح" })).toBeVisible();
    expect((await rowOf(theirs))!.featuredImage).toBeNull();
    expect(storedFiles().length).toBe(before);
  });

  test("/media/ serves only image files from MEDIA_DIR", async ({ request }) => {
    for (const p of [
      "/media/..%2f..%2fpackage.json",
      "/media/%2e%2e/%2e%2e/package.json",
      "/media/..%5c..%5cpackage.json",
      "/media/.env",
      "/media/2026/01/missing.webp",
      "/media/x.svg",
      "/media/x.html",
    ]) {
      const res = await request.get(p, { maxRedirects: 0 });
      expect(res.status(), p).toBe(404);
      expect(await res.text(), p).not.toContain("sahifa");
    }
  });
});
