import { expect, test } from "@playwright/test";
import { SEED, articlePath, cachedResponse, categoryPath } from "./support";

test.describe("public pages", () => {
  test("home: RTL Arabic, masthead, navigation, lead and category blocks, self-hosted font", async ({ page }) => {
    const outside: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith("http://127.0.0.1")) outside.push(r.url());
    });
    const res = await page.goto("/");
    expect(res?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("link", { name: "صحيفة" }).first()).toBeVisible();
    const nav = page.getByRole("navigation", { name: "التصنيفات" });
    await expect(nav.getByRole("link", { name: "وطنية" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "آخر الأخبار" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "رياضة" })).toBeVisible();
    expect(await page.title()).toContain("صحيفة");
    // The Arabic font is loaded from this site, and nothing is fetched from anywhere else.
    await page.evaluate(() => document.fonts.ready);
    const fontFamilies = await page.evaluate(() =>
      [...document.fonts].filter((f) => f.status === "loaded").map((f) => f.family),
    );
    expect(fontFamilies.length).toBeGreaterThan(0);
    expect(outside).toEqual([]);
    // Headlines in the Arabic file, the Latin digits of dates in the Latin one: both Noto Naskh, never a system font.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const { root } = await cdp.send("DOM.getDocument");
    for (const selector of ["h3 a", "time"]) {
      const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
      const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
      expect(fonts, selector).toEqual([
        expect.objectContaining({ familyName: "Noto Naskh Arabic", isCustomFont: true }),
      ]);
    }
  });

  test("article: the layout from category link to comments", async ({ page }) => {
    const res = await page.goto(articlePath());
    expect(res?.status()).toBe(200);
    const article = page.locator("main article").first();
    await expect(page.locator("h1")).toHaveCount(1);
    await expect(page.locator("h1")).toHaveText(SEED.headline);
    await expect(article.getByRole("link", { name: SEED.category }).first()).toHaveAttribute("href", categoryPath());
    await expect(article.getByText(SEED.kicker)).toBeVisible();

    const authorLine = article.locator("p", { hasText: "الكاتب : " });
    await expect(authorLine).toHaveText(`الكاتب : ${SEED.author}`);
    await expect(authorLine.getByRole("link", { name: SEED.author })).toHaveAttribute(
      "href",
      `/author/${encodeURIComponent("يوسف-هناني")}`,
    );

    const dateLine = article.locator("p", { hasText: "بتاريخ : " });
    expect(await dateLine.textContent()).toBe(`بتاريخ : ${SEED.date}`); // exact: no invisible marks
    await expect(dateLine.locator("time")).toHaveAttribute("datetime", "2019-12-07T09:00:00.000Z");

    await expect(article.getByText(/^كشفت المتحدثة الرسمية باسم وزارة الخارجية الأمريكية/)).toBeVisible();
    await expect(article.getByText(/^كما ناقش الطرفان أيضا التهديد الذي تشكله إيران/)).toBeVisible();

    const related = page.locator("section", { has: page.getByRole("heading", { name: "أخبار مرتبطة" }) });
    for (const headline of SEED.related) await expect(related.getByRole("link", { name: headline })).toBeVisible();
    expect(await related.locator("li").count()).toBeGreaterThanOrEqual(3);
    await expect(related.locator("li p").first()).not.toBeEmpty();

    // Order: headline, author line, body, related, comments, form.
    const y = async (selector: string) => (await page.locator(selector).first().boundingBox())!.y;
    const order = [
      await y("h1"),
      await y("text=الكاتب : "),
      await y(".prose-ar"),
      await y("#related-title"),
      await y("#comments-title"),
      await y("#respond"),
    ];
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  test("article: metadata, canonical, Open Graph and NewsArticle JSON-LD", async ({ page }) => {
    await page.goto(articlePath());
    expect(await page.title()).toContain(SEED.headline);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /\S/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${articlePath()}$`));
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", SEED.headline);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(ld["@type"]).toBe("NewsArticle");
    expect(ld.headline).toBe(SEED.headline);
    expect(ld.inLanguage).toBe("ar");
    expect(ld.datePublished).toBe("2019-12-07T09:00:00.000Z");
  });

  test("Arabic slugs resolve raw and percent-encoded (either case)", async ({ page, request }) => {
    // The browser is given the raw Arabic URL, as a reader types or pastes it.
    const res = await page.goto(`/articles/${SEED.slug}`);
    expect(res?.status()).toBe(200);
    await expect(page.locator("h1")).toHaveText(SEED.headline);
    expect((await request.get(articlePath())).status()).toBe(200);
    expect((await request.get(articlePath().toLowerCase())).status()).toBe(200);
  });

  test("listings paginate with ?page=N; past the end or a bad value is a 404", async ({ page, request }) => {
    await page.goto(categoryPath());
    await expect(page.locator("h1")).toContainText(SEED.category);
    const firstPage = await page.locator("main h3 a").allTextContents();
    expect(firstPage).toHaveLength(10);
    await page.getByRole("navigation", { name: "التنقل بين الصفحات" }).getByRole("link", { name: "الأقدم" }).click();
    await expect(page).toHaveURL(/\?page=2$/);
    const secondPage = await page.locator("main h3 a").allTextContents();
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.filter((h) => firstPage.includes(h))).toEqual([]);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\?page=2$/);

    for (const bad of ["99", "0", "-1", "abc", "1.5", "%00", "1%2F2", ""]) {
      const res = await request.get(`${categoryPath()}?page=${bad}`);
      expect(res.status(), `page=${bad}`).toBe(404);
    }
    expect((await request.get(`/author/${encodeURIComponent("يوسف-هناني")}`)).status()).toBe(200);
    expect((await request.get(`/author/${encodeURIComponent("يوسف-هناني")}?page=99`)).status()).toBe(404);
    expect((await request.get(`/tag/${encodeURIComponent("الأمن")}`)).status()).toBe(200);
    expect((await request.get("/category/no-such-category")).status()).toBe(404);
  });

  test("unknown paths and slugs get the Arabic not-found page with status 404", async ({ page }) => {
    for (const path of ["/no-such-page", "/articles/no-such-article", "/articles/%E0%A4%A", "/category/%FF"]) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(404);
      await expect(page.locator("h1")).toHaveText("الصفحة غير موجودة");
      await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    }
  });

  test("article, home and listings are served from the cache, not rendered per request", async ({ request }) => {
    for (const path of ["/", articlePath(), categoryPath(), `${categoryPath()}?page=2`])
      await cachedResponse(request, path);
  });

  test("reader pages are plain HTML without the framework runtime; the article runs only comments.js; the newsroom keeps React", async ({
    request,
  }) => {
    for (const path of ["/", articlePath(), categoryPath(), "/search?q=أمن", "/no-such-page"]) {
      const res = await request.get(path, { headers: { "accept-encoding": "gzip" } });
      const html = await res.text();
      expect(html, path).toContain("</html>");
      expect(html, path).not.toMatch(/<script[^>]+src="\/_next\//);
      expect(html, path).not.toContain("self.__next_f");
      expect(html, path).not.toMatch(/<link[^>]+as="script"/);
      // The stylesheet is in the page (scripts/serve.mjs's HTML pass): no render-blocking request.
      expect(html, path).not.toMatch(/<link[^>]+rel="stylesheet"/);
      expect(html, path).toMatch(/<style[^>]*>[^<]*\.below-fold\{/);
      // Compressed by scripts/serve.mjs after the change.
      expect(res.headers()["content-encoding"], path).toBe("gzip");
    }
    const article = await (await request.get(articlePath())).text();
    const scripts = [...article.matchAll(/<script\b([^>]*)>/g)]
      .map((m) => m[1] ?? "")
      .filter((a) => !a.includes("application/ld+json"));
    expect(scripts).toEqual([expect.stringMatching(/^ src="\/comments\.js\?v=[\w-]+" defer=""$/)]);
    const script = await request.get(/src="([^"]+)"/.exec(scripts[0]!)![1]!);
    expect(script.headers()["cache-control"]).toContain("immutable");
    expect(script.headers()["content-type"]).toContain("javascript");
    expect(await request.get("/login").then((r) => r.text())).toMatch(/<script[^>]+src="\/_next\//);
  });

  test("on a phone the home page's category blocks wait to be laid out until they are scrolled near", async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto("/");
    const last = page.locator("section.below-fold").last();
    const skipped = () =>
      last.evaluate((el) => !el.querySelector("h3")!.checkVisibility({ contentVisibilityAuto: true }));
    expect(await page.locator("section.below-fold").count()).toBeGreaterThan(1);
    expect(await skipped()).toBe(true);
    await last.scrollIntoViewIfNeeded();
    await expect.poll(skipped).toBe(false);
    // With its cards' pictures a block is taller than a phone's screen: the block, not its first card, is in view.
    await expect(last).toBeInViewport();
    await context.close();
  });

  test("readable on a 375 px phone: no sideways scrolling, logical properties mirror", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    for (const path of ["/", articlePath(), categoryPath()]) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    // A nested reply is indented on the right (inline-start in RTL) without any hand-mirrored CSS.
    await page.goto(articlePath());
    const nested = page.locator("#comments-title ~ ol ol").first();
    const style = await nested.evaluate((el) => ({
      right: getComputedStyle(el).paddingRight,
      left: getComputedStyle(el).paddingLeft,
    }));
    expect(style.right).not.toBe("0px");
    expect(style.left).toBe("0px");
    const fontSize = await page
      .locator(".prose-ar p")
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(18);
    await context.close();
  });
});
