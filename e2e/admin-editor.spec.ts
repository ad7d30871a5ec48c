import { type Page, expect, test } from "@playwright/test";
import { ADMIN, articlePath, createStaff, expectLeaveWarnings, fillNewArticle, signIn, sql, unique } from "./support";

// The e2e server autosaves every 4 s (AUTOSAVE_INTERVAL_MS in playwright.config.ts); 30 s in production.
const AUTOSAVED = "تم الحفظ التلقائي";

const articleByHeadline = (headline: string) =>
  sql.all<{ id: number; slug: string; status: string; body: string }>(
    'SELECT id, slug, status, body FROM "Article" WHERE headline = ?',
    headline,
  );

async function publishNew(page: Page, headline: string, body: string) {
  await fillNewArticle(page, { headline, body, category: "ثقافة" });
  await page.getByRole("button", { name: "نشر", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "تم النشر." })).toBeVisible();
  return (await articleByHeadline(headline))[0]!;
}

test.describe("newsroom: nothing typed is lost", () => {
  test("a new article is autosaved as a draft while typing, without a click; the address changes and the cursor stays", async ({
    page,
  }) => {
    await signIn(page, ADMIN);
    await page.goto("/admin/articles/new");
    const headline = unique("مسودة تحفظ نفسها");
    await page.getByLabel("العنوان", { exact: true }).fill(headline);
    const body = page.getByRole("textbox", { name: "المحتوى" });
    await body.click();
    await body.pressSequentially("الفقرة الأولى");
    await expect(page.getByText(AUTOSAVED)).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText(AUTOSAVED)).toHaveText(/تم الحفظ التلقائي \d{2}:\d{2}/);
    await expect(page).toHaveURL(/\/admin\/articles\/\d+$/);
    await expect(body).toBeFocused();
    let rows = await articleByHeadline(headline);
    expect(rows.length).toBe(1);
    expect(rows[0]!.status).toBe("DRAFT");
    expect(page.url()).toContain(`/admin/articles/${rows[0]!.id}`);

    // Typing on saves again into the same draft; the button then saves that draft too, not a second one.
    await body.pressSequentially(" والثانية");
    await expect
      .poll(async () => (await articleByHeadline(headline))[0]!.body, { timeout: 15_000 })
      .toContain("والثانية");
    await page.getByRole("button", { name: "حفظ كمسودة" }).click();
    await expect(page.getByRole("status").filter({ hasText: "تم الحفظ." })).toBeVisible();
    rows = await articleByHeadline(headline);
    expect(rows.length).toBe(1);
  });

  test("leaving with unsaved changes asks first: sidebar links and closing the tab", async ({ page }) => {
    await signIn(page, ADMIN);
    await page.goto("/admin/articles/new");
    // Without a headline the draft cannot be stored, so these changes stay unsaved however long the test takes.
    await page.getByLabel("المقتطف").fill("مقتطف لم يُحفظ بعد");

    const sidebarLink = page.getByRole("navigation").getByRole("link", { name: "المقالات", exact: true });
    await expectLeaveWarnings(page, sidebarLink, page.getByLabel("المقتطف"), "مقتطف لم يُحفظ بعد");

    // Accepting leaves.
    page.once("dialog", (d) => void d.accept());
    await sidebarLink.click();
    await expect(page).toHaveURL(/\/admin\/articles$/);
  });

  test("Ctrl+S saves; two revisions are compared with the changes marked", async ({ page }) => {
    await signIn(page, ADMIN);
    const headline = unique("خبر يحفظ بلوحة المفاتيح");
    await fillNewArticle(page, { headline, body: "قال الوزير إن الحكومة ستعمل", category: "اقتصاد" });
    await page.keyboard.press("Control+s");
    await expect(page.getByRole("status").filter({ hasText: "تم الحفظ." })).toBeVisible();
    await expect(page).toHaveURL(/\/admin\/articles\/\d+\?saved=saved$/);
    const id = (await articleByHeadline(headline))[0]!.id;

    const body = page.getByRole("textbox", { name: "المحتوى" });
    // One quick edit, saved at once (an autosave in between would leave no revision of the old text).
    await body.fill("قال الوزير اليوم إن الحكومة لن تعمل");
    await page.keyboard.press("Control+s");
    await expect.poll(async () => (await articleByHeadline(headline))[0]!.body).toContain("لن تعمل");

    await page.goto(`/admin/articles/${id}`);
    await page.getByRole("link", { name: "مقارنة" }).first().click();
    await expect(page).toHaveURL(new RegExp(`/admin/articles/${id}/compare\\?from=\\d+&to=current`));
    await expect(page.locator("ins").filter({ hasText: "اليوم" })).toBeVisible();
    await expect(page.locator("ins").filter({ hasText: "لن تعمل" })).toBeVisible();
    await expect(page.locator("del")).toHaveText(["ستعمل"]);
  });

  test("a published article's autosave stays apart until تحديث, and reopening offers it", async ({ page, request }) => {
    await signIn(page, ADMIN);
    const headline = unique("خبر منشور يعدل");
    const row = await publishNew(page, headline, "النص المنشور");

    const body = page.getByRole("textbox", { name: "المحتوى" });
    await body.click();
    await page.keyboard.press("End");
    await body.pressSequentially(" وتعديل لم ينشر");
    await expect(page.getByText(AUTOSAVED)).toBeVisible({ timeout: 15_000 });
    await expect
      .poll(
        async () =>
          (await sql.one<{ values: string }>('SELECT "values" FROM "ArticleAutosave" WHERE "articleId" = ?', row.id))
            ?.values ?? "",
        { timeout: 15_000 },
      )
      .toContain("وتعديل لم ينشر");
    // Readers still see the published text.
    expect((await articleByHeadline(headline))[0]!.body).not.toContain("لم ينشر");
    expect(await (await request.get(articlePath(row.slug))).text()).not.toContain("لم ينشر");

    await page.goto(`/admin/articles/${row.id}`);
    await expect(page.getByRole("textbox", { name: "المحتوى" })).not.toContainText("لم ينشر");
    await page.getByRole("link", { name: "استعادة النسخة المحفوظة تلقائياً" }).click();
    await expect(page.getByRole("textbox", { name: "المحتوى" })).toContainText("وتعديل لم ينشر");
    await page.getByRole("button", { name: "تحديث" }).click();
    const done = page.getByRole("status").filter({ hasText: "تم التحديث." });
    await expect(done).toBeVisible();
    await expect(done.getByRole("link", { name: "عرض" })).toHaveAttribute("href", articlePath(row.slug));
    await expect(async () =>
      expect(await (await request.get(articlePath(row.slug))).text()).toContain("وتعديل لم ينشر"),
    ).toPass({ timeout: 5_000 });
    // Published: nothing more to restore.
    await page.goto(`/admin/articles/${row.id}`);
    await expect(page.getByRole("link", { name: "استعادة النسخة المحفوظة تلقائياً" })).toHaveCount(0);
  });

  test("two staff on one article: the second is told who is editing", async ({ page, browser }) => {
    await signIn(page, ADMIN);
    const headline = unique("خبر يفتحه اثنان");
    await fillNewArticle(page, { headline, body: "نص", category: "وطنية" });
    await page.getByRole("button", { name: "حفظ كمسودة" }).click();
    await expect(page.getByRole("status").filter({ hasText: "تم الحفظ." })).toBeVisible();
    const id = (await articleByHeadline(headline))[0]!.id;
    const adminName = (await sql.one<{ name: string }>('SELECT name FROM "User" WHERE email = ?', ADMIN.email))!.name;
    await expect(page.getByRole("alert").filter({ hasText: "يحرّر هذا المقال الآن" })).toHaveCount(0);

    const editor = await createStaff("EDITOR");
    const other = await browser.newContext();
    const second = await other.newPage();
    await signIn(second, editor);
    await second.goto(`/admin/articles/${id}`);
    const lock = second.getByRole("alert").filter({ hasText: "يحرّر هذا المقال الآن" });
    await expect(lock).toBeVisible();
    await expect(lock.locator("bdi")).toHaveText(adminName);

    // Taking over moves the lock: the first editor's next heartbeat names the second.
    await lock.getByRole("button", { name: "تولّي التحرير" }).click();
    await expect(lock).toHaveCount(0);
    const holder = await sql.one<{ userId: number }>('SELECT "userId" FROM "ArticleLock" WHERE "articleId" = ?', id);
    expect(Number(holder!.userId)).toBe(editor.userId);
    await other.close();
  });
});

