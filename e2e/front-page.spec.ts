import { type Page, expect, test } from "@playwright/test";
import {
  articlePath,
  clientHeaders,
  fillNewArticle,
  readerContext,
  signedInPage,
  siteWallTime,
  sql,
  unique,
} from "./support";

// The newsroom's hold on the front page: pinned lead, breaking strip, most read, comments closed.
test.describe.configure({ mode: "serial" });

const BROWSER_UA =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

let admin: Page;

test.beforeAll(async ({ browser }) => {
  admin = await signedInPage(browser);
});
test.afterAll(async () => {
  await admin.context().close();
});

/** Publishes a new article from the editor, with the front-page boxes ticked as asked; returns id and slug. */
async function publish(headline: string, options: { pinned?: boolean; breakingUntil?: number; close?: boolean } = {}) {
  await fillNewArticle(admin, { headline, body: "نص الخبر.", category: "وطنية" });
  if (options.pinned) await admin.getByLabel("مثبت في الواجهة").check();
  if (options.breakingUntil) await setBreaking(options.breakingUntil);
  if (options.close) await admin.getByLabel("إغلاق التعليقات").check();
  await admin.getByRole("button", { name: "نشر", exact: true }).click();
  await expect(admin).toHaveURL(/\/admin\/articles\/\d+/);
  await expect(admin.getByRole("status").filter({ hasText: "تم النشر." })).toBeVisible();
  const id = Number(/\/admin\/articles\/(\d+)/.exec(admin.url())![1]);
  const row = (await sql.one<{ slug: string }>('SELECT slug FROM "Article" WHERE id = ?', id))!;
  return { id, slug: row.slug, path: articlePath(row.slug), editor: admin.url().split("?")[0]! };
}

/** Ticks `عاجل` and writes the end time on the newsroom's clock (to the second, which the field accepts). */
async function setBreaking(until: number) {
  await admin.getByLabel("عاجل", { exact: true }).check();
  const wall = siteWallTime(until, { seconds: true });
  await admin.getByLabel("تاريخ انتهاء العاجل").fill(wall.date);
  await admin.getByLabel("ساعة انتهاء العاجل").fill(wall.time);
}

async function update(editor: string, change: () => Promise<void>) {
  await admin.goto(editor);
  await change();
  await admin.getByRole("button", { name: "تحديث", exact: true }).click();
  await expect(admin.getByRole("status").filter({ hasText: "تم التحديث." })).toBeVisible();
}

/** The breaking strip of a page's HTML ("" when there is none). */
const strip = (html: string) => /<section id="breaking"[^]*?<\/section>/.exec(html)?.[0] ?? "";

test("comments closed on one article: the form becomes a notice, old comments stay, a stale form is refused", async ({
  browser,
  request,
}) => {
  const article = await publish(unique("خبر حساس"));
  const old = unique("تعليق سابق");
  const now = new Date();
  await sql.run(
    `INSERT INTO "Comment" ("articleId", "authorName", "authorEmail", content, status, "createdAt", "updatedAt") VALUES (?, 'قارئ', 'reader@example.org', ?, 'PENDING', ?, ?)`,
    article.id,
    old,
    now,
    now,
  );
  // Approved in the newsroom, which renews the article's cached comments (the page may have been rendered already).
  await admin.goto(`/admin/comments?status=PENDING&article=${article.id}`);
  await admin.locator("tr", { hasText: old }).getByRole("button", { name: "موافقة" }).click();
  await expect(admin.locator("tr", { hasText: old })).toHaveCount(0);
  // A reader opens the page while comments are open, without JavaScript (a plain form post).
  const reader = await readerContext(browser, { javaScriptEnabled: false });
  const readerPage = await reader.newPage();
  await readerPage.goto(article.path);
  await expect(readerPage.getByRole("heading", { name: "اترك تعليقاً" })).toBeVisible();

  await update(article.editor, () => admin.getByLabel("إغلاق التعليقات").check());

  await expect(async () => {
    const html = await (await request.get(article.path)).text();
    expect(html).toContain("التعليقات مغلقة.");
    expect(html).not.toContain("اترك تعليقاً");
    expect(html).toContain(old);
    expect(html).not.toContain("replytocom="); // no `رد` links either
  }).toPass({ timeout: 3_000, intervals: [200] });

  // The form the reader still has is posted anyway: the server refuses and stores nothing.
  await readerPage.getByLabel("التعليق *").fill("تعليق بعد الإغلاق");
  await readerPage.getByLabel("الاسم *").fill("قارئ متأخر");
  await readerPage.getByLabel("البريد الإلكتروني *").fill("late@example.org");
  await readerPage.getByRole("button", { name: "إرسال التعليق" }).click();
  await expect(readerPage.getByText("التعليقات مغلقة.").first()).toBeVisible();
  const stored = await sql.one<{ n: number }>('SELECT count(*) AS n FROM "Comment" WHERE "articleId" = ?', article.id);
  expect(Number(stored!.n)).toBe(1);
  await reader.close();

  // Opened again: the form is back.
  await update(article.editor, () => admin.getByLabel("إغلاق التعليقات").uncheck());
  await expect(async () => {
    expect(await (await request.get(article.path)).text()).toContain("اترك تعليقاً");
  }).toPass({ timeout: 3_000, intervals: [200] });
});

