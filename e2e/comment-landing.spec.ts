import { type BrowserContext, type Page, expect, test } from "@playwright/test";
import { actionFields, postComment, trustedCommenter } from "./comment-form";
import { articlePath, clientHeaders, createStaff, readerContext, signIn, sql, unique } from "./support";

// Who is published at once (a name and email are not an identity: the signed
// cookie of the browser that wrote the approved comment is), and where the
// reader lands after sending: at the answer, with a held comment shown to its
// author alone.

const HELD = "تعليقك في انتظار المراجعة.";
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const base = () => test.info().project.use.baseURL!;
const approve = (content: string) => sql.run(`UPDATE "Comment" SET status = 'APPROVED' WHERE content = ?`, content);
const statusOf = async (content: string) =>
  (await sql.one<{ status: string }>('SELECT status FROM "Comment" WHERE content = ?', content))?.status;

async function send(page: Page, v: { content: string; name: string; email: string }) {
  await page.getByLabel("التعليق *").fill(v.content);
  await page.getByLabel("الاسم *").fill(v.name);
  await page.getByLabel("البريد الإلكتروني *").fill(v.email);
  await page.getByRole("button", { name: "إرسال التعليق" }).click();
  await page.waitForLoadState();
}

/** Flood control allows one comment per address per 15 s: each post of a test comes from a new address. */
const newAddress = (context: BrowserContext) => context.setExtraHTTPHeaders(clientHeaders());

