import { expect, test } from "@playwright/test";
import { ADMIN, signIn } from "./support";

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
  await expect(page.getByText("هذا الرابط محجوز لأقسام الموقع. اختر غيره.")).toBeVisible();
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
