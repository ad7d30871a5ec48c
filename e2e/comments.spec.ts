import { type Browser, type Page, expect, test } from "@playwright/test";
import { actionFields, trustedCommenter } from "./comment-form";
import { SEED, articlePath, clientHeaders, readerContext, sql, unique } from "./support";

const NOTE = "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *";
const REMEMBER = "احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.";

async function fillForm(page: Page, v: { content: string; name: string; email: string; url?: string }) {
  await page.getByLabel("التعليق *").fill(v.content);
  await page.getByLabel("الاسم *").fill(v.name);
  await page.getByLabel("البريد الإلكتروني *").fill(v.email);
  if (v.url !== undefined) await page.getByLabel("الموقع الإلكتروني", { exact: true }).fill(v.url);
}

const submit = (page: Page) => page.getByRole("button", { name: "إرسال التعليق" }).click();

/** A browser whose reader has an approved comment written from it (the signed cookie): published at once. */
async function trustedBrowser(browser: Browser) {
  const base = test.info().project.use.baseURL!;
  const approve = (content: string) => sql.run(`UPDATE "Comment" SET status = 'APPROVED' WHERE content = ?`, content);
  const trusted = await trustedCommenter(base, await actionFields(base), approve, clientHeaders());
  const context = await readerContext(browser);
  const [name, value] = trusted.cookie.split("=") as [string, string];
  await context.addCookies([{ name, value, url: base }]);
  return { context, who: { name: trusted.name, email: trusted.email } };
}
const storedComment = (content: string) =>
  sql.all<{ id: number; status: string; authorEmail: string; authorIp: string; parentId: number | null }>(
    'SELECT * FROM "Comment" WHERE content = ?',
    content,
  );

