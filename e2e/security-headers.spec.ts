import { createHash } from "node:crypto";
import { type APIResponse, type Page, expect, test } from "@playwright/test";
import { ADMIN, articlePath, cachedResponse, categoryPath, readerContext, unique } from "./support";

// Headers every response must carry (lib/site/security-headers.ts, set from proxy.ts).
function expectBaseHeaders(res: APIResponse, label: string) {
  const h = res.headers();
  expect(h["x-content-type-options"], label).toBe("nosniff");
  expect(h["x-frame-options"], label).toBe("DENY");
  expect(h["referrer-policy"], label).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"], label).toContain("camera=()");
  const csp = policies(res);
  expect(csp.length, label).toBeGreaterThan(0);
  expect(csp[0], label).toContain("frame-ancestors 'none'");
  expect(csp[0], label).toContain("object-src 'none'");
  for (const p of csp) expect(p, label).not.toContain("unsafe-eval");
  // Served over plain HTTP here (SITE_URL is http://): no HSTS.
  expect(h["strict-transport-security"], label).toBeUndefined();
}

/** Each Content-Security-Policy header is a policy of its own; the browser enforces all. */
const policies = (res: APIResponse) =>
  res
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "content-security-policy")
    .flatMap((h) => h.value.split(/\n|,\s*(?=(?:default|script)-src\b)/));

/** The inline, executable scripts of an HTML page and the CSP hash of each. */
function inlineScriptHashes(html: string) {
  const hashes: string[] = [];
  for (const [, attributes = "", body = ""] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\ssrc=/.test(attributes) || /type="application\/(ld\+)?json"/.test(attributes)) continue;
    hashes.push(`'sha256-${createHash("sha256").update(body).digest("base64")}'`);
  }
  return hashes;
}

