import { type Page, expect, test } from "@playwright/test";
import { ADMIN, articlePath, fillNewArticle, signIn, sql, unique } from "./support";

async function newDraft(page: Page, headline: string, text: string) {
  await fillNewArticle(page, { headline, body: text, category: "ثقافة" });
  await page.getByRole("button", { name: "حفظ كمسودة" }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+/);
  return Number(page.url().match(/articles\/(\d+)/)![1]);
}

const article = async (id: number) =>
  (await sql.one<{ headline: string; status: string; body: string }>(
    'SELECT headline, status, body FROM "Article" WHERE id = ?',
    id,
  ))!;

async function approvedComment(content: string, name = "قارئ") {
  const now = new Date();
  const row = await sql.one<{ id: number }>(
    `INSERT INTO "Comment" ("articleId", "authorName", "authorEmail", content, status, "createdAt", "updatedAt") VALUES (1, ?, 'reader@example.org', ?, 'PENDING', ?, ?) RETURNING id`,
    name,
    content,
    now,
    now,
  );
  return Number(row!.id);
}

test.describe("newsroom: revisions, trash, moderation tools", () => {
  test("revisions are kept on each edit and an earlier one can be restored", async ({ page }) => {
    await signIn(page, ADMIN);
    const first = unique("العنوان الأول");
    const id = await newDraft(page, first, "النص الأول.");
    const second = `${first} — معدل`;
    await page.getByLabel("العنوان", { exact: true }).fill(second);
    await page.getByRole("button", { name: "حفظ كمسودة" }).click();
    await expect(async () => expect((await article(id)).headline).toBe(second)).toPass({ timeout: 5_000 });
    await page.reload();
    const revisions = page.locator("section", { has: page.getByRole("heading", { name: /المراجعات/ }) });
    await expect(revisions.getByText(first, { exact: true })).toBeVisible();
    await revisions.locator("li", { hasText: first }).getByRole("button", { name: "استعادة" }).click();
    await expect(async () => expect((await article(id)).headline).toBe(first)).toPass({ timeout: 5_000 });
    expect((await article(id)).body).toContain("النص الأول.");
  });

  test("trash first: a trashed article leaves the list, is found under the trash filter and can be restored", async ({
    page,
  }) => {
    await signIn(page, ADMIN);
    const headline = unique("مقال إلى السلة");
    const id = await newDraft(page, headline, "نص.");
    await page.getByRole("button", { name: "نقل إلى سلة المهملات" }).click();
    await expect(page.getByRole("status").filter({ hasText: "سلة المهملات" })).toBeVisible();
    expect((await article(id)).status).toBe("TRASH");
    await page.goto(`/admin/articles?q=${encodeURIComponent(headline)}`);
    await expect(page.getByText(headline)).toHaveCount(0);
    await page.goto(`/admin/articles?status=TRASH&q=${encodeURIComponent(headline)}`);
    await page.getByRole("link", { name: headline }).click();
    await page.getByRole("button", { name: "استعادة" }).first().click();
    await expect(async () => expect((await article(id)).status).toBe("DRAFT")).toPass({ timeout: 5_000 });
  });

  test("bulk approve, reply as staff and edit a comment; staff replies go public at once", async ({
    page,
    request,
  }) => {
    const a = await approvedComment(unique("تعليق جماعي أ"));
    const b = await approvedComment(unique("تعليق جماعي ب"));
    await signIn(page, ADMIN);
    await page.goto("/admin/comments");
    for (const id of [a, b]) await page.locator(`input[name="ids"][value="${id}"]`).check();
    await page.getByLabel("تطبيق على المحدد").selectOption("approve");
    await page.getByRole("button", { name: "تطبيق على المحدد" }).click();
    const status = async (id: number) =>
      (await sql.one<{ status: string }>('SELECT status FROM "Comment" WHERE id = ?', id))!.status;
    await expect(async () => expect([await status(a), await status(b)]).toEqual(["APPROVED", "APPROVED"])).toPass({
      timeout: 5_000,
    });

    await page.goto("/admin/comments?status=APPROVED");
    const row = page.locator("tr", { has: page.locator(`input[value="${a}"]`) });
    await row.locator("summary", { hasText: "رد" }).click();
    const reply = unique("رد من هيئة التحرير");
    await row.getByRole("textbox", { name: "رد" }).fill(reply);
    await row.getByRole("button", { name: "إرسال التعليق" }).click();
    await expect(async () => {
      const html = await (await request.get(articlePath())).text();
      expect(html.includes(reply)).toBe(true);
    }).toPass({ timeout: 3_000 });

    await page.goto("/admin/comments?status=APPROVED");
    const editRow = page.locator("tr", { has: page.locator(`input[value="${b}"]`) });
    await editRow.locator("summary", { hasText: "تحرير" }).click();
    const edited = unique("نص بعد التحرير");
    await editRow.getByLabel("التعليق").fill(edited);
    await editRow.getByRole("button", { name: "تحديث" }).click();
    await expect(async () => {
      expect((await sql.one<{ content: string }>('SELECT content FROM "Comment" WHERE id = ?', b))!.content).toBe(
        edited,
      );
      expect((await (await request.get(articlePath())).text()).includes(edited)).toBe(true);
    }).toPass({ timeout: 3_000 });
  });

  test("a refused save shows the error at its field and keeps everything typed, the category included", async ({
    page,
  }) => {
    await signIn(page, ADMIN);
    await page.goto("/admin/articles/new");
    const headline = unique("مقال بلا نص");
    await page.getByLabel("العنوان", { exact: true }).fill(headline);
    await page.getByLabel("المقتطف").fill("مقتطف محفوظ");
    await page.getByLabel("التصنيف").selectOption({ label: "اقتصاد" });
    await page.getByRole("button", { name: "نشر", exact: true }).click();
    await expect(page.locator("#body-error")).toHaveText("المحتوى مطلوب.");
    await expect(page.getByLabel("العنوان", { exact: true })).toHaveValue(headline);
    await expect(page.getByLabel("المقتطف")).toHaveValue("مقتطف محفوظ");
    await expect(page.getByLabel("التصنيف").locator("option:checked")).toHaveText("اقتصاد");
    expect(await sql.one('SELECT COUNT(*) AS n FROM "Article" WHERE headline = ?', headline)).toEqual({ n: 0 });
  });
});
