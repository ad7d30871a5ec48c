import { type Page, type Request, expect, test } from "@playwright/test";
import { ADMIN, createStaff, fillNewArticle, signIn, sql, unique } from "./support";

async function writeDraft(page: Page, headline: string) {
  await fillNewArticle(page, { headline, body: "نص المسودة.", category: "مجتمع" });
  await page.getByRole("button", { name: "حفظ كمسودة" }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+/);
  return Number(page.url().match(/articles\/(\d+)/)![1]);
}

const statusOf = async (id: number) =>
  (await sql.one<{ status: string }>('SELECT status FROM "Article" WHERE id = ?', id))!.status;

test.describe("newsroom: who may do what", () => {
  test("a contributor cannot publish, not even with a forged request", async ({ page }) => {
    const contributor = await createStaff("CONTRIBUTOR");
    await signIn(page, contributor);
    const id = await writeDraft(page, unique("مسودة مساهم"));
    await expect(page.getByRole("button", { name: "نشر", exact: true })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "إرسال للمراجعة" })).toBeVisible();
    // Forge: turn the submit-for-review button into a publish button.
    await page
      .getByRole("button", { name: "إرسال للمراجعة" })
      .evaluate((b: HTMLButtonElement) => (b.value = "publish"));
    await page.getByRole("button", { name: "إرسال للمراجعة" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "غير مسموح" })).toBeVisible();
    expect(await statusOf(id)).toBe("DRAFT");
    // Submitting for review is theirs to do.
    await page.getByRole("button", { name: "إرسال للمراجعة" }).evaluate((b: HTMLButtonElement) => (b.value = "review"));
    await page.getByRole("button", { name: "إرسال للمراجعة" }).click();
    await expect(async () => expect(await statusOf(id)).toBe("PENDING")).toPass({ timeout: 5_000 });
    // And moderation is not.
    const res = await page.goto("/admin/comments");
    expect(page.url()).not.toContain("/admin/comments");
    expect(res?.status()).toBe(200);
  });

  test("an author cannot open or overwrite another's article", async ({ page, browser }) => {
    const other = await createStaff("AUTHOR");
    const otherPage = await (await browser.newContext()).newPage();
    await signIn(otherPage, other);
    const theirs = await writeDraft(otherPage, unique("مقال كاتب آخر"));

    const author = await createStaff("AUTHOR");
    await signIn(page, author);
    const res = await page.goto(`/admin/articles/${theirs}`);
    expect(res?.status()).toBe(404);
    const mine = await writeDraft(page, unique("مقالي"));
    // Forge: point a new article's form at the other article's id (once an article is saved, the editor
    // sends the id it saved under, whatever the hidden field says).
    await page.goto("/admin/articles/new");
    await page.locator('input[name="id"]').evaluate((el: HTMLInputElement, id) => (el.value = String(id)), theirs);
    await page.getByLabel("العنوان", { exact: true }).fill("محاولة سطو");
    // The autosave sends the forged id first, then the button: the server refuses both.
    await expect(page.getByText("غير مسموح").first()).toBeVisible({ timeout: 15_000 });
    await page.getByRole("button", { name: "حفظ كمسودة" }).click();
    await expect(page.getByText("غير مسموح").first()).toBeVisible();
    const row = (await sql.one<{ headline: string }>('SELECT headline FROM "Article" WHERE id = ?', theirs))!;
    expect(row.headline).not.toBe("محاولة سطو");
    expect(mine).not.toBe(theirs);
  });

  test("a signed-out POST replaying each action is refused", async ({ page, playwright, baseURL }) => {
    await signIn(page, ADMIN);
    const captured: Request[] = [];
    page.on("request", (r) => {
      if (r.method() === "POST" && r.headers()["next-action"]) captured.push(r);
    });
    // Save (editor) and moderate (comments) as the administrator, capturing the action calls.
    const id = await writeDraft(page, unique("مقال للاختبار"));
    const fixture = unique("تعليق للاختبار");
    await sql.run(
      `INSERT INTO "Comment" ("articleId", "authorName", "authorEmail", content, status, "createdAt", "updatedAt") VALUES (1, 'x', 'x@example.org', ?, 'APPROVED', ?, ?)`,
      fixture,
      new Date(),
      new Date(),
    );
    await page.goto("/admin/comments?status=APPROVED");
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && !!r.request().headers()["next-action"]),
      page.locator("tr", { hasText: fixture }).getByRole("button", { name: "رفض" }).click(),
    ]);
    expect(captured.length).toBeGreaterThanOrEqual(2);

    const anonymous = await playwright.request.newContext({ baseURL });
    const countArticles = async () => (await sql.one<{ n: number }>('SELECT COUNT(*) AS n FROM "Article"'))!.n;
    const countApproved = async () =>
      (await sql.one<{ n: number }>(`SELECT COUNT(*) AS n FROM "Comment" WHERE status = 'APPROVED'`))!.n;
    const before = await countArticles();
    const approvedBefore = await countApproved();
    for (const r of captured) {
      const headers = { ...r.headers() };
      delete headers.cookie;
      const res = await anonymous.post(r.url(), { headers, data: r.postDataBuffer() ?? "" });
      expect(res.status()).toBeLessThan(500);
      expect(await res.text()).not.toContain("تم ");
    }
    expect(await countArticles()).toBe(before);
    expect(await countApproved()).toBe(approvedBefore);
    expect(await statusOf(id)).toBe("DRAFT");
    await anonymous.dispose();
  });
});
