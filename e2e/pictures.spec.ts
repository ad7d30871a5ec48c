import { existsSync } from "node:fs";
import path from "node:path";
import { type APIRequestContext, type Page, expect, test } from "@playwright/test";
import sharp from "sharp";
import { categoryPath, createStaff, signIn, sql, unique } from "./support";

// The folder playwright.config.ts gives the server as MEDIA_DIR.
const MEDIA_DIR = `data/e2e-media-${Number(process.env.E2E_PORT || 3100)}`;
const fileOf = (url: string) => path.join(MEDIA_DIR, ...url.replace(/^\/media\//, "").split("/"));
const SIZES = [320, 640, 960, 1600];

/** The <img> tags of a page's HTML, as attribute maps. */
function images(html: string): Record<string, string>[] {
  return [...html.matchAll(/<img\b([^>]*)>/g)].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([a-zA-Z-]+)="([^"]*)"/g)].map((a) => [a[1]!.toLowerCase(), a[2]!])),
  );
}

/** Every file a srcset names answers as a WebP image of the width it claims. */
async function expectSrcsetServed(request: APIRequestContext, srcset: string) {
  for (const candidate of srcset.split(", ")) {
    const [url, w] = candidate.split(" ");
    const res = await request.get(url!);
    expect(res.status(), url).toBe(200);
    expect(res.headers()["content-type"]).toBe("image/webp");
    expect((await sharp(await res.body()).metadata()).width, url).toBe(Number(w!.replace("w", "")));
  }
}

const png = (width: number, height: number, r: number) =>
  sharp({ create: { width, height, channels: 3, background: { r, g: 90, b: 140 } } })
    .png()
    .toBuffer();