test("a pinned article is the home page's lead story, newer ones or not", async ({ request }) => {
  const pinned = await publish(unique("خبر مثبت"), { pinned: true });
  const newer = await publish(unique("خبر أحدث"));
  const lead = async () => {
    const html = await (await request.get("/")).text();
    return /<section aria-labelledby="lead-title"[^]*?<\/section>/.exec(html)?.[0] ?? "";
  };
  const pinnedHeadline = (await sql.one<{ headline: string }>(
    'SELECT headline FROM "Article" WHERE id = ?',
    pinned.id,
  ))!.headline;
  const newerHeadline = (await sql.one<{ headline: string }>('SELECT headline FROM "Article" WHERE id = ?', newer.id))!
    .headline;
  expect(await lead()).toContain(pinnedHeadline);
  expect(await lead()).not.toContain(newerHeadline);

  await update(pinned.editor, () => admin.getByLabel("مثبت في الواجهة").uncheck());
  expect(await lead()).toContain(newerHeadline);
});

test("breaking news: in the strip of every public page within 2 s of set, unset and end time", async ({ request }) => {
  test.setTimeout(60_000);
  const other = await publish(unique("خبر عادي"));
  const headline = unique("عاجل: زلزال");
  const pages = ["/", other.path, "/category/" + encodeURIComponent("اقتصاد")];
  // Cached before the change, so the test shows the cache being expired.
  for (const path of pages) await request.get(path);

  const until = Date.now() + 15_000;
  const breaking = await publish(headline, { breakingUntil: until });
  const on = Date.now();
  await expect(async () => {
    const html = await Promise.all(pages.map(async (path) => (await request.get(path)).text()));
    for (const page of html) expect(strip(page)).toContain(headline);
  }).toPass({ timeout: 2_000, intervals: [100] });
  console.log(`breaking on: ${Date.now() - on} ms after the save`);

  // The end time passes with nobody acting.
  await expect.poll(() => Date.now(), { timeout: 20_000, intervals: [250] }).toBeGreaterThan(until);
  await expect(async () => {
    const html = await Promise.all(pages.map(async (path) => (await request.get(path)).text()));
    for (const page of html) expect(strip(page)).not.toContain(headline);
  }).toPass({ timeout: 2_000, intervals: [100] });
  console.log(`breaking off: ${Date.now() - until} ms after the end time`);

  // Set again without an end time (six hours), then unset by hand.
  await update(breaking.editor, () => admin.getByLabel("عاجل", { exact: true }).check());
  await expect(async () => {
    expect(strip(await (await request.get("/")).text())).toContain(headline);
  }).toPass({ timeout: 2_000, intervals: [100] });
  const row = await sql.one<{ breakingUntil: string }>(
    'SELECT "breakingUntil" FROM "Article" WHERE id = ?',
    breaking.id,
  );
  expect(new Date(row!.breakingUntil).getTime() - Date.now()).toBeGreaterThan(5.9 * 3600_000);
  await update(breaking.editor, () => admin.getByLabel("عاجل", { exact: true }).uncheck());
  await expect(async () => {
    const html = await Promise.all(pages.map(async (path) => (await request.get(path)).text()));
    for (const page of html) expect(strip(page)).not.toContain(headline);
  }).toPass({ timeout: 2_000, intervals: [100] });

  // An end time in the past is refused at the field, nothing else lost.
  await admin.goto(breaking.editor);
  await setBreaking(Date.now() - 60_000);
  await admin.getByRole("button", { name: "تحديث", exact: true }).click();
  await expect(admin.getByText("وقت انتهاء العاجل غير صالح")).toBeVisible();
});

