// Every not-found answer is the site's own 404 page, sent as plain HTML like
// other reader pages, and none of them leaves anything in the page cache.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { type APIRequestContext, expect, test } from "@playwright/test";
import { E2E_PORT } from "./database";
import { SEED, articlePath, categoryPath, sql } from "./support";

// The build folder of this port (playwright.config.ts): the page cache lives under it.
const DIST = E2E_PORT === 3100 ? ".next-e2e" : `.next-e2e-${E2E_PORT}`;

/** Bytes of every file under a folder (the compiler's own cache left out: it does not change at run time). */
function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += entry.name === "turbopack" ? 0 : folderBytes(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

/** Not-found URLs of every kind, made distinct by `n`. */
async function notFoundUrls(n: string) {
  const now = new Date();
  const draft = `مسودة-${n}-${Date.now().toString(36)}`;
  await sql.run(
    `INSERT INTO "Article" (slug, headline, body, status, "authorId", "categoryId", "createdAt", "updatedAt", "publishedAt") VALUES (?, ?, '<p>x</p>', 'DRAFT', 1, 1, ?, ?, ?)`,
    draft,
    `مسودة ${n}`,
    now,
    now,
    now,
  );
  return {
    "unknown article": `/articles/${encodeURIComponent(`لا-يوجد-${n}`)}`,
    "unpublished article": `/articles/${encodeURIComponent(draft)}`,
    "unknown category": `/category/no-such-${n}`,
    "unknown tag": `/tag/no-such-${n}`,
    "unknown author": `/author/no-such-${n}`,
    "page past the last": `${categoryPath()}?page=999`,
    "page past the last, as a path": `${categoryPath()}/page/998`,
    "replytocom naming no comment of the article": `${articlePath()}?replytocom=2147483000`,
    "unknown path": `/no-such-page-${n}`,
    "malformed escape": `/articles/%E0%A4%A${n}`,
  };
}

async function expectSitePage(request: APIRequestContext, label: string, url: string) {
  const res = await request.get(url);
  expect(res.status(), `${label}: ${url}`).toBe(404);
  const html = await res.text();
  expect(html, label).toMatch(/^<!DOCTYPE html><html lang="ar" dir="rtl"/);
  expect(html.match(/<header\b/g)?.length, `${label}: the header once`).toBe(1);
  expect(html, label).toContain("الصفحة غير موجودة");
  expect(html, `${label}: the search form`).toMatch(/<form[^>]*role="search"[^>]*action="\/search"/);
  expect(html, `${label}: a link home`).toMatch(/<a[^>]*href="\/"[^>]*>\s*العودة إلى الصفحة الرئيسية/);
  expect(html, `${label}: no runtime`).not.toMatch(/<script[^>]*src="\/_next\//);
  expect(html, label).not.toContain("__next_error__");
  expect(res.headers()["cache-control"], `${label}: kept by no cache`).toMatch(/no-store/);
}

test.describe("not found", () => {
  test("every not-found answer is the site's own page: 404, lang and dir, the header once, an Arabic message, search and a link home, no runtime, kept by no cache", async ({
    request,
  }) => {
    for (const [label, url] of Object.entries(await notFoundUrls("a"))) {
      await expectSitePage(request, label, url);
      // Asked again (an earlier answer would now come from the page cache): the same page.
      await expectSitePage(request, `${label}, again`, url);
    }
  });

  test("with JavaScript off and on, an unknown article reads as the site's page, the header shown once", async ({
    browser,
  }) => {
    for (const javaScriptEnabled of [false, true]) {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      const res = await page.goto(`/articles/${encodeURIComponent(`خبر-محذوف-${javaScriptEnabled}`)}`);
      expect(res?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "الصفحة غير موجودة" })).toBeVisible();
      await expect(page.getByRole("banner")).toHaveCount(1);
      // One search field in sight (the header's; on a phone it opens from an icon).
      await expect(page.locator('form[action="/search"] input[name="q"]:visible')).toHaveCount(1);
      await page.getByRole("link", { name: "العودة إلى الصفحة الرئيسية" }).click();
      await expect(page).toHaveURL(/\/$/);
      await context.close();
    }
  });

  test("1,000 distinct junk URLs grow the page cache by less than 1 MB, while real pages are still cached", async ({
    request,
  }) => {
    test.setTimeout(240_000);
    const article = (await sql.one<{ id: number }>('SELECT id FROM "Article" WHERE slug = ?', SEED.slug))!;
    const tag = (await sql.one<{ slug: string }>('SELECT slug FROM "Tag" ORDER BY id LIMIT 1'))!;
    // Warm what the junk shares (the 404 page, the article, the listing's count), then measure.
    for (const url of ["/no-such-page", articlePath(), categoryPath(), `${categoryPath()}?page=999`])
      await request.get(url);
    const before = folderBytes(DIST);
    const kinds = [
      (i: number) => `/articles/junk-${i}`,
      (i: number) => `/category/junk-${i}`,
      (i: number) => `/tag/junk-${i}`,
      (i: number) => `/author/junk-${i}`,
      (i: number) => `${articlePath()}?replytocom=${1_000_000 + i}`,
      (i: number) => `${articlePath()}?replytocom=junk-${i}`,
      (i: number) => `${articlePath()}/reply/${2_000_000 + i}`,
      (i: number) => `${categoryPath()}?page=${1000 + i}`,
      (i: number) => `/tag/${encodeURIComponent(tag.slug)}/page/${5000 + i}`,
      (i: number) => `/sitemaps/${1000 + i}.xml`,
      (i: number) => `/category/junk-${i}/feed.xml`,
      (i: number) => `/search?q=junk-${i}`,
      (i: number) => `/no-such-${i}`,
    ];
    const statuses = new Map<number, number>();
    for (let start = 0; start < 1000; start += 10) {
      const batch = Array.from({ length: 10 }, (_, k) => {
        const i = start + k;
        return request.get(kinds[i % kinds.length]!(i), { maxRedirects: 0 });
      });
      for (const res of await Promise.all(batch)) {
        expect(res.status(), res.url()).toBeLessThan(500);
        statuses.set(res.status(), (statuses.get(res.status()) ?? 0) + 1);
      }
    }
    expect(statuses.get(404), JSON.stringify([...statuses])).toBeGreaterThan(800);
    // Cache entries are written just after the answer: give the last ones time to land.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const grown = folderBytes(DIST) - before;
    console.log(`not-found: 1,000 junk URLs grew the build folder by ${grown} bytes`);
    expect(grown, `the build folder grew by ${grown} bytes`).toBeLessThan(1_000_000);

    // The real pages are still served from the cache, and a real ?replytocom= still works.
    for (const url of [articlePath(), categoryPath()]) {
      await request.get(url);
      expect((await request.get(url)).headers()["x-nextjs-cache"], url).toBe("HIT");
    }
    const approved = (await sql.one<{ id: number }>(
      `SELECT id FROM "Comment" WHERE "articleId" = ? AND status = 'APPROVED' ORDER BY id LIMIT 1`,
      article.id,
    ))!;
    expect((await request.get(`${articlePath()}?replytocom=${approved.id}`)).status()).toBe(200);
  });
});
