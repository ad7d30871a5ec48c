import { expect, test } from "@playwright/test";
import { SEED, articlePath, createStaff, readerContext, sql, unique } from "./support";

// The article's date, time and last update; its share links; what a printer gets.

test("the date line stays the paper's, the time follows it, and an edit after publishing shows آخر تحديث", async ({
  page,
}) => {
  await page.goto(articlePath());
  const meta = page.locator("article p", { hasText: "بتاريخ : " }).locator("..");
  expect(await meta.locator("p", { hasText: "بتاريخ : " }).textContent()).toBe(`بتاريخ : ${SEED.date}`);
  // Published 09:00 UTC: 10:00 in Casablanca.
  const time = meta.locator("p", { hasText: "على الساعة" }).first();
  expect(await time.textContent()).toBe("على الساعة 10:00");
  await expect(time.locator("time")).toHaveAttribute("datetime", "2019-12-07T09:00:00.000Z");
  await expect(meta.getByText("آخر تحديث")).toHaveCount(0);

  // An article whose text was changed (a revision kept) two hours after it went out. By an author and in a
  // sub-category of its own (not in the navigation), and dated before the demo's articles, so it moves no other
  // article between listing pages.
  const tag = Date.now().toString(36);
  const { authorId } = await createStaff("AUTHOR");
  const category = (await sql.one<{ id: number }>(
    `INSERT INTO "Category" (name, slug, position, "parentId") VALUES (?, ?, 999, 1) RETURNING id`,
    `قسم ${tag}`,
    `section-${tag}`,
  ))!;
  const slug = `update-${tag}`;
  const published = new Date("2018-11-20T08:15:00.000Z");
  const edited = new Date("2018-11-20T10:40:00.000Z");
  const row = (await sql.one<{ id: number }>(
    `INSERT INTO "Article" (slug, headline, body, status, "authorId", "categoryId", "createdAt", "updatedAt", "publishedAt")
     VALUES (?, ?, '<p>نص محدث.</p>', 'PUBLISHED', ?, ?, ?, ?, ?) RETURNING id`,
    slug,
    unique("خبر محدث"),
    authorId,
    category.id,
    published,
    edited,
    published,
  ))!;
  await sql.run(
    `INSERT INTO "Revision" ("articleId", headline, body, "createdAt") VALUES (?, 'قبل', '<p>قبل</p>', ?)`,
    row.id,
    edited,
  );
  await page.goto(articlePath(slug));
  const updated = page.locator("article p", { hasText: "آخر تحديث" });
  expect(await updated.textContent()).toBe("آخر تحديث : 20/11/2018 على الساعة 11:40");
  await expect(updated.locator("time")).toHaveAttribute("datetime", edited.toISOString());
  expect(await page.locator("article p", { hasText: "بتاريخ : " }).textContent()).toBe("بتاريخ : 20/11/2018");
});

test("comment dates write the month out as Moroccan papers do", async ({ page }) => {
  await page.goto(articlePath());
  const dates = await page.locator("#comments-title + ol time").allTextContents();
  expect(dates.length).toBeGreaterThan(0);
  for (const d of dates)
    expect(d).toMatch(
      /^\d{1,2} (يناير|فبراير|مارس|أبريل|ماي|يونيو|يوليوز|غشت|شتنبر|أكتوبر|نونبر|دجنبر) \d{4} على الساعة \d{2}:\d{2}$/,
    );
});

test("share links are plain links with Arabic labels, no third-party script; copy link copies with JavaScript", async ({
  browser,
  baseURL,
}) => {
  const url = `${baseURL}${articlePath()}`;
  for (const javaScriptEnabled of [false, true]) {
    const context = await readerContext(browser, { javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(articlePath());
    const share = page.getByRole("navigation", { name: "شارك" });
    const expected: [string, string, string][] = [
      ["شارك المقال على واتساب", "https://wa.me/", "text"],
      ["شارك المقال على فيسبوك", "https://www.facebook.com/sharer/sharer.php", "u"],
      ["شارك المقال على إكس (تويتر)", "https://x.com/intent/post", "url"],
      ["شارك المقال على تيليغرام", "https://t.me/share/url", "url"],
    ];
    for (const [label, start, param] of expected) {
      const href = (await share.getByRole("link", { name: label, exact: true }).getAttribute("href"))!;
      expect(href.startsWith(start), href).toBe(true);
      expect(new URL(href).searchParams.get(param)).toContain(url);
    }
    const copy = share.getByRole("link", { name: "انسخ رابط المقال" });
    await expect(copy).toHaveAttribute("href", url);
    // Only the site's own script, and no other origin's.
    const scripts = await page.locator("script[src]").evaluateAll((s) => s.map((e) => (e as HTMLScriptElement).src));
    expect(scripts.filter((src) => !src.startsWith(baseURL!))).toEqual([]);
    if (javaScriptEnabled) {
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL! });
      await copy.click();
      await expect(share.getByRole("status")).toHaveText("نُسخ الرابط.");
      await expect(page).toHaveURL(new RegExp(`${articlePath()}$`));
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    }
    await context.close();
  }
});

test("printing an article prints the headline, byline, date, picture and body only", async ({ page }) => {
  await page.goto(articlePath());
  await page.emulateMedia({ media: "print" });
  const article = page.locator("main article").first();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEED.headline);
  await expect(article.locator("p", { hasText: "الكاتب : " })).toBeVisible();
  await expect(article.locator("p", { hasText: "بتاريخ : " })).toBeVisible();
  await expect(article.locator(".prose-ar")).toBeVisible();
  const picture = article.locator("figure img");
  if (await picture.count()) await expect(picture.first()).toBeVisible();
  for (const hidden of [
    page.locator("body > header, header").first(),
    page.getByRole("navigation", { name: "التصنيفات" }),
    page.getByRole("search"),
    page.locator("#respond"),
    page.locator("#comments-title"),
    page.getByRole("navigation", { name: "شارك" }),
    page.locator("#related-title"),
    page.locator("footer").last(),
  ])
    await expect(hidden).toBeHidden();
  // And on screen, all of it is back.
  await page.emulateMedia({ media: "screen" });
  await expect(page.locator("#respond")).toBeVisible();
});
