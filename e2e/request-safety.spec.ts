import { readFileSync } from "node:fs";
import { type APIResponse, type Request, expect, test } from "@playwright/test";
import { actionFields } from "./comment-form";
import { articlePath, clientHeaders, createStaff, readerContext, signIn, sql, unique } from "./support";

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
    expect(own.status()).toBe(200);
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
