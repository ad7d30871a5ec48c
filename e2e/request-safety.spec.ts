import { readFileSync } from "node:fs";
import { type APIRequestContext, type APIResponse, type Page, type Request, expect, test } from "@playwright/test";
import { actionFields } from "./comment-form";
import {
  articlePath,
  clientHeaders,
  createStaff,
  fillNewArticle,
  readerContext,
  signIn,
  signedInPage,
  sql,
  unique,
} from "./support";

const storedCount = async (content: string) =>
  (await sql.one<{ n: number }>('SELECT COUNT(*) AS n FROM "Comment" WHERE content = ?', content))!.n;

// Stack-frame shapes a leaked Node.js or browser error would show.
const STACK = [/\n\s+at /, /\bat [\w$.<>[\]]+ \(/, /\.tsx?:\d+/, /node_modules/, /\b[A-Z]\w*Error: /, /\bError: /];

async function expectNoStack(res: APIResponse, label: string) {
  const body = await res.text();
  for (const marker of STACK) expect(body, `${label}: ${marker}`).not.toMatch(marker);
}

test.describe("server actions", () => {
  test("a server action posted from a foreign origin is refused, changes nothing, and the error shows no stack trace", async ({
    browser,
  }) => {
    const context = await readerContext(browser);
    const page = await context.newPage();
    await page.goto(articlePath());
    const content = unique("تعليق من موقع آخر");
    await page.getByLabel("التعليق *").fill(content);
    await page.getByLabel("الاسم *").fill("قارئ");
    await page.getByLabel("البريد الإلكتروني *").fill(`csrf.${Date.now()}@example.org`);

    // Catch the comment action's request as the browser sends it (the form's
    // own post: reader pages run no React), without letting it through.
    let captured: Request | undefined;
    await page.route("**/*", async (route) => {
      if (route.request().method() === "POST" && route.request().resourceType() === "document") {
        captured = route.request();
        return route.abort();
      }
      return route.continue();
    });
    await page.getByRole("button", { name: "إرسال التعليق" }).click();
    await expect.poll(() => captured).toBeTruthy();
    const headers = await captured!.allHeaders();
    for (const name of Object.keys(headers))
      if (name.startsWith(":") || ["host", "content-length", "connection"].includes(name)) delete headers[name];
    const replay = (origin: string) =>
      context.request.post(captured!.url(), {
        headers: { ...headers, origin },
        data: captured!.postDataBuffer()!,
        maxRedirects: 0,
      });

    // As a page on another site would send it (the browser adds that site as Origin).
    const foreign = await replay("https://attacker.example");
    expect(foreign.status()).toBeGreaterThanOrEqual(400);
    expect(await storedCount(content)).toBe(0);
    // Next.js throws inside its action handler here: a real server error path.
    await expectNoStack(foreign, "foreign-origin action");

    // The very same request from the site's own origin goes through: the refusal was the origin check.
    // (The page itself is on an error page now: its post was aborted.)
    const own = await replay(new URL(captured!.url()).origin);
    expect(own.status()).toBe(303); // stored: off to the comment itself
    await expect.poll(() => storedCount(content)).toBe(1);
    await context.close();
  });

  test("next.config.js allows no other origin for server actions", async () => {
    // Next.js compares Origin with Host unless allowedOrigins lists more.
    expect(readFileSync("next.config.js", "utf8")).not.toContain("allowedOrigins");
  });
});

test.describe("error pages in production", () => {
  test("not-found pages and bad requests show no stack trace", async ({ request }) => {
    const cases: [string, Promise<APIResponse>, number][] = [
      ["unknown path", request.get("/no-such-page"), 404],
      ["unknown article", request.get("/articles/no-such-article"), 404],
      ["malformed escape", request.get("/articles/%E0%A4%A"), 404],
      ["bad page number", request.get("/category/x?page=-1"), 404],
      [
        "unknown server action",
        request.post("/", { headers: { "next-action": "00".repeat(21), "content-type": "text/plain" }, data: "[]" }),
        409,
      ],
      ["revalidate without the secret", request.post("/api/revalidate", { data: { tags: ["x"] } }), 401],
    ];
    for (const [label, pending, status] of cases) {
      const res = await pending;
      expect(res.status(), label).toBe(status);
      await expectNoStack(res, label);
    }
  });
});

test.describe("server action arguments", () => {
  test("the comment action refuses a bound article id of the wrong type without a 5xx, and stores nothing", async ({
    request,
    baseURL,
  }) => {
    const hidden = Object.fromEntries(await actionFields(baseURL!));
    // The bound arguments (article id, previous state) travel in the form, as React encodes them.
    const boundKey = Object.keys(hidden).find((k) => hidden[k]!.startsWith("["));
    expect(boundKey, "the form carries its bound arguments").toBeTruthy();
    const [articleId, state] = JSON.parse(hidden[boundKey!]!) as [number, unknown];
    expect(typeof articleId).toBe("number");

    const post = (bound: unknown, content: string) =>
      request.post(articlePath(), {
        headers: { ...clientHeaders(), origin: baseURL! },
        multipart: {
          ...hidden,
          [boundKey!]: JSON.stringify([bound, state]),
          comment: content,
          author: "قارئ",
          email: `bound.${Date.now()}@example.org`,
          comment_parent: "",
        },
        maxRedirects: 0,
      });
    for (const bound of [{ gt: 0 }, [{ gt: 0 }], String(articleId), null, -1, 0, 1.5, 1e20, 2 ** 31, true, {}]) {
      const content = unique("معرّف مزوّر");
      const res = await post(bound, content);
      expect(res.status(), JSON.stringify(bound)).toBeLessThan(500);
      expect(await storedCount(content), JSON.stringify(bound)).toBe(0);
    }
    // The same post with the id the page bound is stored: the refusals were the id's.
    const content = unique("معرّف صحيح");
    expect((await post(articleId, content)).status()).toBeLessThan(400);
    await expect.poll(() => storedCount(content)).toBe(1);
  });

  test("staff actions refuse arguments of the wrong type without a 5xx; malformed admin paths are a 404", async ({
    page,
    baseURL,
  }) => {
    const editor = await createStaff("EDITOR");
    await signIn(page, editor);
    for (const path of [
      "/admin/articles/%E0%A4%A",
      "/admin/%E0%A4%A",
      "/admin/articles/99999999999",
      "/admin/articles/2147483648/preview",
    ]) {
      const res = await page.request.get(path, { maxRedirects: 0 });
      expect(res.status(), path).toBe(404);
      expect(res.headers()["x-frame-options"], path).toBe("DENY");
    }
    await page.goto("/admin/articles/new");
    await page.getByLabel("العنوان", { exact: true }).fill(unique("مقال"));
    await page.getByLabel("التصنيف").selectOption({ index: 1 });
    const [sent] = await Promise.all([
      page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]),
      page.getByRole("button", { name: "حفظ كمسودة" }).click(),
    ]);
    const action = sent.headers()["next-action"]!;
    await page.waitForURL(/\/admin\/articles\/\d+/);
    const count = async () => (await sql.one<{ n: number }>('SELECT COUNT(*) AS n FROM "Article"'))!.n;
    const before = await count();
    // React's reply encoding: a JSON array of the arguments, sent as text.
    for (const args of ['["x"]', '[{}, "x"]', '[{}, {"get": 1}]', "[]", '"x"', "{}", "[null, null]", "[{}, [1]]"]) {
      const res = await page.request.post("/admin/articles/new", {
        headers: {
          "next-action": action,
          accept: "text/x-component",
          origin: baseURL!,
          "content-type": "text/plain;charset=UTF-8",
        },
        data: args,
        maxRedirects: 0,
      });
      expect(res.status(), args).toBeLessThan(500);
    }
    expect(await count()).toBe(before);
  });
});