test.describe("comment form", () => {
  test("is WordPress's form: heading, note, labelled required fields, unchecked consent box", async ({ page }) => {
    await page.goto(articlePath());
    const form = page.locator("#respond");
    await expect(form.getByRole("heading", { name: "اترك تعليقاً" })).toBeVisible();
    await expect(form.getByText(NOTE)).toBeVisible();
    for (const label of ["التعليق *", "الاسم *", "البريد الإلكتروني *"]) {
      const input = page.getByLabel(label);
      await expect(input).toHaveAttribute("required", "");
      await expect(input).toHaveAttribute("aria-required", "true");
    }
    await expect(page.getByLabel("التعليق *")).toHaveJSProperty("tagName", "TEXTAREA");
    await expect(page.getByLabel("البريد الإلكتروني *")).toHaveAttribute("type", "email");
    await expect(page.getByLabel("الموقع الإلكتروني", { exact: true })).not.toHaveAttribute("required", "");
    await expect(page.getByLabel(REMEMBER)).not.toBeChecked();
    await expect(page.getByRole("button", { name: "إرسال التعليق" })).toBeVisible();
    // The star is visible text, not only a screen-reader hint.
    await expect(form.locator("label", { hasText: "الاسم" }).getByText("*")).toBeVisible();
  });

  test("approved comments are threaded oldest first, with رد links that work without JavaScript", async ({
    browser,
  }) => {
    const context = await readerContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(articlePath());
    const list = page.locator("#comments-title + ol");
    const top = page.locator("#comments-title + ol > li");
    // The seeded thread is the oldest; comments other tests add come after it.
    expect((await list.evaluate((ol) => [...ol.children].map((li) => li.id))).slice(0, 2)).toEqual([
      "comment-1",
      "comment-4",
    ]);
    await expect(top.first()).toContainText("تعاون مهم");
    // The reply sits inside its parent's list item, one level down.
    const reply = page.locator("#comment-1 > ol > li").first();
    await expect(reply).toContainText("أتفق معك");
    await expect(reply.locator("a[rel~=ugc]")).toHaveAttribute("href", "https://example.com");
    // Paragraphs of a comment are kept.
    await expect(page.locator("#comment-2 > article p")).toHaveCount(2);

    await reply.getByRole("link", { name: "رد", exact: true }).first().click();
    await expect(page).toHaveURL(/\?replytocom=\d+#respond$/);
    await expect(page.locator("#reply-title")).toContainText("الرد على فاطمة الزهراء");
    await expect(page.getByRole("link", { name: "إلغاء الرد" })).toBeVisible();

    const content = unique("رد بدون جافاسكربت");
    await fillForm(page, { content, name: "قارئ", email: "reader.nojs@example.org" });
    await submit(page);
    await expect(page.getByText("تعليقك في انتظار المراجعة.")).toBeVisible();
    const [row] = await storedComment(content);
    expect(row?.status).toBe("PENDING");
    expect(row?.parentId).not.toBeNull();
    // Held comments are not shown to the public.
    await page.goto(articlePath());
    await expect(page.getByText(content)).toHaveCount(0);
    await page
      .getByRole("link", { name: "إلغاء الرد" })
      .count()
      .then((n) => expect(n).toBe(0));
    await context.close();
  });

  test("without JavaScript, errors appear at their fields in Arabic and everything typed is kept", async ({
    browser,
  }) => {
    const context = await readerContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(articlePath());
    const content = unique("تعليق سيبقى في الحقل");
    // These pass the browser's own checks but not the server's.
    await fillForm(page, { content, name: "   ", email: "a@b", url: "javascript:alert(1)" });
    await page.getByLabel(REMEMBER).check();
    await submit(page);
    await expect(page.locator("#name-error")).toHaveText("الرجاء إدخال اسمك.");
    await expect(page.locator("#email-error")).toHaveText("الرجاء إدخال عنوان بريد إلكتروني صالح.");
    await expect(page.locator("#url-error")).toHaveText("الرجاء إدخال رابط صالح يبدأ بـ http:// أو https://.");
    await expect(page.getByLabel("التعليق *")).toHaveValue(content);
    await expect(page.getByLabel("البريد الإلكتروني *")).toHaveValue("a@b");
    await expect(page.getByLabel("الموقع الإلكتروني", { exact: true })).toHaveValue("javascript:alert(1)");
    await expect(page.getByLabel(REMEMBER)).toBeChecked();
    await expect(page.getByLabel("البريد الإلكتروني *")).toHaveAttribute("aria-invalid", "true");
    expect(await storedComment(content)).toHaveLength(0);
    await context.close();
  });

  test("someone already approved is published at once; text stays text; email and IP never reach the page or RSC payload", async ({
    browser,
    request,
  }) => {
    const { context, who } = await trustedBrowser(browser);
    const page = await context.newPage();
    await page.goto(articlePath());
    const content = `${unique("تعليق منشور")} <b>ليس HTML</b>`;
    await fillForm(page, { content, ...who });
    await submit(page);
    await expect(page).toHaveURL(/#comment-\d+$/);
    const [row] = await storedComment(content);
    expect(row?.status).toBe("APPROVED");

    // The cached article page shows it right away, as text.
    await page.goto(articlePath());
    await expect(page.locator("#comments-title + ol").getByText(content)).toBeVisible();
    await expect(page.locator("#comments-title + ol b")).toHaveCount(0);

    const html = await (await request.get(articlePath())).text();
    const rsc = await (await request.get(articlePath(), { headers: { RSC: "1" } })).text();
    expect(html).toContain("ليس HTML");
    for (const body of [html, rsc]) {
      expect(body).not.toContain(who.email);
      expect(body).not.toContain(SEED.approvedCommenter.email);
      expect(body).not.toContain(row!.authorIp);
      expect(body).not.toContain("m.alaoui");
    }
    expect(rsc.length).toBeGreaterThan(1000);
    await context.close();
  });

  test("a first-time commenter is held, and so is an approved one with more than two links", async ({ browser }) => {
    const context = await readerContext(browser);
    const page = await context.newPage();
    await page.goto(articlePath());
    const first = unique("أول تعليق لي");
    await fillForm(page, { content: first, name: "زائر جديد", email: `new.${Date.now()}@example.org` });
    await submit(page);
    await expect(page.getByText("تعليقك في انتظار المراجعة.")).toBeVisible();
    expect((await storedComment(first))[0]?.status).toBe("PENDING");

    const { context: other, who } = await trustedBrowser(browser);
    const page2 = await other.newPage();
    await page2.goto(articlePath());
    const links = `${unique("روابط")} http://a.example http://b.example http://c.example`;
    await fillForm(page2, { content: links, ...who });
    await submit(page2);
    await expect(page2.getByText("تعليقك في انتظار المراجعة.")).toBeVisible();
    expect((await storedComment(links))[0]?.status).toBe("PENDING");
    await context.close();
    await other.close();
  });

  test("flood control: a second comment from the same client within 15 s is refused with a clear message", async ({
    browser,
  }) => {
    const context = await readerContext(browser);
    const page = await context.newPage();
    await page.goto(articlePath());
    await fillForm(page, { content: unique("الأول"), name: "مستعجل", email: "fast@example.org" });
    await submit(page);
    await expect(page.getByText("تعليقك في انتظار المراجعة.")).toBeVisible();
    const second = unique("الثاني");
    await fillForm(page, { content: second, name: "مستعجل", email: "fast@example.org" });
    await submit(page);
    await expect(page.locator("#respond [role=alert]")).toHaveText(
      "أنت ترسل التعليقات بسرعة كبيرة. تمهّل قليلاً ثم حاول مرة أخرى.",
    );
    await expect(page.getByLabel("التعليق *")).toHaveValue(second);
    expect(await storedComment(second)).toHaveLength(0);
    await context.close();
  });

  test("duplicate detection answers يبدو أنك قلت ذلك من قبل!", async ({ browser }) => {
    const content = unique("نفس الكلام");
    for (const attempt of [1, 2]) {
      const context = await readerContext(browser);
      const page = await context.newPage();
      await page.goto(articlePath());
      await fillForm(page, { content, name: "مكرر", email: "dup@example.org" });
      await submit(page);
      if (attempt === 1) await expect(page.getByText("تعليقك في انتظار المراجعة.")).toBeVisible();
      else await expect(page.locator("#content-error")).toHaveText("يبدو أنك قلت ذلك من قبل!");
      await context.close();
    }
    expect(await storedComment(content)).toHaveLength(1);
  });

  test("the honeypot stores nothing", async ({ browser }) => {
    const context = await readerContext(browser);
    const page = await context.newPage();
    await page.goto(articlePath());
    const content = unique("روبوت");
    await fillForm(page, { content, name: "bot", email: "bot@example.org" });
    await page.locator("#ak_hp").evaluate((el: HTMLInputElement) => (el.value = "http://spam.example"));
    await submit(page);
    await expect(page.getByText("تعليقك في انتظار المراجعة.")).toBeVisible();
    expect(await storedComment(content)).toHaveLength(0);
    await context.close();
  });

  test("with JavaScript, رد retargets the form in place and إلغاء الرد resets it", async ({ browser }) => {
    const context = await readerContext(browser);
    const page = await context.newPage();
    await page.goto(articlePath());
    await page
      .locator("#comments-title + ol > li")
      .first()
      .getByRole("link", { name: "رد", exact: true })
      .first()
      .click();
    await expect(page).not.toHaveURL(/replytocom/);
    await expect(page.locator("#reply-title")).toContainText("الرد على محمد العلوي");
    await page.getByRole("link", { name: "إلغاء الرد" }).click();
    await expect(page.locator("#reply-title")).toHaveText("اترك تعليقاً");
    await context.close();
  });

  test("ticking the box remembers name, email and website in cookies for a year; unticking forgets them", async ({
    browser,
  }) => {
    const context = await readerContext(browser);
    const page = await context.newPage();
    await page.goto(articlePath());
    await fillForm(page, {
      content: unique("تذكرني"),
      name: "سعاد",
      email: "souad@example.org",
      url: "https://souad.example",
    });
    await page.getByLabel(REMEMBER).check();
    await submit(page);
    await expect(page.getByText("تعليقك في انتظار المراجعة.")).toBeVisible();
    const cookies = await context.cookies();
    const author = cookies.find((c) => c.name === "comment_author");
    expect(author).toBeTruthy();
    expect(author!.expires * 1000 - Date.now()).toBeGreaterThan(360 * 24 * 3600 * 1000);

    await page.goto(articlePath());
    await expect(page.getByLabel("الاسم *")).toHaveValue("سعاد");
    await expect(page.getByLabel("البريد الإلكتروني *")).toHaveValue("souad@example.org");
    await expect(page.getByLabel("الموقع الإلكتروني", { exact: true })).toHaveValue("https://souad.example");
    await expect(page.getByLabel(REMEMBER)).toBeChecked();

    // Flood control is per client: come back as the same browser after the interval would be slow, so use a new address.
    await context.setExtraHTTPHeaders({ "x-forwarded-for": "10.250.250.1" });
    await page.getByLabel("التعليق *").fill(unique("انسني"));
    await page.getByLabel(REMEMBER).uncheck();
    await submit(page);
    // Both of this browser's held comments are shown to it now, each marked.
    await expect(page.getByText("تعليقك في انتظار المراجعة.")).toHaveCount(2);
    expect((await context.cookies()).filter((c) => c.name.startsWith("comment_author"))).toEqual([]);
    await context.close();
  });
});