test.describe("pictures for readers", () => {
  test("home: pictures on the cards in every stored width with their size, lazy except the lead's", async ({
    request,
  }) => {
    const html = await (await request.get("/")).text();
    const imgs = images(html);
    // The seed's pictured stories (articles the suite published before this spec have no picture).
    expect(imgs.length).toBeGreaterThanOrEqual(8);
    for (const img of imgs) {
      expect(img.src).toMatch(/^\/media\/\d{4}\/\d{2}\/[0-9a-f]{32}(-\d+)?\.webp$/);
      expect(img.srcset).toMatch(/^\/media\/\S+ 320w, .* \d+w$/);
      expect(img.sizes).toBeTruthy();
      expect(Number(img.width)).toBeGreaterThan(0);
      expect(Number(img.height)).toBeGreaterThan(0);
      expect(img.alt!.length).toBeGreaterThan(5);
    }
    // Only the lead story's picture (when it has one) is fetched first; the rest wait until they near the screen.
    const lead = images(html.slice(html.indexOf('id="lead-title"'), html.indexOf('id="latest-title"')));
    const rest = imgs.filter((i) => i.fetchpriority !== "high");
    expect(imgs.length - rest.length).toBe(lead.length);
    for (const img of lead) expect([img.fetchpriority, img.loading]).toEqual(["high", undefined]);
    for (const img of rest) expect(img.loading).toBe("lazy");
    await expectSrcsetServed(request, imgs[imgs.length - 1]!.srcset!);
  });

  test("listings, search and related news carry the pictures; an article without one has no empty box", async ({
    request,
  }) => {
    const sport = await (await request.get(categoryPath("رياضة"))).text();
    const pictured = images(sport);
    expect(pictured.length).toBeGreaterThanOrEqual(3); // the seed draws three per category
    expect(pictured.every((i) => i.loading === "lazy" && i.srcset && i.alt)).toBe(true);
    // The articles without a picture in that listing: a card with no <img> and no placeholder source.
    expect(sport.match(/<article\b/g)!.length).toBeGreaterThan(pictured.length);
    expect(sport).not.toMatch(/src=""|src="null"|undefined/);

    const search = await (await request.get(`/search?q=${encodeURIComponent("الرجاء")}`)).text();
    expect(images(search).length).toBeGreaterThanOrEqual(1);

    // A pictured article: its own picture (eager, with its alt), and pictures in أخبار مرتبطة.
    const row = (await sql.one<{ slug: string; alt: string; url: string }>(
      'SELECT a.slug, m.alt, m.url FROM "Article" a JOIN "Media" m ON m.id = a."mediaId" JOIN "Category" c ON c.id = a."categoryId" WHERE c.slug = ? AND a.status = ? ORDER BY a."publishedAt" DESC',
      "وطنية",
      "PUBLISHED",
    ))!;
    const page = await (await request.get(`/articles/${encodeURIComponent(row.slug)}`)).text();
    const own = images(page).find((i) => i.fetchpriority === "high")!;
    expect(own.alt).toBe(row.alt);
    expect(own.srcset).toContain(row.url);
    const related = page.slice(page.indexOf("أخبار مرتبطة"));
    expect(images(related).length).toBeGreaterThanOrEqual(1);
    // Open Graph, Twitter and JSON-LD name the picture by its full address.
    const absolute = `http://127.0.0.1:${Number(process.env.E2E_PORT || 3100)}${row.url}`;
    expect(page).toContain(`<meta property="og:image" content="${absolute}"/>`);
    expect(page).toContain(`<meta property="og:image:width" content="1600"/>`);
    expect(page).toContain(`<meta name="twitter:image" content="${absolute}"/>`);
    expect(page).toContain(`"image":["${absolute}"]`);
  });

  test("the feed gives each pictured item an enclosure of the 960 px file with its true length", async ({
    request,
  }) => {
    // A section the rest of the suite publishes nothing in: its newest stories are the seed's pictured ones.
    const xml = await (await request.get(`${categoryPath("دولية")}/feed.xml`)).text();
    const enclosures = [...xml.matchAll(/<enclosure\b([^>]*)\/>/g)].map((m) => ({
      url: /\surl="([^"]+)"/.exec(m[1]!)?.[1],
      length: /\slength="(\d+)"/.exec(m[1]!)?.[1],
      type: /\stype="([^"]+)"/.exec(m[1]!)?.[1],
    }));
    expect(enclosures.length).toBeGreaterThanOrEqual(3);
    for (const { url, length, type } of enclosures.slice(0, 3)) {
      expect(type).toBe("image/webp");
      expect(url).toMatch(/-960\.webp$/);
      const file = await request.get(new URL(url!).pathname);
      expect((await file.body()).length).toBe(Number(length));
    }
  });

  test("without JavaScript, home and a listing show their pictures loaded", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of ["/", categoryPath("ثقافة")]) {
      await page.goto(path);
      const imgs = page.locator("main img");
      expect(await imgs.count()).toBeGreaterThanOrEqual(3);
      for (const img of await imgs.all()) {
        await img.scrollIntoViewIfNeeded();
        await expect
          .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth), { timeout: 10_000 })
          .toBeGreaterThan(0);
      }
    }
    await context.close();
  });
});

