import { expect, test } from "@playwright/test";
import { ADMIN, articlePath, categoryPath, readerContext, signIn, sql, unique } from "./support";

test.describe("newsroom: sign-in", () => {
  test("signed-out visitors to /admin are sent to the sign-in page; wrong credentials get a generic error", async ({
    page,
  }) => {
    for (const path of ["/admin", "/admin/articles", "/admin/comments"]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/login/);
    }
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await page.getByLabel("البريد الإلكتروني").fill(ADMIN.email);
    await page.getByLabel("كلمة المرور").fill("wrong-password");
    await page.getByRole("button", { name: "تسجيل الدخول" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "غير صحيحة" })).toHaveText(
      "البريد الإلكتروني أو كلمة المرور غير صحيحة.",
    );
    await expect(page).toHaveURL(/\/login/);
  });

  test("a forged x-middleware-subrequest header gets nothing", async ({ request }) => {
    const res = await request.get("/admin/articles", {
      headers: {
        "x-middleware-subrequest":
          "proxy:proxy:proxy:proxy:proxy:middleware:middleware:middleware:middleware:middleware",
      },
      maxRedirects: 0,
    });
    expect([302, 303, 307, 308]).toContain(res.status());
    expect(res.headers()["location"]).toContain("/login");
    expect(await res.text()).not.toContain("المقالات");
  });
});

