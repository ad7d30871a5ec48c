import { type Page, expect, test } from "@playwright/test";
import { ADMIN, expectLeaveWarnings, signIn, sql, unique } from "./support";

// The paper's own pages: written in the dashboard, served at /<slug> in the site's layout,
// linked from the footer, listed in the sitemap.
test("a page written in الصفحات is served at /<slug>, in the footer and the sitemap", async ({ page, request }) => {
  const slug = `من-نحن-${Date.now().toString(36)}`;
  const path = `/${encodeURIComponent(slug)}`;
  await signIn(page, ADMIN);
  await page.goto("/admin");
  await page.getByRole("link", { name: "الصفحات" }).click();
  await expect(page).toHaveTitle("الصفحات — غرفة التحرير — صحيفة");
  await page.getByRole("link", { name: "صفحة جديدة" }).click();

  // A slug the site's own sections use is refused at the field, nothing typed lost.
  await page.getByLabel("عنوان الصفحة").fill("من نحن");
  await page.getByLabel("الرابط المختصر").fill("search");
  const body = page.getByRole("textbox", { name: "المحتوى" });
  await body.click();
  await body.pressSequentially("صحيفة يومية مستقلة تأسست في الدار البيضاء.");
  await page.getByRole("button", { name: "حفظ" }).click();
  await expect(page.getByText("هذا الرابط محجوز لأقسام الموقع. اختر غيره.", { exact: true })).toBeVisible();
  await expect(page.getByLabel("عنوان الصفحة")).toHaveValue("من نحن");

  await page.getByLabel("الرابط المختصر").fill(slug);
  await page.getByRole("button", { name: "حفظ" }).click();
  await expect(page).toHaveURL(/\/admin\/pages\/\d+/);
  const editor = page.url().split("?")[0]!;

  await expect(async () => {
    const res = await request.get(path);
    expect(res.status()).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/<h1[^>]*>من نحن<\/h1>/);
    expect(html).toContain("صحيفة يومية مستقلة تأسست في الدار البيضاء.");
    expect(html).toContain('<html lang="ar" dir="rtl"');
    expect(html).toContain(`<link rel="canonical" href="http://127.0.0.1`);
    // Linked from the footer of every page.
    const home = await (await request.get("/")).text();
    expect(/<footer[^]*<\/footer>/.exec(home)?.[0]).toContain(`href="${path}"`);
  }).toPass({ timeout: 3_000, intervals: [200] });

  // In the sitemap (an index of chunks in the e2e setup: the listings chunk holds the pages).
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const listings = sitemap.includes("<sitemapindex")
    ? await (await request.get("/sitemaps/listings.xml")).text()
    : sitemap;
  expect(listings).toContain(`${path}</loc>`);

  // Only through its own address: /pages/<slug> and unknown one-segment paths are the site's 404.
  expect((await request.get(`/pages/${encodeURIComponent(slug)}`)).status()).toBe(404);
  expect((await request.get(`/no-such-page-${Date.now()}`)).status()).toBe(404);

  // Unpublished: gone from the site and its footer.
  await page.goto(editor);
  await page.getByLabel("منشورة (تظهر في الموقع وتذييله)").uncheck();
  await page.getByRole("button", { name: "حفظ" }).click();
  await expect(page.getByRole("status")).toContainText("تم حفظ الصفحة.");
  await expect(async () => {
    expect((await request.get(path)).status()).toBe(404);
    expect(await (await request.get("/")).text()).not.toContain(`href="${path}"`);
  }).toPass({ timeout: 3_000, intervals: [200] });
});

test("a page's delete sent with an id past the database's integer is refused, never a 5xx", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto("/admin/pages/new");
  await page.getByLabel("عنوان الصفحة").fill(unique("صفحة"));
  await page.getByLabel("الرابط المختصر").fill(`حذف-${Date.now().toString(36)}`);
  const body = page.getByRole("textbox", { name: "المحتوى" });
  await body.click();
  await body.pressSequentially("نص.");
  await page.getByRole("button", { name: "حفظ" }).click();
  await expect(page).toHaveURL(/\/admin\/pages\/\d+/);
  const id = Number(/pages\/(\d+)/.exec(page.url())![1]);
  // The delete form's own request, its id rewritten on the way (the autosave's requests pass as they are).
  const FIELD = /(name="_?\d*_?id"\r\n\r\n)\d+/;
  for (const forged of ["99999999999", "2147483648", "1e3"]) {
    await page.route("**/admin/pages/**", async (route) => {
      const sent = route.request().postDataBuffer()?.toString("latin1") ?? "";
      if (!route.request().headers()["next-action"] || sent.includes("title") || !FIELD.test(sent))
        return route.continue();
      await route.continue({ postData: Buffer.from(sent.replace(FIELD, `$1${forged}`), "latin1") });
    });
    page.once("dialog", (d) => d.accept());
    const [res] = await Promise.all([
      page.waitForResponse((r) => !!r.request().headers()["next-action"] && !!r.request().postData()?.includes(forged)),
      page.getByRole("button", { name: "حذف", exact: true }).click(),
    ]);
    await page.unroute("**/admin/pages/**");
    expect(res.status(), forged).toBeLessThan(500);
    await expect(page.getByRole("alert").filter({ hasText: "غير مسموح لك بهذا الإجراء." })).toBeVisible();
    expect(await sql.one('SELECT id FROM "Page" WHERE id = ?', id), forged).toBeDefined();
  }
});