test.describe("newsroom: editor details", () => {
  test("link dialog in the page, own-site links plain, word count, SEO fields, preview in the site layout", async ({
    page,
    request,
  }) => {
    await signIn(page, ADMIN);
    const headline = unique("خبر بروابط");
    await fillNewArticle(page, { headline, body: "اقرأ ", category: "ثقافة" });
    await expect(page.getByText("كلمة واحدة", { exact: true })).toBeVisible();

    const body = page.getByRole("textbox", { name: "المحتوى" });
    await page.getByRole("button", { name: "رابط" }).click();
    const dialog = page.getByRole("dialog", { name: "إدراج رابط" });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel("عنوان الرابط").fill("javascript:alert(1)");
    await dialog.getByLabel("عنوان الرابط").press("Enter");
    await expect(dialog.getByText("عنوان غير صالح")).toBeVisible();
    await dialog.getByLabel("عنوان الرابط").fill("example.com/تقرير");
    await dialog.getByLabel("عنوان الرابط").press("Enter");
    await expect(dialog).toBeHidden();
    await body.press("End");
    await body.pressSequentially(" و ");
    await page.getByRole("button", { name: "رابط" }).click();
    await dialog.getByLabel("عنوان الرابط").fill("/category/ثقافة");
    await dialog.getByRole("button", { name: "إدراج" }).click();
    await expect(body.locator('a[href="https://example.com/تقرير"]')).toHaveText("https://example.com/تقرير");
    await expect(page.getByText(/^\d+ كلمات$/)).toBeVisible();

    await page.getByLabel("عنوان محركات البحث").fill(`عنوان للبحث ${headline}`);
    await page.getByLabel("وصف محركات البحث").fill("وصف مكتوب لمحركات البحث");
    await page.getByRole("button", { name: "حفظ كمسودة" }).click();
    await expect(page.getByRole("status").filter({ hasText: "تم الحفظ." })).toBeVisible();
    const row = (await articleByHeadline(headline))[0]!;

    // The preview wears the public site's header and footer, not the dashboard's sidebar.
    await page.goto(`/admin/articles/${row.id}/preview`);
    await expect(page.locator("h1")).toHaveText(headline);
    await expect(page.getByRole("contentinfo")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "غرفة التحرير" })).toHaveCount(0);

    await page.goto(`/admin/articles/${row.id}`);
    await page.getByRole("button", { name: "نشر", exact: true }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "تم النشر." }).getByRole("link", { name: "عرض" }),
    ).toBeVisible();
    const html = await (await request.get(articlePath(row.slug))).text();
    const external = html.match(/<a [^>]*href="https:\/\/example.com\/[^"]*"[^>]*>/)?.[0] ?? "";
    expect(external).toContain('rel="nofollow noopener noreferrer"');
    expect(external).toContain('target="_blank"');
    expect(html).toContain(`<a href="/category/${"ثقافة"}">`);
    expect(html).toContain(`<title>عنوان للبحث ${headline}`);
    expect(html).toContain('<meta name="description" content="وصف مكتوب لمحركات البحث"');
    expect(html).toContain('<meta property="og:title" content="عنوان للبحث');
  });
});