test("breaking end time: a browser in New York types it on the newsroom's clock and is shown it back so", async ({
  browser,
  request,
}) => {
  const context = await browser.newContext({
    timezoneId: "America/New_York",
    storageState: await admin.context().storageState(),
  });
  const page = await context.newPage();
  const headline = unique("عاجل بتوقيت الدار البيضاء");
  await fillNewArticle(page, { headline, body: "نص الخبر.", category: "وطنية" });
  expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe("America/New_York");
  // A couple of minutes ahead, on the minute, as an editor types it.
  const end = Math.ceil((Date.now() + 120_000) / 60_000) * 60_000;
  const wall = siteWallTime(end);
  await page.getByLabel("عاجل", { exact: true }).check();
  await expect(page.locator("#breakingZone")).toContainText("بتوقيت الدار البيضاء (Africa/Casablanca)");
  expect(await page.getByLabel("تاريخ انتهاء العاجل").getAttribute("type")).toBeNull(); // no mm/dd/yyyy picker
  await page.getByLabel("تاريخ انتهاء العاجل").fill(wall.date);
  await page.getByLabel("ساعة انتهاء العاجل").fill(wall.time);
  await page.getByRole("button", { name: "نشر", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "تم النشر." })).toBeVisible();
  const row = await sql.one<{ breakingUntil: string }>(
    'SELECT "breakingUntil" FROM "Article" WHERE headline = ?',
    headline,
  );
  expect(new Date(row!.breakingUntil).getTime()).toBe(end);
  await expect(async () => {
    expect(strip(await (await request.get("/")).text())).toContain(headline);
  }).toPass({ timeout: 2_000, intervals: [100] });

  // Reloaded: the same wall time, on the newsroom's clock (New York's would be five or six hours earlier).
  await page.reload();
  await expect(page.getByLabel("عاجل", { exact: true })).toBeChecked();
  await expect(page.getByLabel("تاريخ انتهاء العاجل")).toHaveValue(wall.date);
  await expect(page.getByLabel("ساعة انتهاء العاجل")).toHaveValue(wall.time);

  // A time that cannot be read is refused at its field; what was typed stays, nothing is stored.
  await page.getByLabel("ساعة انتهاء العاجل").fill("25:99");
  await page.getByRole("button", { name: "تحديث", exact: true }).click();
  await expect(page.getByText("ساعة انتهاء العاجل غير صالحة")).toBeVisible();
  await expect(page.getByLabel("ساعة انتهاء العاجل")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("ساعة انتهاء العاجل")).toHaveValue("25:99");
  await expect(page.getByLabel("تاريخ انتهاء العاجل")).toHaveValue(wall.date);
  const after = await sql.one<{ breakingUntil: string }>(
    'SELECT "breakingUntil" FROM "Article" WHERE headline = ?',
    headline,
  );
  expect(new Date(after!.breakingUntil).getTime()).toBe(end);
  await context.close();
});

test("most read: N beacons are N views; bots, junk and unknown articles are not counted and get no error", async ({
  browser,
  request,
}) => {
  test.setTimeout(60_000);
  const article = await publish(unique("خبر مقروء"));
  const html = await (await request.get(article.path)).text();
  expect(html).toContain(`src="/api/views?a=${article.id}"`);

  const beacon = (query: string, ua: string | null = BROWSER_UA, method: "get" | "post" = "get") =>
    request[method](`/api/views${query}`, {
      headers: { ...clientHeaders(), ...(ua === null ? {} : { "user-agent": ua }) },
    });
  const N = 37;
  for (let i = 0; i < N; i++) expect((await beacon(`?a=${article.id}`)).status()).toBe(200);
  // One real page view, from a browser that is not headless-looking: the <img> in the page counts it.
  const reader = await readerContext(browser, { userAgent: BROWSER_UA });
  await (await reader.newPage()).goto(article.path, { waitUntil: "load" });
  await reader.close();

  const junk = [
    beacon(`?a=${article.id}`, "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"),
    beacon(`?a=${article.id}`, "curl/8.5.0"),
    beacon(`?a=${article.id}`, null),
    beacon("?a=abc"),
    beacon("?a=0"),
    beacon("?a=99999999999999"),
    beacon("?a=2147483000"),
    beacon(`?a=${article.id}&${"x".repeat(200)}`),
    beacon("?a=%E0%A4%A"),
    beacon(""),
    beacon(`?a=${article.id}`, BROWSER_UA, "post"),
  ];
  const statuses = (await Promise.all(junk)).map((r) => r.status());
  expect(statuses.every((s) => s === 200)).toBe(true);

  const total = async () =>
    Number(
      (
        await sql.one<{ n: number | null }>(
          'SELECT sum(views) AS n FROM "ArticleViews" WHERE "articleId" = ?',
          article.id,
        )
      )?.n ?? 0,
    );
  // The scheduler stores the counts every 2 s in the e2e server; N + the page view + the sendBeacon-style POST.
  await expect.poll(total, { timeout: 15_000 }).toBe(N + 2);
  expect(
    (await sql.one<{ n: number }>('SELECT count(*) AS n FROM "ArticleViews" WHERE "articleId" = ?', 2147483000))!.n,
  ).toBe(0);
  // Nothing more arrives later.
  await new Promise((r) => setTimeout(r, 2_500));
  expect(await total()).toBe(N + 2);

  // The home page and the article pages list it under الأكثر قراءة once their cache is renewed (a publish does it).
  await publish(unique("خبر يجدد الواجهة"));
  const box = (page: string) => /<section id="most-read"[^]*?<\/section>/.exec(page)?.[0] ?? "";
  const headline = (await sql.one<{ headline: string }>('SELECT headline FROM "Article" WHERE id = ?', article.id))!
    .headline;
  expect(box(await (await request.get("/")).text())).toContain(headline);
  expect(box(await (await request.get(articlePath())).text())).toContain(headline);
});