/** Chooses a picture in the editor's library dialog by its alt text. */
async function pickFromLibrary(page: Page, alt: string) {
  const dialog = page.getByRole("dialog", { name: "اختر صورة" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("searchbox").fill(alt);
  await dialog.getByRole("button", { name: alt }).first().click();
}

test.describe("newsroom: the media library", () => {
  test("several pictures at once, alt text, search, reuse as featured and body image, delete refused while used", async ({
    page,
    browser,
    request,
  }) => {
    test.setTimeout(120_000);
    const author = await createStaff("AUTHOR");
    await signIn(page, author);
    await page.goto("/admin/media");
    await expect(page.getByRole("heading", { level: 1, name: /مكتبة الوسائط/ })).toBeVisible();

    // Three pictures and a text file named .png, chosen together.
    await page.getByLabel("اختر صوراً (يمكن اختيار عدة صور معاً)").setInputFiles([
      { name: "واحد.png", mimeType: "image/png", buffer: await png(2000, 1000, 10) },
      { name: "اثنان.png", mimeType: "image/png", buffer: await png(800, 600, 120) },
      { name: "fake.png", mimeType: "image/png", buffer: Buffer.from("ليس صورة\n".repeat(40)) },
      { name: "ثلاثة.png", mimeType: "image/png", buffer: await png(1200, 900, 240) },
    ]);
    const rows = page.getByTestId("upload-row");
    await expect(rows).toHaveCount(4);
    await expect(rows.filter({ hasText: "تم الرفع" })).toHaveCount(3, { timeout: 30_000 });
    await expect(rows.filter({ hasText: "fake.png" })).toContainText("الملف المرفوع ليس صورة صالحة");
    expect(await page.locator("progress").count()).toBe(4);

    const stored = await sql.all<{ id: number; url: string; widths: string; width: number }>(
      'SELECT m.id, m.url, m.widths, m.width FROM "Media" m JOIN "User" u ON u.id = m."uploaderId" WHERE u.email = ? ORDER BY m.id',
      author.email,
    );
    expect(stored.map((m) => [m.widths, m.width])).toEqual([
      ["320,640,960,1600", 1600],
      ["320,640,800", 800],
      ["320,640,960,1200", 1200],
    ]);
    const [wide, , third] = stored;
    for (const w of SIZES)
      expect(existsSync(fileOf(wide!.url.replace(".webp", w === 1600 ? ".webp" : `-${w}.webp`)))).toBe(true);
    await expect(page.getByTestId("media-item")).toHaveCount(3);

    // Alt text, saved in place.
    const alt = unique("قطار يعبر جسرا");
    const tile = page.locator(`[data-url="${wide!.url}"]`);
    await tile.getByLabel("النص البديل").fill(alt);
    await tile.getByRole("button", { name: "حفظ" }).click();
    await expect(tile.getByRole("status")).toHaveText("تم حفظ بيانات الصورة.");
    expect((await sql.one<{ alt: string }>('SELECT alt FROM "Media" WHERE id = ?', wide!.id))!.alt).toBe(alt);
    await page.goto(`/admin/media?q=${encodeURIComponent(alt)}`);
    await expect(page.getByTestId("media-item")).toHaveCount(1);
    await expect(page.getByRole("img", { name: alt })).toBeVisible();

    // Another author's library holds none of them, and cannot use them by id.
    const other = await browser.newPage();
    await signIn(other, await createStaff("AUTHOR"));
    await other.goto("/admin/media");
    await expect(other.getByRole("heading", { level: 1, name: /مكتبة الوسائط/ })).toBeVisible();
    await expect(other.locator(`[data-url="${wide!.url}"]`)).toHaveCount(0);
    await other.close();

    // Reuse: the featured image from the library, and the same picture in the body with alt text and caption.
    const headline = unique("خبر بصورة من المكتبة");
    await page.goto("/admin/articles/new");
    await page.getByLabel("العنوان", { exact: true }).fill(headline);
    const body = page.getByRole("textbox", { name: "المحتوى" });
    await body.click();
    await body.pressSequentially("فقرة قبل الصورة.");
    await page.getByLabel("التصنيف").selectOption({ label: "رياضة" });
    await page.getByRole("button", { name: "اختيار من المكتبة" }).click();
    await pickFromLibrary(page, alt);
    await expect(page.getByRole("img", { name: "الصورة المختارة" })).toBeVisible();

    await page.getByRole("toolbar").getByRole("button", { name: "صورة", exact: true }).click();
    await pickFromLibrary(page, alt);
    const details = page.getByRole("dialog", { name: "صورة" });
    await expect(details.getByLabel("النص البديل")).toHaveValue(alt);
    await details.getByLabel("النص البديل").fill("");
    await details.getByRole("button", { name: "إدراج" }).click();
    await expect(details.getByText("اكتب نصاً بديلاً للصورة.")).toBeVisible();
    await details.getByLabel("النص البديل").fill(`${alt} في الصباح`);
    await details.getByLabel("التعليق (اختياري)").fill("الجسر عند الفجر");
    await details.getByRole("button", { name: "إدراج" }).click();
    await expect(body.locator("figure img")).toHaveAttribute("alt", `${alt} في الصباح`);
    await page.getByRole("button", { name: "نشر", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "تم النشر." })).toBeVisible();

    const article = (await sql.one<{ id: number; slug: string; mediaId: number; featuredImage: string; body: string }>(
      'SELECT id, slug, "mediaId", "featuredImage", body FROM "Article" WHERE headline = ?',
      headline,
    ))!;
    expect(Number(article.mediaId)).toBe(Number(wide!.id));
    expect(article.featuredImage).toBe(wide!.url);
    expect(article.body).toContain(
      `<figure><img src="${wide!.url}" alt="${alt} في الصباح" width="1600" height="800" /><figcaption>الجسر عند الفجر</figcaption></figure>`,
    );
    const html = await (await request.get(`/articles/${encodeURIComponent(article.slug)}`)).text();
    const inBody = images(html).find((i) => i.alt === `${alt} في الصباح`)!;
    expect(inBody.loading).toBe("lazy");
    expect(inBody.srcset).toContain(`${wide!.url.replace(".webp", "-960.webp")} 960w`);
    expect(html).toContain("<figcaption>الجسر عند الفجر</figcaption>");
    expect(images(html).find((i) => i.fetchpriority === "high")!.alt).toBe(alt);
    // The newest story leads the home page, its picture first.
    await expect(async () => {
      const home = await (await request.get("/")).text();
      const lead = images(home.slice(home.indexOf('id="lead-title"'), home.indexOf('id="latest-title"')));
      expect(lead.map((i) => [i.alt, i.fetchpriority, i.loading])).toEqual([[alt, "high", undefined]]);
    }).toPass({ timeout: 10_000 });

    // Delete: refused, naming the article, while it is used; done (files too) once it is not.
    await page.goto("/admin/media");
    page.on("dialog", (d) => void d.accept());
    await page.locator(`[data-url="${wide!.url}"]`).getByRole("button", { name: "حذف" }).click();
    await expect(page.locator(`[data-url="${wide!.url}"]`).getByRole("alert")).toContainText(headline);
    expect(existsSync(fileOf(wide!.url))).toBe(true);
    await page.locator(`[data-url="${third!.url}"]`).getByRole("button", { name: "حذف" }).click();
    await expect(page.locator(`[data-url="${third!.url}"]`)).toHaveCount(0);
    expect(await sql.one('SELECT id FROM "Media" WHERE id = ?', third!.id)).toBeUndefined();
    expect(existsSync(fileOf(third!.url))).toBe(false);
    expect(existsSync(fileOf(third!.url.replace(".webp", "-320.webp")))).toBe(false);
  });

  test("the upload endpoint refuses strangers, other sites and too many files, storing nothing", async ({
    playwright,
    page,
  }) => {
    const count = async () => Number((await sql.one<{ n: number }>('SELECT count(*) AS n FROM "Media"'))!.n);
    const before = await count();
    const file = { name: "x.png", mimeType: "image/png", buffer: await png(50, 50, 1) };
    const baseURL = test.info().project.use.baseURL!;
    // Signed out: the proxy sends the request to the sign-in page (the handler would refuse it too).
    const anonymous = await playwright.request.newContext({ baseURL });
    const stranger = await anonymous.post("/admin/media/upload", { multipart: { file }, maxRedirects: 0 });
    expect([307, 401]).toContain(stranger.status());
    await anonymous.dispose();

    // Signed in, but sent from another site (the session cookie rides along): refused.
    await signIn(page, await createStaff("EDITOR"));
    const crossSite = await page.request.post("/admin/media/upload", {
      multipart: { file },
      headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    });
    expect(crossSite.status()).toBe(403);
    // More files than one request may carry: refused whole, with the reason.
    const form = new FormData();
    for (let i = 0; i < 11; i++) form.append("file", new File([file.buffer], `${i}.png`, { type: "image/png" }));
    const many = await page.request.post("/admin/media/upload", {
      multipart: form,
      headers: { origin: baseURL, "sec-fetch-site": "same-origin" },
    });
    expect(many.status()).toBe(400);
    expect((await many.json()).error).toContain("صورة على الأكثر");
    expect(await count()).toBe(before);
  });

  test("Next's on-request image optimizer is off: nobody can make the server resize pictures", async ({ request }) => {
    const url = (await sql.one<{ url: string }>('SELECT url FROM "Media" ORDER BY id'))!.url;
    const res = await request.get(`/_next/image?url=${encodeURIComponent(url)}&w=640&q=75`);
    expect(res.status()).toBe(400);
  });
});
