import { expect, test } from "@playwright/test";
import Parser from "rss-parser";
import { SEED, articlePath, categoryPath, sql, unique } from "./support";

const RFC822 = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;

test.describe("feeds, sitemaps, robots and metadata", () => {
  test("RSS 2.0 feeds parse with an independent parser: latest 30, full items, nothing unpublished, no commenter data", async ({
    request,
  }) => {
    // An unpublished article and a commenter's email must never appear.
    const draft = unique("مسودة لا تظهر في الخلاصة");
    const now = new Date();
    await sql.run(
      `INSERT INTO "Article" (slug, headline, body, status, "authorId", "categoryId", "createdAt", "updatedAt", "publishedAt") VALUES (?, ?, '<p>x</p>', 'DRAFT', 1, 1, ?, ?, ?)`,
      `draft-${Date.now()}`,
      draft,
      now,
      now,
      now,
    );

    const parser = new Parser({ customFields: { item: ["author"] } });
    for (const path of ["/feed.xml", `${categoryPath()}/feed.xml`]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      expect(res.headers()["content-type"]).toContain("xml");
      const xml = await res.text();
      expect(xml.includes(draft)).toBe(false);
      expect(xml.includes(SEED.approvedCommenter.email)).toBe(false);
      const feed = await parser.parseString(xml);
      expect(feed.items.length).toBeGreaterThan(0);
      expect(feed.items.length).toBeLessThanOrEqual(30);
      for (const item of feed.items) {
        expect(item.title).toBeTruthy();
        expect(item.link).toMatch(/\/articles\//);
        expect(item.guid).toBeTruthy();
        expect(item.pubDate).toMatch(RFC822);
        expect((item as { author?: string }).author).toBeTruthy();
        expect(item.categories?.length).toBeGreaterThan(0);
        expect(item.contentSnippet ?? item.content).toBeTruthy();
      }
      const dates = feed.items.map((i) => Date.parse(i.pubDate!));
      expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    }
    const national = await parser.parseString(await (await request.get(`${categoryPath()}/feed.xml`)).text());
    expect(new Set(national.items.flatMap((i) => i.categories))).toEqual(new Set([SEED.category]));
    expect((await request.get("/category/no-such-category/feed.xml")).status()).toBe(404);
  });

  test("sitemap lists every published article and listing with lastmod; robots points at it and keeps /admin out", async ({
    request,
    baseURL,
  }) => {
    // With SITEMAP_CHUNK_SIZE=20 (playwright.config.ts) the demo's ~40 articles need an index of chunks.
    const index = await (await request.get("/sitemap.xml")).text();
    expect(index).toContain("<sitemapindex");
    const chunks = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(chunks.length).toBeGreaterThanOrEqual(3);
    let xml = "";
    for (const chunk of chunks) {
      const res = await request.get(chunk.replace(baseURL!, ""));
      expect(res.status(), chunk).toBe(200);
      const part = await res.text();
      expect(part).toContain("<urlset");
      expect([...part.matchAll(/<url>/g)].length).toBeLessThanOrEqual(20 + 50);
      xml += part;
    }
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const published = (await sql.all<{ slug: string }>(`SELECT slug FROM "Article" WHERE status = 'PUBLISHED'`)).map(
      (r) => r.slug,
    );
    for (const slug of published) expect(locs).toContain(`${baseURL}${articlePath(slug)}`);
    expect(locs).toContain(`${baseURL}${categoryPath()}`);
    expect(xml).toContain("<lastmod>");
    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
    expect(robots).toMatch(/Disallow: \/admin/);
    const news = await (await request.get("/news-sitemap.xml")).text();
    expect(news).toContain("http://www.google.com/schemas/sitemap-news/0.9");
    for (const m of news.matchAll(/<news:publication_date>([^<]+)</g)) {
      expect(Date.now() - Date.parse(m[1]!)).toBeLessThanOrEqual(49 * 3600 * 1000);
    }
  });

  test("pages carry Open Graph and Twitter tags; listings have a BreadcrumbList", async ({ page }) => {
    for (const path of ["/", articlePath(), categoryPath()]) {
      await page.goto(path);
      await expect(page.locator('meta[property="og:title"]'), path).toHaveAttribute("content", /\S/);
      await expect(page.locator('meta[name="twitter:card"]'), path).toHaveAttribute("content", /summary/);
      await expect(page.locator('link[rel="canonical"]'), path).toHaveCount(1);
    }
    await page.goto(`${categoryPath()}?page=2`);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(ld["@type"]).toBe("BreadcrumbList");
    expect(ld.itemListElement.map((i: { name: string }) => i.name)).toEqual(["الرئيسية", SEED.category, "الصفحة 2"]);
  });
});