test.describe("newsroom: writing and publishing", () => {
  test("write, publish, see it public within seconds, edit, unpublish → 404", async ({ page, request }) => {
    await signIn(page, ADMIN);
    await page.getByRole("link", { name: "مقال جديد" }).first().click();
    const headline = unique("خبر عاجل من غرفة التحرير");
    await page.getByLabel("العنوان", { exact: true }).fill(headline);
    await page.getByLabel("العنوان التمهيدي").fill("تمهيد الخبر");
    await page.getByLabel("المقتطف").fill("مقتطف قصير عن الخبر.");
    const body = page.getByRole("textbox", { name: "المحتوى" });
    await body.click();
    await body.pressSequentially("فقرة أولى من نص الخبر.");
    await page.getByLabel("التصنيف").selectOption({ label: "رياضة" });
    await page.getByLabel("الوسوم").fill("اختبار، عاجل");
    await page.getByRole("button", { name: "نشر", exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/articles\/\d+/);
    await expect(page.getByRole("status").filter({ hasText: "تم النشر." })).toBeVisible();

    const row = (await sql.one<{ id: number; slug: string; status: string; body: string }>(
      'SELECT id, slug, status, body FROM "Article" WHERE headline = ?',
      headline,
    ))!;
    expect(row.status).toBe("PUBLISHED");
    expect(row.body).toContain("<p>فقرة أولى من نص الخبر.</p>");

    // Public within 2 seconds: article, home, category listing, feed.
    const started = Date.now();
    await expect(async () => {
      expect((await request.get(articlePath(row.slug))).status()).toBe(200);
      expect((await (await request.get("/")).text()).includes(headline)).toBe(true);
      expect((await (await request.get(categoryPath("رياضة"))).text()).includes(headline)).toBe(true);
      expect((await (await request.get("/feed.xml")).text()).includes(headline)).toBe(true);
      // Newest first: a new article is in the first sitemap chunk.
      expect((await (await request.get("/sitemaps/0.xml")).text()).includes(articlePath(row.slug))).toBe(true);
    }).toPass({ timeout: 2_000, intervals: [100, 200, 300] });
    console.log(`publish → public: ${Date.now() - started} ms`);

    // Edit the headline: the public page follows.
    const edited = `${headline} (محدث)`;
    await page.getByLabel("العنوان", { exact: true }).fill(edited);
    await page.getByRole("button", { name: "تحديث" }).click();
    await expect(page.getByRole("status").filter({ hasText: "تم التحديث." })).toBeVisible();
    await expect(async () => {
      expect((await (await request.get(articlePath(row.slug))).text()).includes(edited)).toBe(true);
    }).toPass({ timeout: 2_000, intervals: [100, 200, 300] });

    // A revision of the first text was kept.
    await page.reload();
    await expect(page.getByRole("heading", { name: /المراجعات/ })).toBeVisible();

    // Unpublish: the article is gone (404) and off the home page.
    await page.getByRole("button", { name: "إلغاء النشر" }).click();
    await expect(page.getByRole("status").filter({ hasText: "أُلغي نشر" })).toBeVisible();
    await expect(async () => {
      expect((await request.get(articlePath(row.slug))).status()).toBe(404);
      expect((await (await request.get("/")).text()).includes(headline)).toBe(false);
      expect((await (await request.get("/feed.xml")).text()).includes(headline)).toBe(false);
      expect((await (await request.get("/sitemaps/0.xml")).text()).includes(articlePath(row.slug))).toBe(false);
    }).toPass({ timeout: 2_000, intervals: [100, 200, 300] });

    // Staff can still preview the unpublished article; the public cannot.
    await page.goto(`/admin/articles/${row.id}/preview`);
    await expect(page.locator("h1")).toHaveText(edited);
    const anonymous = await request.get(`/admin/articles/${row.id}/preview`, { maxRedirects: 0 });
    expect(anonymous.status()).toBeGreaterThanOrEqual(300);
    expect(await anonymous.text()).not.toContain(edited);
  });

  test("the article list filters by status, category and text", async ({ page }) => {
    await signIn(page, ADMIN);
    await page.goto("/admin/articles");
    // The filter's section (the bulk actions have a category select of their own).
    await page.locator('select[name="category"]').selectOption({ label: "ثقافة" });
    await page.getByRole("button", { name: "تصفية" }).click();
    await expect(page).toHaveURL(/category=\d+/);
    await expect(page.locator("tbody tr").first()).toBeVisible();
    const categories = await page.locator('tbody tr td[data-label="التصنيف"]').allTextContents();
    expect(categories.length).toBeGreaterThan(0);
    expect(new Set(categories)).toEqual(new Set(["ثقافة"]));
    await page.goto("/admin/articles?q=" + encodeURIComponent("بومبيو"));
    await expect(page.locator("tbody tr")).toHaveCount(1);
  });
});

test.describe("newsroom: moderation", () => {
  test("a reader's comment waits, staff approve it, and it appears on the article", async ({
    browser,
    page,
    request,
  }) => {
    const reader = await readerContext(browser);
    const readerPage = await reader.newPage();
    await readerPage.goto(articlePath());
    const content = unique("تعليق للمراجعة");
    const email = `moderate.${Date.now()}@example.org`;
    await readerPage.getByLabel("التعليق *").fill(content);
    await readerPage.getByLabel("الاسم *").fill("قارئة");
    await readerPage.getByLabel("البريد الإلكتروني *").fill(email);
    await readerPage.getByRole("button", { name: "إرسال التعليق" }).click();
    await expect(readerPage.getByText("تعليقك في انتظار المراجعة.")).toBeVisible();
    await reader.close();

    await signIn(page, ADMIN);
    await page.goto("/admin/comments");
    await expect(page.getByRole("link", { name: /قيد الانتظار \(\d+\)/ })).toBeVisible();
    const row = page.locator("tr", { hasText: content });
    await expect(row).toContainText(email); // staff see the email
    await row.getByRole("button", { name: "موافقة" }).click();
    await expect(page.locator("tr", { hasText: content })).toHaveCount(0);

    await expect(async () => {
      const html = await (await request.get(articlePath())).text();
      expect(html.includes(content)).toBe(true);
      expect(html.includes(email)).toBe(false);
    }).toPass({ timeout: 2_000, intervals: [100, 200, 300] });

    await page.goto("/admin/comments?status=APPROVED");
    await page.locator("tr", { hasText: content }).getByRole("button", { name: "مزعج" }).click();
    await expect(async () => {
      expect((await (await request.get(articlePath())).text()).includes(content)).toBe(false);
    }).toPass({ timeout: 2_000, intervals: [100, 200, 300] });
  });
});
