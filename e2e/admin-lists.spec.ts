import { type Page, expect, test } from "@playwright/test";
import { ADMIN, signIn, signedInPage, sql, unique } from "./support";

// The newsroom's lists: bulk actions, folded search, date order, titles, dashboard, moderation, phone.
test.describe.configure({ mode: "serial" });

let admin: Page;
test.beforeAll(async ({ browser }) => {
  admin = await signedInPage(browser);
});
test.afterAll(async () => {
  await admin.context().close();
});

/** Articles written straight into the database (the list is what is tested here, not the editor). */
async function insertArticles(headlines: string[], status = "DRAFT", category = "وطنية") {
  const cat = (await sql.one<{ id: number }>('SELECT id FROM "Category" WHERE name = ?', category))!;
  const author = (await sql.one<{ id: number }>('SELECT id FROM "Author" ORDER BY id LIMIT 1'))!;
  const ids: number[] = [];
  for (const [i, headline] of headlines.entries()) {
    // Scheduled ones an hour ahead (the scheduler would publish them otherwise), the rest a minute apart.
    const when = new Date(Date.now() + (status === "SCHEDULED" ? 3600_000 : -i * 60_000));
    const row = await sql.one<{ id: number }>(
      `INSERT INTO "Article" (slug, headline, body, status, "publishedAt", "createdAt", "updatedAt", "authorId", "categoryId") VALUES (?, ?, '<p>نص</p>', ?, ?, ?, ?, ?, ?) RETURNING id`,
      `list-${Date.now().toString(36)}-${i}-${Math.random().toString(36).slice(2, 6)}`,
      headline,
      status,
      status === "DRAFT" ? null : when,
      when,
      when,
      author.id,
      cat.id,
    );
    ids.push(Number(row!.id));
  }
  return ids;
}

test("articles: bulk trash, restore and category change on the checked rows only", async () => {
  const tag = unique("دفعة");
  const ids = await insertArticles([`${tag} أ`, `${tag} ب`, `${tag} ج`]);
  await admin.goto(`/admin/articles?q=${encodeURIComponent(tag)}`);
  await expect(admin.locator("tbody tr")).toHaveCount(3);
  await admin.getByLabel(`تحديد: ${tag} أ`).check();
  await admin.getByLabel(`تحديد: ${tag} ب`).check();
  await admin.getByLabel("إجراء جماعي").selectOption({ label: "نقل إلى سلة المهملات" });
  await admin.getByRole("button", { name: "تطبيق" }).click();
  await expect(admin.getByRole("status")).toContainText("عدد المقالات التي تغيّرت: 2");
  const status = async (id: number) =>
    (await sql.one<{ status: string; categoryId: number }>(
      'SELECT status, "categoryId" FROM "Article" WHERE id = ?',
      id,
    ))!;
  expect((await status(ids[0]!)).status).toBe("TRASH");
  expect((await status(ids[1]!)).status).toBe("TRASH");
  expect((await status(ids[2]!)).status).toBe("DRAFT");
  // The list keeps its search; trash is listed only when asked for.
  await expect(admin.locator("tbody tr")).toHaveCount(1);

  await admin.goto(`/admin/articles?status=TRASH&q=${encodeURIComponent(tag)}`);
  await admin.getByLabel(`تحديد: ${tag} أ`).check();
  await admin.getByLabel("إجراء جماعي").selectOption({ label: "استعادة" });
  await admin.getByRole("button", { name: "تطبيق" }).click();
  await expect(admin.getByRole("status")).toContainText("1");
  expect((await status(ids[0]!)).status).toBe("DRAFT");

  await admin.goto(`/admin/articles?q=${encodeURIComponent(tag)}`);
  await admin.getByLabel(`تحديد: ${tag} أ`).check();
  await admin.getByLabel(`تحديد: ${tag} ج`).check();
  await admin.getByLabel("إجراء جماعي").selectOption({ label: "نقل إلى التصنيف" });
  await admin.getByLabel("التصنيف الجديد").selectOption({ label: "اقتصاد" });
  await admin.getByRole("button", { name: "تطبيق" }).click();
  await expect(admin.getByRole("status")).toContainText("2");
  const economy = (await sql.one<{ id: number }>('SELECT id FROM "Category" WHERE name = ?', "اقتصاد"))!.id;
  expect((await status(ids[0]!)).categoryId).toBe(economy);
  expect((await status(ids[2]!)).categoryId).toBe(economy);
  expect((await status(ids[1]!)).status).toBe("TRASH");
});