/** Records CSP violations the page reports, in the page and on the console. */
async function watchViolations(page: Page) {
  let seen: string[] = [];
  page.on("console", (m) => {
    if (/Content.Security.Policy/i.test(m.text())) seen.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      ((window as unknown as { __violations: string[] }).__violations ??= []).push(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  const inPage = () =>
    page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []).catch(() => []);
  return {
    async list() {
      return [...seen, ...(await inPage())];
    },
    async clear() {
      seen = [];
      await page.evaluate(() => ((window as unknown as { __violations?: string[] }).__violations = []));
    },
  };
}

// What an HTML injection (a stored or reflected XSS) would add to a page.
const INJECTED =
  '<script>window.__injected = "script"</script><img src="/injected.png" alt="" onerror="window.__injected = \'handler\'">';

/**
 * Serves every page with INJECTED in its HTML, as if an attacker's markup had
 * got through: the headers stay the server's own.
 */
async function injectMarkup(page: Page) {
  await page.route("**/*", async (route) => {
    const request = route.request();
    if (request.resourceType() !== "document" || request.method() !== "GET") return route.continue();
    const response = await route.fetch({ maxRedirects: 0 });
    if (response.status() !== 200 || !response.headers()["content-type"]?.includes("text/html"))
      return route.fulfill({ response });
    return route.fulfill({ response, body: (await response.text()).replace("</body>", `${INJECTED}</body>`) });
  });
}

/** The injected markup did not run, and the only violations are its own inline code. */
async function expectInjectionRefused(page: Page, violations: Awaited<ReturnType<typeof watchViolations>>) {
  await page.waitForLoadState("load");
  expect(
    await page.evaluate(() => (window as unknown as { __injected?: string }).__injected),
    page.url(),
  ).toBeUndefined();
  await expect.poll(async () => (await violations.list()).length, page.url()).toBeGreaterThan(0);
  const found = await violations.list();
  expect(
    found.filter((v) => !/inline/i.test(v)),
    `${page.url()}\n${found.join("\n")}`,
  ).toEqual([]);
  await violations.clear();
}

test.describe("security headers", () => {
  test("every kind of response carries them: pages, route handlers, feeds, auth JSON, static files, 404; the opener policy where a session lives", async ({
    request,
  }) => {
    const home = await request.get("/");
    const asset = /\/_next\/static\/[^"']+\.woff2/.exec(await home.text())?.[0];
    expect(asset).toBeTruthy();
    const paths = [
      "/",
      articlePath(),
      categoryPath(),
      "/search?q=أمن",
      "/login",
      "/feed.xml",
      "/sitemap.xml",
      "/robots.txt",
      "/news-sitemap.xml",
      "/api/auth/providers",
      "/api/auth/session",
      // The page-view counter, answered by scripts/serve.mjs before Next (an id no article has: nothing counted).
      "/api/views?a=999999",
      asset!,
      "/no-such-page",
    ];
    const isolated = new Set(["/login", "/api/auth/providers", "/api/auth/session"]);
    for (const path of paths) {
      const res = await request.get(path);
      expectBaseHeaders(res, path);
      // The opener policy guards what holds a session; reader pages go without it (lib/site/security-headers.ts).
      expect(res.headers()["cross-origin-opener-policy"], path).toBe(isolated.has(path) ? "same-origin" : undefined);
    }
    // Redirects too (signed-out /admin goes to the sign-in page).
    const admin = await request.get("/admin", { maxRedirects: 0 });
    expectBaseHeaders(admin, "/admin redirect");
    expect(admin.headers()["cross-origin-opener-policy"], "/admin redirect").toBe("same-origin");
  });

  test("cached pages keep hitting the cache, carry a hash policy, and have no inline script left to allow", async ({
    request,
  }) => {
    for (const path of ["/", articlePath(), categoryPath(), `${categoryPath()}?page=2`]) {
      // The response that rendered and stored the page (a MISS on a fresh cache) has it too.
      const first = await request.get(path);
      expect(policies(first)[1], `${path} ${first.headers()["x-nextjs-cache"]}`).toMatch(/^script-src 'self' 'sha256-/);
      const res = await cachedResponse(request, path);
      const [base, hashes] = policies(res);
      expect(base, path).toContain("'unsafe-inline'");
      // The second policy allows only the inline scripts Next.js rendered into
      // the cached page; reader pages are sent without them (lib/site/plain-html.mjs).
      expect(hashes, path).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
      expect(inlineScriptHashes(await res.text()), path).toEqual([]);
    }
  });

  test("dynamic pages get a fresh nonce on every request, and their scripts carry it", async ({ request }) => {
    const nonces = [];
    for (let i = 0; i < 2; i += 1) {
      const res = await request.get("/login");
      const [csp] = policies(res);
      const nonce = /'nonce-([^']+)'/.exec(csp ?? "")?.[1];
      expect(nonce).toBeTruthy();
      const scriptSrc = csp?.split("; ").find((d) => d.startsWith("script-src"));
      expect(scriptSrc).toContain("'strict-dynamic'");
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      const html = await res.text();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
      nonces.push(nonce);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  test("a client cannot plant a nonce of its own through a request header", async ({ request }) => {
    const res = await request.get("/login", {
      headers: { "content-security-policy": "script-src 'nonce-chosen-by-client'" },
    });
    expect(await res.text()).not.toContain("chosen-by-client");
  });

  test("with JavaScript on, the pages work under the policy, and markup injected into them cannot run script", async ({
    browser,
  }) => {
    test.setTimeout(90_000); // seven pages, two of them signed in, on a busy CI machine
    const context = await readerContext(browser);
    const page = await context.newPage();
    const violations = await watchViolations(page);
    await injectMarkup(page);

    // Home and an article (cached: hash policy); the comment form posts under the policy.
    await page.goto("/");
    await expectInjectionRefused(page, violations);
    await page.goto(articlePath());
    await expectInjectionRefused(page, violations);
    await page.getByLabel("التعليق *").fill(unique("تعليق لاختبار سياسة أمان المحتوى"));
    await page.getByLabel("الاسم *").fill("قارئ");
    await page.getByLabel("البريد الإلكتروني *").fill("csp.reader@example.org");
    await page.getByRole("button", { name: "إرسال التعليق" }).click();
    await expect(page.getByText("تعليقك في انتظار المراجعة.")).toBeVisible({ timeout: 20_000 });
    expect(await violations.list()).toEqual([]);

    // Search (dynamic: nonce policy), reached through the header's form.
    await page.getByRole("searchbox", { name: "ابحث في الأخبار" }).fill("حموشي");
    await page.getByRole("searchbox", { name: "ابحث في الأخبار" }).press("Enter");
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(page.getByRole("main")).toContainText("حموشي");
    await page.goto("/search?q=أمن");
    await expectInjectionRefused(page, violations);

    // Sign-in, then the editor with Tiptap.
    await page.goto("/login");
    await expectInjectionRefused(page, violations);
    await page.getByLabel("البريد الإلكتروني").fill(ADMIN.email);
    await page.getByLabel("كلمة المرور").fill(ADMIN.password);
    await page.getByRole("button", { name: "تسجيل الدخول" }).click();
    await page.waitForURL(/\/admin/);
    await page.goto("/admin/articles/new");
    await expectInjectionRefused(page, violations);
    const body = page.getByRole("textbox", { name: "المحتوى" });
    await body.click();
    await body.pressSequentially("نص في المحرر");
    await expect(body).toContainText("نص في المحرر");
    expect(await violations.list()).toEqual([]);
    await context.close();
  });

  test("with JavaScript on, nothing is refused on the pages themselves", async ({ browser }) => {
    const context = await readerContext(browser);
    const page = await context.newPage();
    const violations = await watchViolations(page);
    for (const path of ["/", articlePath(), categoryPath(), "/search?q=أمن", "/login", "/no-such-page"]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      expect(await violations.list(), path).toEqual([]);
    }
    await context.close();
  });
});