test.describe("the editor's background actions replayed with forged arguments", () => {
  // React's encoding of a server action's arguments: a JSON list as text, or, with a FormData argument,
  // multipart with the list in field "0" and the form's fields prefixed "_1_".
  type Call = { text: string } | { form: Record<string, string> };
  // In this order: the server reads the list as it arrives, and "0" first would find no fields yet.
  const encodeForm = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(fields)) data.append(`_1_${name}`, value);
    data.append("0", '["$K1"]');
    return data;
  };
  const callAction = (ctx: APIRequestContext, path: string, action: string, call: Call, origin: string) =>
    ctx.post(path, {
      headers: {
        "next-action": action,
        accept: "text/x-component",
        origin,
        ...("text" in call ? { "content-type": "text/plain;charset=UTF-8" } : {}),
      },
      ...("text" in call ? { data: call.text } : { multipart: encodeForm(call.form) }),
      maxRedirects: 0,
    });
  /** Sends a request the browser made, again, as it was (the same cookies, unless `ctx` has none). */
  const replay = async (ctx: APIRequestContext, sent: Request) => {
    const headers = await sent.allHeaders();
    for (const name of Object.keys(headers))
      if (name.startsWith(":") || ["host", "content-length", "connection", "cookie"].includes(name))
        delete headers[name];
    return ctx.post(sent.url(), { headers, data: sent.postDataBuffer()!, maxRedirects: 0 });
  };
  const article = (id: number) =>
    sql.one<{ body: string; headline: string; updatedAt: string }>(
      'SELECT body, headline, "updatedAt" FROM "Article" WHERE id = ?',
      id,
    );
  const autosaves = async (id: number) =>
    (
      await sql.all<{ userId: number; values: string }>(
        'SELECT "userId", "values" FROM "ArticleAutosave" WHERE "articleId" = ?',
        id,
      )
    ).map((r) => ({ userId: Number(r.userId), values: r.values }));
  /** The autosave request the editor sends next (a multipart post: the form), with what typing `text` at the body's end. */
  async function autosaveWhileTyping(page: Page, text: string) {
    const sent = page.waitForRequest(
      (r) =>
        r.method() === "POST" &&
        !!r.headers()["next-action"] &&
        /^multipart\/form-data/.test(r.headers()["content-type"] ?? "") &&
        (r.postDataBuffer()?.toString("utf8") ?? "").includes(text),
      { timeout: 15_000 },
    );
    const body = page.getByRole("textbox", { name: "المحتوى" });
    await body.click();
    await page.keyboard.press("End");
    await body.pressSequentially(text);
    const request = await sent;
    await expect(page.getByText("تم الحفظ التلقائي")).toBeVisible({ timeout: 15_000 });
    return request;
  }
  /** The editor form's text fields as the page holds them now (its `version` included). */
  const formOf = async (page: Page): Promise<Record<string, string>> =>
    page
      .locator("form:has(input[name=version])")
      .evaluate((form) =>
        Object.fromEntries(
          [...new FormData(form as HTMLFormElement)].filter((e): e is [string, string] => typeof e[1] === "string"),
        ),
      );

  test("autosave and post lock: refused without a session, to a contributor, with wrong or oversized arguments, and when replayed after a newer save", async ({
    browser,
    baseURL,
    playwright,
  }) => {
    test.setTimeout(120_000);
    const origin = baseURL!;
    const admin = await signedInPage(browser);
    const headline = unique("خبر منشور لا يُمس");
    await fillNewArticle(admin, { headline, body: "النص المنشور", category: "وطنية" });
    await admin.getByRole("button", { name: "نشر", exact: true }).click();
    await expect(admin.getByRole("status").filter({ hasText: "تم النشر." })).toBeVisible();
    const id = Number(/\/admin\/articles\/(\d+)/.exec(admin.url())![1]);
    const { slug } = (await sql.one<{ slug: string }>('SELECT slug FROM "Article" WHERE id = ?', id))!;
    const editorPath = `/admin/articles/${id}`;
    const adminId = Number(
      (await sql.one<{ id: number }>('SELECT id FROM "User" WHERE email = ?', "admin@sahifa.local"))!.id,
    );

    // A real autosave of the published article: kept apart, as the admin's copy.
    const first = await autosaveWhileTyping(admin, " تعديل جانبي أول");
    const autosaveId = first.headers()["next-action"]!;
    await expect.poll(async () => (await autosaves(id))[0]?.values ?? "").toContain("تعديل جانبي أول");
    const published = (await article(id))!;

    // The control: a forged call carrying the form's current version is stored; the encoding is right.
    const form = await formOf(admin);
    expect(form.version).toMatch(/^\d+$/);
    const control = await callAction(
      admin.request,
      editorPath,
      autosaveId,
      { form: { ...form, body: "<p>نسخة أحدث من الطلب المزور</p>" } },
      origin,
    );
    expect(control.status()).toBe(200);
    await expect.poll(async () => (await autosaves(id))[0]?.values ?? "").toContain("نسخة أحدث من الطلب المزور");
    // The version that copy gave the form (what the editor would send next): the forged calls below carry
    // it, so each is refused for what it forges, not for being stale.
    form.version = /"version":"(\d+)"/.exec(await control.text())![1]!;

    // 1. The first autosave replayed after that newer one: refused, the newer copy stays.
    expect((await replay(admin.request, first)).status()).toBeLessThan(500);
    expect((await autosaves(id))[0]!.values).toContain("نسخة أحدث من الطلب المزور");

    // 2. Without a session (a fresh client, no cookies): refused, at the proxy or by the action itself.
    const stranger = await playwright.request.newContext({ baseURL: origin });
    for (const path of [editorPath, "/login"]) {
      const res = await callAction(stranger, path, autosaveId, { form: { ...form, body: "<p>غريب</p>" } }, origin);
      expect(res.status(), path).toBeLessThan(500);
    }
    expect((await replay(stranger, first)).status()).toBeLessThan(500);

    // 3. A contributor, on an article not theirs (their own version of it is the article's: they have no copy).
    const contributor = await createStaff("CONTRIBUTOR");
    const contributorPage = await (await browser.newContext()).newPage();
    await signIn(contributorPage, contributor);
    const theirVersion = String(new Date((await article(id))!.updatedAt).getTime());
    const asContributor = await callAction(
      contributorPage.request,
      editorPath,
      autosaveId,
      { form: { ...form, version: theirVersion, body: "<p>تعديل من مساهم</p>" } },
      origin,
    );
    expect(asContributor.status()).toBeLessThan(500);

    // 4. Wrong types and oversized values.
    const forged: Call[] = [
      { text: '["x"]' },
      { text: "[{}]" },
      { text: "[null]" },
      { text: "[1]" },
      { text: "[[1]]" },
      { text: "[]" },
      ...["99999999999", "2147483648", "-1", "1e3", "0x10", " 1"].map((bad) => ({
        form: { ...form, id: bad, body: "<p>معرّف مزوّر</p>" },
      })),
      { form: { ...form, version: "1" } },
      { form: { ...form, version: "" } },
      { form: { ...form, body: `<p>${"ض".repeat(2_000_100)}</p>` } },
      { form: { ...form, headline: "ع".repeat(6_000) } },
    ];
    for (const call of forged) {
      const res = await callAction(admin.request, editorPath, autosaveId, call, origin);
      expect(res.status(), JSON.stringify(call).slice(0, 120)).toBeLessThan(500);
    }

    // Nothing of it stored: one copy (the admin's newer one), the article and its public page as published.
    const copies = await autosaves(id);
    expect(copies.map((c) => c.userId)).toEqual([adminId]);
    expect(copies[0]!.values).toContain("نسخة أحدث من الطلب المزور");
    expect(await article(id)).toEqual(published);
    const html = await (await stranger.get(articlePath(slug))).text();
    expect(html).toContain("النص المنشور");
    for (const text of ["تعديل جانبي", "غريب", "مساهم", "معرّف مزوّر", "ضضض", "ععع"]) expect(html).not.toContain(text);

    // 5. Published for real, then the old autosave replayed: no copy comes back, the article stays.
    await admin.getByRole("button", { name: "تحديث", exact: true }).click();
    await expect(admin.getByRole("status").filter({ hasText: "تم التحديث." })).toBeVisible();
    await expect.poll(async () => (await autosaves(id)).length).toBe(0);
    const updated = (await article(id))!;
    expect(updated.body).toContain("تعديل جانبي أول");
    expect((await replay(admin.request, first)).status()).toBeLessThan(500);
    expect(await autosaves(id)).toEqual([]);
    expect(await article(id)).toEqual(updated);

    // 6. A draft is saved in place by its autosave: an old one replayed after the button's save changes nothing.
    const draftHeadline = unique("مسودة لا تعود إلى الوراء");
    await fillNewArticle(admin, { headline: draftHeadline, body: "السطر الأول", category: "وطنية" });
    await admin.getByRole("button", { name: "حفظ كمسودة" }).click();
    await expect(admin).toHaveURL(/\/admin\/articles\/\d+\?saved=saved$/);
    const draftId = Number(/\/admin\/articles\/(\d+)/.exec(admin.url())![1]);
    const old = await autosaveWhileTyping(admin, " وسطر قديم");
    await expect.poll(async () => (await article(draftId))!.body).toContain("وسطر قديم");
    const body = admin.getByRole("textbox", { name: "المحتوى" });
    await body.click();
    await admin.keyboard.press("End");
    await body.pressSequentially(" وسطر أحدث");
    // The button's own request (it sends `intent`; an autosave does not), answered: the newer save is stored.
    await Promise.all([
      admin.waitForResponse((r) => (r.request().postDataBuffer()?.toString("utf8") ?? "").includes('_intent"')),
      admin.getByRole("button", { name: "حفظ كمسودة" }).click(),
    ]);
    const saved = (await article(draftId))!;
    expect(saved.body).toContain("وسطر أحدث");
    expect((await replay(admin.request, old)).status()).toBeLessThan(500);
    expect(await article(draftId)).toEqual(saved);
    // A contributor's autosave of that draft, with its current version: refused too.
    const draftForm = await formOf(admin);
    const res = await callAction(
      contributorPage.request,
      `/admin/articles/${draftId}`,
      autosaveId,
      { form: { ...draftForm, body: "<p>تعديل من مساهم</p>" } },
      origin,
    );
    expect(res.status()).toBeLessThan(500);
    expect(await article(draftId)).toEqual(saved);

    // 7. The post lock. Its action is called when a second editor takes the article over.
    await admin.goto(editorPath); // the admin holds the article again
    const editor = await createStaff("EDITOR");
    const editorPage = await (await browser.newContext()).newPage();
    await signIn(editorPage, editor);
    await editorPage.goto(editorPath);
    const lockAlert = editorPage.getByRole("alert").filter({ hasText: "يحرّر هذا المقال الآن" });
    await expect(lockAlert).toBeVisible();
    const [takeOver] = await Promise.all([
      editorPage.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]),
      lockAlert.getByRole("button", { name: "تولّي التحرير" }).click(),
    ]);
    const lockId = takeOver.headers()["next-action"]!;
    const holder = async () =>
      Number(
        (await sql.one<{ userId: number }>('SELECT "userId" FROM "ArticleLock" WHERE "articleId" = ?', id))!.userId,
      );
    await expect.poll(holder).toBe(editor.userId);
    const locks = async () => Number((await sql.one<{ n: number }>('SELECT COUNT(*) AS n FROM "ArticleLock"'))!.n);
    const lockCount = await locks();
    const lockCalls: [APIRequestContext, string][] = [
      [stranger, `[${id}, true]`],
      [contributorPage.request, `[${id}, true]`],
      ...[
        "[1e20, true]",
        "[2147483648, true]",
        `["${id}", true]`,
        "[-1, true]",
        "[1.5, true]",
        "[{}, true]",
        "[null]",
        "[]",
        '["x"]',
        "[[1]]",
      ].map((text): [APIRequestContext, string] => [admin.request, text]),
    ];
    for (const [ctx, text] of lockCalls) {
      const res = await callAction(ctx, editorPath, lockId, { text }, origin);
      expect(res.status(), text).toBeLessThan(500);
    }
    expect(await holder()).toBe(editor.userId);
    expect(await locks()).toBe(lockCount);
    // The same call by the admin, who may edit it, is taken: the refusals above were the arguments' and the callers'.
    expect((await callAction(admin.request, editorPath, lockId, { text: `[${id}, true]` }, origin)).status()).toBe(200);
    await expect.poll(holder).toBe(adminId);

    await stranger.dispose();
    for (const page of [admin, contributorPage, editorPage]) await page.context().close();
  });
});