test("articles: a bulk move to a category id past the database's integer changes nothing, never a 5xx", async () => {
  const tag = unique("دفعة");
  const [id] = await insertArticles([`${tag} أ`]);
  await admin.goto(`/admin/articles?q=${encodeURIComponent(tag)}`);
  await admin.getByLabel(`تحديد: ${tag} أ`).check();
  await admin.getByLabel("إجراء جماعي").selectOption({ label: "نقل إلى التصنيف" });
  await admin.getByLabel("التصنيف الجديد").selectOption({ label: "اقتصاد" });
  // The form's own request, the category rewritten on the way to a number no row can have.
  const FIELD = /(name="[^"]*bulkCategory"\r\n\r\n)\d+/;
  await admin.route("**/admin/articles**", async (route) => {
    const sent = route.request().postDataBuffer()?.toString("latin1") ?? "";
    if (!FIELD.test(sent)) return route.continue();
    await route.continue({ postData: Buffer.from(sent.replace(FIELD, "$199999999999"), "latin1") });
  });
  const [res] = await Promise.all([
    admin.waitForResponse((r) => r.request().method() === "POST" && !!r.request().postData()?.includes("99999999999")),
    admin.getByRole("button", { name: "تطبيق" }).click(),
  ]);
  await admin.unroute("**/admin/articles**");
  expect(res.status()).toBeLessThan(500);
  await expect(admin.getByRole("status")).toContainText("عدد المقالات التي تغيّرت: 0");
  const row = await sql.one<{ name: string }>(
    'SELECT c.name FROM "Article" a JOIN "Category" c ON c.id = a."categoryId" WHERE a.id = ?',
    id,
  );
  expect(row!.name).toBe("وطنية");
});

test("articles: search folded like the public search, filter by author, sorted by the date shown", async () => {
  const tag = Date.now().toString(36);
  await insertArticles([`الأمن الإقليمي ${tag}`, `مُسْتَشْفَى المدينة ${tag}`], "PUBLISHED");
  await admin.goto(`/admin/articles?q=${encodeURIComponent(`الامن الاقليمي ${tag}`)}`);
  await expect(admin.locator("tbody tr")).toHaveCount(1);
  await expect(admin.locator("tbody")).toContainText(`الأمن الإقليمي ${tag}`);
  await admin.goto(`/admin/articles?q=${encodeURIComponent(`مستشفي المدينه ${tag}`)}`);
  await expect(admin.locator("tbody")).toContainText(`مُسْتَشْفَى المدينة ${tag}`);

  // By author: every row is theirs.
  const author = (await sql.one<{ id: number; name: string }>('SELECT id, name FROM "Author" ORDER BY id LIMIT 1'))!;
  await admin.goto(`/admin/articles?author=${author.id}&status=PUBLISHED`);
  const authors = await admin.locator("tbody tr td:nth-child(3)").allInnerTexts();
  expect(authors.length).toBeGreaterThan(0);
  expect(new Set(authors.map((a) => a.trim()))).toEqual(new Set([author.name]));

  // Published rows come newest first by the date in the date column.
  const dates = await admin
    .locator("tbody tr td:last-child time")
    .evaluateAll((els) => els.map((e) => new Date(e.getAttribute("datetime")!).getTime()));
  expect(dates.length).toBeGreaterThan(1);
  expect([...dates].sort((a, b) => b - a)).toEqual(dates);
});

test("every admin page has its own title; the dashboard links drafts, scheduled articles and pending comments", async () => {
  const titles = new Map<string, string>();
  for (const path of [
    "/admin",
    "/admin/articles",
    "/admin/articles/new",
    "/admin/comments",
    "/admin/categories",
    "/admin/tags",
    "/admin/authors",
    "/admin/users",
    "/admin/activity",
  ]) {
    await admin.goto(path);
    titles.set(path, await admin.title());
  }
  expect(new Set(titles.values()).size).toBe(titles.size);
  expect(titles.get("/admin/articles")).toBe("المقالات — غرفة التحرير — صحيفة");

  const [draft] = await insertArticles([unique("مسودة للوحة")]);
  const [scheduled] = await insertArticles([unique("مجدول للوحة")], "SCHEDULED");
  const draftHeadline = (await sql.one<{ headline: string }>('SELECT headline FROM "Article" WHERE id = ?', draft))!
    .headline;
  const scheduledHeadline = (await sql.one<{ headline: string }>(
    'SELECT headline FROM "Article" WHERE id = ?',
    scheduled,
  ))!.headline;
  const comment = unique("تعليق ينتظر");
  const now = new Date();
  await sql.run(
    `INSERT INTO "Comment" ("articleId", "authorName", "authorEmail", content, status, "createdAt", "updatedAt") VALUES (1, 'قارئ', 'r@example.org', ?, 'PENDING', ?, ?)`,
    comment,
    now,
    now,
  );
  await admin.goto("/admin");
  await expect(
    admin.getByRole("region", { name: "آخر المسودات" }).getByRole("link", { name: draftHeadline }),
  ).toHaveAttribute("href", `/admin/articles/${draft}`);
  await expect(
    admin.getByRole("region", { name: "المقالات المجدولة" }).getByRole("link", { name: scheduledHeadline }),
  ).toBeVisible();
  await admin
    .getByRole("region", { name: "تعليقات تنتظر المراجعة" })
    .getByRole("link", { name: new RegExp(comment) })
    .click();
  await expect(admin.locator("tr", { hasText: comment })).toBeVisible();
});

