import { readFileSync } from "node:fs";
import { type APIResponse, type Request, expect, test } from "@playwright/test";
import { articlePath, readerContext, sql, unique } from "./support";

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
