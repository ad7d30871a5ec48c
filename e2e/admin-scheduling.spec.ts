import { expect, test } from "@playwright/test";
import { ADMIN, articlePath, fillNewArticle, signIn, siteWallTime, sql, unique } from "./support";

test.describe("newsroom: scheduled publishing", () => {
  // The publish time is entered to the minute, so the test waits for the next
  // minute to be a few seconds away: up to a minute, plus the go-live.
  test.setTimeout(120_000);
  // A browser whose own zone is not the newsroom's: what is typed is still Casablanca time.
  test.use({ timezoneId: "America/New_York" });

  test("an article scheduled a few seconds ahead is not public, then goes live by itself", async ({
    page,
    request,
  }) => {
    await signIn(page, ADMIN);
    const headline = unique("خبر مجدول");
    await fillNewArticle(page, { headline, body: "نص الخبر المجدول.", category: "اقتصاد" });

    // Wait until the next whole minute is 8–9 s away, then schedule for it.
    const untilMinute = () => 60_000 - (Date.now() % 60_000);
    if (untilMinute() < 9_000) await page.waitForTimeout(untilMinute() + 100);
    await page.waitForTimeout(untilMinute() - 9_000);
    const goLive = Date.now() + untilMinute();
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe("America/New_York");
    await expect(page.locator("#publishZone")).toContainText("بتوقيت الدار البيضاء (Africa/Casablanca)");
    // The date and file controls speak Arabic, not the browser's mm/dd/yyyy and "Choose File".
    expect(await page.getByLabel("تاريخ النشر").getAttribute("type")).toBeNull();
    await expect(page.getByText("اختر ملفاً", { exact: true })).toBeVisible();
    const wall = siteWallTime(goLive);
    await page.getByLabel("تاريخ النشر").fill(wall.date);
    await page.getByLabel("ساعة النشر").fill(wall.time);
    await page.getByRole("button", { name: "نشر", exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/articles\/\d+/);
    await expect(page.getByRole("status").filter({ hasText: "تمت الجدولة." })).toBeVisible();
    await expect(page.getByText("الحالة: مجدول")).toBeVisible();
    // Shown back as it was typed, on the newsroom's clock.
    await expect(page.getByLabel("تاريخ النشر")).toHaveValue(wall.date);
    await expect(page.getByLabel("ساعة النشر")).toHaveValue(wall.time);

    const row = (await sql.one<{ slug: string; status: string; publishedAt: string }>(
      'SELECT slug, status, "publishedAt" FROM "Article" WHERE headline = ?',
      headline,
    ))!;
    expect(row.status).toBe("SCHEDULED");
    expect(new Date(row.publishedAt).getTime()).toBe(goLive);

    // Before its time: not public anywhere.
    expect(Date.now()).toBeLessThan(goLive);
    expect((await request.get(articlePath(row.slug))).status()).toBe(404);
    expect(await (await request.get("/")).text()).not.toContain(headline);

    // After its time, with nobody acting: on its page and on the home page.
    await expect(async () => {
      const article = await request.get(articlePath(row.slug));
      expect(article.status()).toBe(200);
      expect(await article.text()).toContain(headline);
      expect(await (await request.get("/")).text()).toContain(headline);
    }).toPass({ timeout: goLive - Date.now() + 30_000, intervals: [500, 1_000] });
    const late = Date.now() - goLive;
    console.log(`scheduled → public: ${late} ms after the publish time`);
    expect(late).toBeGreaterThanOrEqual(0);
    expect(
      (await sql.one<{ status: string }>('SELECT status FROM "Article" WHERE headline = ?', headline))!.status,
    ).toBe("PUBLISHED");
  });
});