test.describe("borrowed identities", () => {
  test("the browser that wrote an approved comment is published at once; the same name and email from anywhere else are held", async ({
    browser,
  }) => {
    const tag = unique("هوية");
    const who = { name: `قارئ ${tag}`, email: `id.${Date.now().toString(36)}@example.org` };
    const context = await readerContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(articlePath());
    const first = `${tag} أول`;
    await send(page, { content: first, ...who });
    expect(await statusOf(first)).toBe("PENDING");
    const cookie = (await context.cookies()).find((c) => c.name === "sahifa_commenter");
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.value).not.toContain(who.email);
    await approve(first);

    // The real browser again: published at once.
    await newAddress(context);
    await page.goto(articlePath());
    const second = `${tag} ثان`;
    await send(page, { content: second, ...who });
    expect(await statusOf(second)).toBe("APPROVED");
    await expect(page).not.toHaveURL(/unapproved/);

    // A stranger who knows the name and email, with no cookie, a forged one, or another reader's genuine one:
    // held, with exactly the answer a first-time commenter gets.
    const fields = await actionFields(base());
    const other = await trustedCommenter(base(), fields, approve, clientHeaders());
    const forged = `sahifa_commenter=${"A".repeat(22)}.${"B".repeat(43)}`;
    const newcomer = await postComment(base(), fields, {
      content: `${tag} جديد`,
      name: `جديد ${tag}`,
      email: `new.${Date.now().toString(36)}@example.org`,
      headers: clientHeaders(),
    });
    const shape = (r: typeof newcomer) => ({
      status: r.status,
      outcome: r.outcome,
      location: r.location.replace(/unapproved=\d+#comment-\d+$/, "unapproved=N#comment-N"),
      body: r.body,
      cookie: r.commenterCookie.replace(/=.*/, ""),
    });
    expect(shape(newcomer)).toEqual({
      status: 303,
      outcome: "held",
      location: `${articlePath()}?unapproved=N#comment-N`,
      body: "",
      cookie: "sahifa_commenter",
    });
    for (const [label, cookieHeader] of [
      ["no cookie", undefined],
      ["forged cookie", forged],
      ["another reader's cookie", other.cookie],
    ] as const) {
      const content = `${tag} منتحل ${label}`;
      const reply = await postComment(base(), fields, {
        content,
        ...who,
        headers: { ...clientHeaders(), ...(cookieHeader ? { cookie: cookieHeader } : {}) },
      });
      expect(shape(reply), label).toEqual(shape(newcomer));
      expect(await statusOf(content), label).toBe("PENDING");
    }
    await context.close();
  });

  test("a staff member's address is held without their session, even from the browser that wrote an approved comment with it; signed in, it is published", async ({
    browser,
  }) => {
    const editor = await createStaff("EDITOR");
    const context = await readerContext(browser);
    const page = await context.newPage();
    await page.goto(articlePath());
    const tag = unique("عنوان موظف");
    const who = { name: "محرر الجريدة", email: editor.email };
    await send(page, { content: `${tag} 1`, ...who });
    await approve(`${tag} 1`);

    await newAddress(context);
    await page.goto(articlePath());
    await send(page, { content: `${tag} 2`, ...who });
    expect(await statusOf(`${tag} 2`)).toBe("PENDING");
    await expect(page).toHaveURL(/\?unapproved=\d+#comment-\d+$/);

    // The same browser, signed in as that editor: their own comment goes out at once, marked as staff.
    await signIn(page, editor);
    await newAddress(context);
    await page.goto(articlePath());
    await send(page, { content: `${tag} 3`, ...who });
    expect(await statusOf(`${tag} 3`)).toBe("APPROVED");
    const row = await sql.one<{ userId: number | null }>(
      'SELECT "userId" FROM "Comment" WHERE content = ?',
      `${tag} 3`,
    );
    expect(Number(row?.userId)).toBe(editor.userId);
    await context.close();
  });
});

for (const device of ["desktop", "phone"] as const) {
  for (const javaScriptEnabled of [true, false]) {
    test(`after sending, the reader lands at the answer (${device}, JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
      browser,
      request,
    }) => {
      const fields = await actionFields(base());
      const trusted = await trustedCommenter(base(), fields, approve, clientHeaders());
      const context = await readerContext(browser, { javaScriptEnabled, ...(device === "phone" ? PHONE : {}) });
      const [name, value] = trusted.cookie.split("=") as [string, string];
      await context.addCookies([{ name, value, url: base() }]);
      const page = await context.newPage();
      const tag = unique(`هبوط ${device} ${javaScriptEnabled}`);

      // A field refused by the server: back at the form, the field in error focused.
      await page.goto(articlePath());
      await send(page, { content: `${tag} خطأ`, name: "قارئ", email: "a@b" });
      await expect(page).toHaveURL(/#respond$/);
      await expect(page.locator("#email-error")).toBeInViewport();
      await expect(page.getByLabel("التعليق *")).toHaveValue(`${tag} خطأ`);
      if (javaScriptEnabled) await expect(page.getByLabel("البريد الإلكتروني *")).toBeFocused();

      // Held: at the comment, shown where it will appear, marked, to this browser only.
      const held = `${tag} محجوز`;
      await send(page, { content: held, name: "قارئ جديد", email: `land.${Date.now().toString(36)}@example.org` });
      await expect(page).toHaveURL(/\?unapproved=(\d+)#comment-\1$/);
      const id = new URL(page.url()).hash.slice(1);
      const preview = page.locator(`#${id}`);
      await expect(preview).toBeInViewport();
      await expect(preview).toContainText(held);
      await expect(preview).toContainText(HELD);
      await expect(page.locator("#comments-title + ol").locator(`#${id}`)).toHaveCount(1);
      if (javaScriptEnabled) await expect(preview.locator("> article")).toBeFocused();
      expect(await preview.innerHTML()).not.toContain("@example.org");

      // The same URL in a fresh browser, and the page everyone is served: nothing of it.
      const stranger = await readerContext(browser, { javaScriptEnabled });
      const strangerPage = await stranger.newPage();
      await strangerPage.goto(page.url());
      await expect(strangerPage.getByText(held)).toHaveCount(0);
      await expect(strangerPage.getByText(HELD)).toHaveCount(0);
      await stranger.close();
      expect(await (await request.get(articlePath())).text()).not.toContain(held);

      // Its author, back on the ordinary (cached) page: with JavaScript the page's script brings it back.
      await page.goto(articlePath());
      if (javaScriptEnabled) {
        await expect(page.locator(`#${id}`)).toContainText(HELD);
        await expect(page.locator(`#${id}`)).toContainText(held);
      } else await expect(page.getByText(held)).toHaveCount(0);

      // Published at once: at the comment, in the ordinary page.
      await newAddress(context);
      const published = `${tag} منشور`;
      await send(page, { content: published, name: trusted.name, email: trusted.email });
      await expect(page).toHaveURL(/\/articles\/[^?#]+#comment-\d+$/);
      const landed = page.locator(new URL(page.url()).hash);
      await expect(landed).toBeInViewport();
      await expect(landed).toContainText(published);
      await expect(landed).not.toContainText(HELD);
      if (javaScriptEnabled) await expect(landed.locator("> article")).toBeFocused();
      await context.close();
    });
  }
}

test("the held-comments endpoint answers only the browser that wrote them, never cached, never with an email", async ({
  request,
}) => {
  const fields = await actionFields(base());
  const email = `json.${Date.now().toString(36)}@example.org`;
  const content = unique("تعليق ينتظر");
  const reply = await postComment(base(), fields, { content, name: "قارئ", email, headers: clientHeaders() });
  expect(reply.outcome).toBe("held");
  const id = Number(reply.location.match(/#comment-(\d+)$/)![1]);
  const article = (await sql.one<{ articleId: number }>('SELECT "articleId" FROM "Comment" WHERE id = ?', id))!;
  const url = `/api/comments/held?article=${article.articleId}`;

  const own = await fetch(base() + url, { headers: { cookie: reply.commenterCookie } });
  expect(own.headers.get("cache-control")).toBe("private, no-store");
  const text = await own.text();
  expect(JSON.parse(text).comments.map((c: { id: number }) => c.id)).toContain(id);
  expect(text).toContain(content);
  expect(text).not.toContain(email);
  expect(text).not.toMatch(/"(authorEmail|authorIp|commenterId|userAgent)"/);

  for (const cookie of ["", `sahifa_commenter=${"A".repeat(22)}.${"B".repeat(43)}`]) {
    const res = await fetch(base() + url, { headers: { cookie } });
    expect(await res.json()).toEqual({ comments: [] });
  }
  // The page a held comment lands on is rendered per request and never stored by a cache.
  const landing = await fetch(base() + reply.location.replace(/#.*/, ""), {
    headers: { cookie: reply.commenterCookie },
  });
  expect(landing.headers.get("cache-control")).toMatch(/private.*no-store|no-store.*private/);
  expect(landing.headers.get("x-nextjs-cache")).toBeNull();
  expect(await landing.text()).toContain(content);

  for (const bad of ["", "0", "x", "1e3", "99999999999", "%25"]) {
    expect((await request.get(`/api/comments/held?article=${bad}`)).status(), bad).toBe(400);
  }
});