test("moderation: long comments folded, undo after an action, filter by article, search", async () => {
  const articles = await insertArticles([unique("مقال التعليقات أ"), unique("مقال التعليقات ب")], "PUBLISHED");
  const tag = unique("بحث");
  const long = `${tag} ${"كلام طويل جداً ".repeat(2500)}`; // ~37,000 characters
  const now = new Date();
  const add = (articleId: number, content: string) =>
    sql.run(
      `INSERT INTO "Comment" ("articleId", "authorName", "authorEmail", content, status, "createdAt", "updatedAt") VALUES (?, 'قارئ', 'r@example.org', ?, 'PENDING', ?, ?)`,
      articleId,
      content,
      now,
      now,
    );
  await add(articles[0]!, long);
  await add(articles[0]!, `${tag} قصير`);
  await add(articles[1]!, `${tag} على المقال الثاني`);

  await admin.goto(`/admin/comments?q=${encodeURIComponent(tag)}`);
  await expect(admin.locator("tbody tr")).toHaveCount(3);
  const longRow = admin.locator("tr", { hasText: "كلام طويل" });
  // Shortened: the full text is inside a closed <details>; the columns keep their width.
  await expect(longRow.locator("details").first()).not.toHaveAttribute("open", "");
  const widths = await admin
    .locator("thead th")
    .evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().width));
  expect(Math.min(...widths.slice(1))).toBeGreaterThan(60);
  await longRow.getByText("عرض التعليق كاملاً").click();
  await expect(longRow.locator("details").first()).toHaveAttribute("open", "");

  // Filter by article.
  await admin
    .locator("tr", { hasText: `${tag} قصير` })
    .getByRole("link", { name: "تعليقات هذا المقال فقط" })
    .click();
  await expect(admin).toHaveURL(new RegExp(`article=${articles[0]}`));
  await expect(admin.locator("tbody tr")).toHaveCount(2);

  // Approve, then undo.
  await admin
    .locator("tr", { hasText: `${tag} قصير` })
    .getByRole("button", { name: "موافقة" })
    .click();
  await expect(admin.locator("tr", { hasText: `${tag} قصير` })).toHaveCount(0);
  const statusOf = async () =>
    (await sql.one<{ status: string }>('SELECT status FROM "Comment" WHERE content = ?', `${tag} قصير`))!.status;
  expect(await statusOf()).toBe("APPROVED");
  await admin.getByRole("button", { name: "تراجع" }).click();
  await expect(admin.getByText("تم التراجع عن الإجراء.")).toBeVisible();
  expect(await statusOf()).toBe("PENDING");
  await expect(admin.locator("tr", { hasText: `${tag} قصير` })).toHaveCount(1);
});

test("moderation: an article filter that is no row id (past the database's integer) is no filter, never a 5xx", async () => {
  for (const article of ["2147483648", "9999999999", "99999999999", "01"]) {
    const res = await admin.request.get(`/admin/comments?article=${article}`);
    expect(res.status(), article).toBe(200);
    // The "every article" link shows only while the list is filtered by one.
    expect(await res.text(), article).not.toContain("كل المقالات");
  }
});

test("on a 390 px phone the lists are cards and the menu folds away", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const phone = await context.newPage();
  await signIn(phone, ADMIN);
  await phone.goto("/admin/articles");
  const menu = phone.getByRole("button", { name: "القائمة" });
  await expect(menu).toBeVisible();
  await expect(phone.getByRole("link", { name: "التعليقات", exact: true })).toBeHidden();
  await menu.click();
  await expect(phone.getByRole("link", { name: "التعليقات", exact: true })).toBeVisible();
  await menu.click();
  // Rows are blocks (cards), nothing scrolls sideways.
  expect(
    await phone
      .locator("tbody tr")
      .first()
      .evaluate((tr) => getComputedStyle(tr).display),
  ).toBe("block");
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await phone.goto("/admin/comments?status=APPROVED");
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await context.close();
});