// The e2e server autosaves every 4 s (AUTOSAVE_INTERVAL_MS in playwright.config.ts); 30 s in production.
test.describe("the page editor loses nothing", () => {
  const AUTOSAVED = "تم الحفظ التلقائي";
  const pageRow = (title: string) =>
    sql.one<{ id: number; slug: string; body: string; published: unknown }>(
      'SELECT id, slug, body, published FROM "Page" WHERE title = ?',
      title,
    );
  const isPublished = (value: unknown) => value === true || Number(value) === 1;
  /** Signed in, a new page with its title typed and its body being typed; the body's editor. */
  async function startNewPage(page: Page, title: string, text: string) {
    await signIn(page, ADMIN);
    await page.goto("/admin/pages/new");
    await page.getByLabel("عنوان الصفحة").fill(title);
    const body = page.getByRole("textbox", { name: "المحتوى" });
    await body.click();
    await body.pressSequentially(text);
    return body;
  }

  test("a new page is autosaved unpublished without a click, survives a reload, and Ctrl+S saves it", async ({
    page,
    request,
  }) => {
    const title = unique("صفحة تحفظ نفسها");
    const body = await startNewPage(page, title, "نص لم يُحفظ بالزر");
    await expect(page.getByText(AUTOSAVED)).toHaveText(/^تم الحفظ التلقائي \d{2}:\d{2}$/, { timeout: 15_000 });
    await expect(page).toHaveURL(/\/admin\/pages\/\d+$/);
    await expect(body).toBeFocused();
    const row = (await pageRow(title))!;
    expect(page.url()).toContain(`/admin/pages/${row.id}`);
    expect(row.body).toContain("نص لم يُحفظ بالزر");
    // Kept unpublished, whatever its box says, until the button: not on the site.
    expect(isPublished(row.published)).toBe(false);
    expect((await request.get(`/${encodeURIComponent(row.slug)}`)).status()).toBe(404);

    await page.reload();
    await expect(page.getByLabel("عنوان الصفحة")).toHaveValue(title);
    await expect(body).toContainText("نص لم يُحفظ بالزر");

    // Shown as stored (unpublished); ticked, then Ctrl+S presses حفظ: published, at its address.
    const published = page.getByLabel("منشورة (تظهر في الموقع وتذييله)");
    await expect(published).not.toBeChecked();
    await body.click();
    await page.keyboard.press("End");
    await body.pressSequentially(" وسطر أخير");
    await published.check();
    await page.keyboard.press("Control+s");
    await expect(page.getByRole("status").filter({ hasText: "تم حفظ الصفحة." })).toBeVisible();
    await expect.poll(async () => isPublished((await pageRow(title))!.published)).toBe(true);
    expect((await pageRow(title))!.body).toContain("وسطر أخير");
    await expect(async () => {
      expect(await (await request.get(`/${encodeURIComponent(row.slug)}`)).text()).toContain("وسطر أخير");
    }).toPass({ timeout: 3_000, intervals: [200] });
  });

  test("leaving with unsaved changes asks first: the sidebar and closing the tab", async ({ page }) => {
    await signIn(page, ADMIN);
    await page.goto("/admin/pages/new");
    // Without a title the page cannot be stored, so these changes stay unsaved however long the test takes.
    await page.getByLabel("الرابط المختصر").fill("صفحة-لم-تحفظ");
    await expectLeaveWarnings(
      page,
      page.getByRole("navigation").getByRole("link", { name: "الصفحات", exact: true }),
      page.getByLabel("الرابط المختصر"),
      "صفحة-لم-تحفظ",
    );
  });

  test("a published page's autosave stays apart until حفظ, and reopening offers it", async ({ page, request }) => {
    const title = unique("صفحة منشورة تعدل");
    const body = await startNewPage(page, title, "النص المنشور");
    await page.getByRole("button", { name: "حفظ" }).click();
    await expect(page).toHaveURL(/\/admin\/pages\/\d+\?saved=1$/);
    const row = (await pageRow(title))!;
    expect(isPublished(row.published)).toBe(true);
    const path = `/${encodeURIComponent(row.slug)}`;

    await body.click();
    await page.keyboard.press("End");
    await body.pressSequentially(" وتعديل لم ينشر");
    await expect(page.getByText(AUTOSAVED)).toContainText("لا يراها القراء", { timeout: 15_000 });
    const copy = async () =>
      (await sql.one<{ values: string }>('SELECT "values" FROM "PageAutosave" WHERE "pageId" = ?', row.id))?.values ??
      "";
    await expect.poll(copy).toContain("وتعديل لم ينشر");
    expect((await pageRow(title))!.body).not.toContain("لم ينشر");
    expect(await (await request.get(path)).text()).not.toContain("لم ينشر");

    await page.goto(`/admin/pages/${row.id}`);
    await expect(body).not.toContainText("لم ينشر");
    await page.getByRole("link", { name: "استعادة النسخة المحفوظة تلقائياً" }).click();
    await expect(body).toContainText("وتعديل لم ينشر");
    await page.getByRole("button", { name: "حفظ" }).click();
    await expect(page.getByRole("status").filter({ hasText: "تم حفظ الصفحة." })).toBeVisible();
    await expect(async () => expect(await (await request.get(path)).text()).toContain("وتعديل لم ينشر")).toPass({
      timeout: 5_000,
    });
    expect(await copy()).toBe("");
  });
});
