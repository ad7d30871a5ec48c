import Database from "better-sqlite3";
import bcrypt from "bcryptjs";
import pg from "pg";
import {
  type APIRequestContext,
  type APIResponse,
  type Browser,
  type BrowserContextOptions,
  type Locator,
  type Page,
  expect,
} from "@playwright/test";
import { e2eDatabaseUrl, e2eOnPostgres, e2eSqliteFile } from "./database";

export { e2eDatabaseUrl, e2eOnPostgres } from "./database";

// Facts of the demo content (prisma/seed.ts) the tests rely on.
export const SEED = {
  headline: "بومبيو يبحث مع حموشي سبل ضمان أمن وسلامة المواطنين الأمريكيين والمغاربة على حد سواء",
  slug: "بومبيو-يبحث-مع-حموشي-سبل-ضمان-أمن-وسلامة-المواطنين-الأمريكيين-والمغاربة-على-حد",
  kicker: "في تصريح للمتحدثة الرسمية باسم وزارة الخارجية الأمريكية، مورغان أورتاغوس:",
  author: "يوسف هناني",
  category: "وطنية",
  date: "07/12/2019",
  related: [
    "الكاتب الاول للحزب إدريس لشكر : الحكومة لها خلط مابين اهداف الحوار الاجتماعي والمقايضة بملفات اجتماعية مصيرية",
    "السفير الفلسطيني: ندعو إلى دعم السلطة الفلسطينية وإلى مزيد من التضامن مع الشعب الفلسطيني الذي يقاوم بصمود منقطع النظير نعيمة",
    "إن ما تحفل به هذه القاعدة الحاشدة من حضور شبابي تتمتع ملامحه بالثقة والأمل في مستقبل زاهر للبلاد والعباد، وتفرز",
  ],
  approvedCommenter: { name: "محمد العلوي", email: "m.alaoui@example.com" },
};

export const articlePath = (slug = SEED.slug) => `/articles/${encodeURIComponent(slug)}`;
export const categoryPath = (slug = SEED.category) => `/category/${encodeURIComponent(slug)}`;

type Param = unknown; // string, number, boolean, null or Date
type Row = Record<string, unknown>;

let pool: pg.Pool | undefined;
function pgPool(): pg.Pool {
  if (!pool) {
    // Rows as SQLite gives them: count(*) (int8) as a number, booleans as 1/0, timestamps as ISO strings.
    const parsers: Record<number, (v: string) => unknown> = {
      20: Number,
      16: (v) => (v === "t" ? 1 : 0),
      1114: (v) => new Date(`${v.replace(" ", "T")}Z`).toISOString(),
    };
    const types = {
      getTypeParser: (oid: number, format?: "text" | "binary") =>
        parsers[oid] ?? pg.types.getTypeParser(oid, format as "text"),
    };
    pool = new pg.Pool({ connectionString: e2eDatabaseUrl(), max: 2, allowExitOnIdle: true, types });
  }
  return pool;
}

/**
 * The e2e database, for checks a browser cannot make (what was stored), on SQLite or
 * PostgreSQL (e2e/database.ts). Write SQL both engines read: quote table and column names
 * ("User", "Article", "createdAt"), `?` placeholders, booleans and dates as parameters (true,
 * new Date()), `RETURNING id` to learn an inserted id. Rows come back as plain objects, alike on
 * both engines: counts are numbers, booleans 1/0, dates ISO strings.
 */
export const sql = {
  async all<T extends Row = Row>(text: string, ...params: Param[]): Promise<T[]> {
    if (e2eOnPostgres()) {
      let n = 0;
      const res = await pgPool().query(
        text.replace(/\?/g, () => `$${++n}`),
        params.map((p) => (p instanceof Date ? p.toISOString() : p)),
      );
      return res.rows as T[];
    }
    const db = new Database(e2eSqliteFile(), { timeout: 10_000 });
    try {
      const stmt = db.prepare(text);
      const args = params.map((p) => (p instanceof Date ? p.toISOString() : typeof p === "boolean" ? Number(p) : p));
      return (stmt.reader ? stmt.all(...args) : (stmt.run(...args), [])) as T[];
    } finally {
      db.close();
    }
  },
  async one<T extends Row = Row>(text: string, ...params: Param[]): Promise<T | undefined> {
    return (await sql.all<T>(text, ...params))[0];
  },
  async run(text: string, ...params: Param[]): Promise<void> {
    await sql.all(text, ...params);
  },
};

/** @deprecated SQLite only: use `sql`, which runs on both engines. */
export function e2eDb() {
  return new Database(e2eSqliteFile(), { timeout: 10_000 });
}

let clientCounter = 0;
/**
 * Each test posts as its own client (flood control is per client address),
 * as distinct readers would.
 */
export function clientHeaders(): Record<string, string> {
  clientCounter += 1;
  return { "x-forwarded-for": `10.${process.pid % 250}.${Math.floor(clientCounter / 250)}.${clientCounter % 250}` };
}

export async function readerContext(browser: Browser, options: BrowserContextOptions = {}) {
  return browser.newContext({ ...options, extraHTTPHeaders: { ...clientHeaders(), ...options.extraHTTPHeaders } });
}

/**
 * The wall clock in the newsroom's zone (the e2e server leaves SITE_TIMEZONE at its default,
 * Africa/Casablanca), as the editor's date and time fields show it; `seconds` adds `:ss`.
 */
export function siteWallTime(ms: number, { seconds = false } = {}) {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Africa/Casablanca",
    hourCycle: "h23",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(ms));
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  const time = `${get("hour")}:${get("minute")}${seconds ? `:${get("second")}` : ""}`;
  return { date: `${get("day")}/${get("month")}/${get("year")}`, time };
}

export const unique = (label: string) => `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/**
 * The response once `path` is answered from Next's page cache (x-nextjs-cache: HIT).
 * Asks a few times: a change made by the spec before expires its tags once more
 * 1.5 s later (lib/site/revalidate.ts), which can fall between two requests.
 */
export async function cachedResponse(request: APIRequestContext, path: string): Promise<APIResponse> {
  let res = await request.get(path);
  await expect
    .poll(async () => (res = await request.get(path)).headers()["x-nextjs-cache"], {
      message: `${path} from the cache`,
      timeout: 5_000,
    })
    .toBe("HIT");
  return res;
}

export const ADMIN = { email: "admin@sahifa.local", password: "sahifa-admin" };

/** A staff account of the given role with its own author profile, made for the test. */
export async function createStaff(role: "ADMINISTRATOR" | "EDITOR" | "AUTHOR" | "CONTRIBUTOR") {
  const tag = `${role.toLowerCase()}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const email = `${tag}@sahifa.test`;
  const password = `pw-${tag}`;
  const now = new Date();
  const user = (await sql.one<{ id: number }>(
    'INSERT INTO "User" (email, name, "passwordHash", role, active, "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id',
    email,
    `موظف ${tag}`,
    bcrypt.hashSync(password, 10),
    role,
    true,
    now,
    now,
  ))!;
  const author = (await sql.one<{ id: number }>(
    'INSERT INTO "Author" (name, slug, "userId", "createdAt") VALUES (?, ?, ?, ?) RETURNING id',
    `كاتب ${tag}`,
    tag,
    user.id,
    now,
  ))!;
  return { email, password, authorId: Number(author.id), userId: Number(user.id) };
}

export async function signIn(page: Page, account: { email: string; password: string }) {
  await page.goto("/login");
  await page.getByLabel("البريد الإلكتروني").fill(account.email);
  await page.getByLabel("كلمة المرور").fill(account.password);
  await page.getByRole("button", { name: "تسجيل الدخول" }).click();
  await page.waitForURL(/\/admin/);
}

/** A page signed in to the newsroom in its own browser context, for a serial spec to share (close its context after). */
export async function signedInPage(browser: Browser, account: { email: string; password: string } = ADMIN) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, account);
  return page;
}

/** Opens the newsroom's new-article form and fills in the headline, the body (typed into the editor) and the category. */
export async function fillNewArticle(page: Page, article: { headline: string; body: string; category: string }) {
  await page.goto("/admin/articles/new");
  await page.getByLabel("العنوان", { exact: true }).fill(article.headline);
  const body = page.getByRole("textbox", { name: "المحتوى" });
  await body.click();
  await body.pressSequentially(article.body);
  await page.getByLabel("التصنيف").selectOption({ label: article.category });
}

/**
 * With unsaved changes, which `field` shows as `value`, leaving asks first: a click on the in-app `link` gets
 * a confirm (dismissed: the page stays, nothing lost), and so does closing the tab (beforeunload, dismissed).
 */
export async function expectLeaveWarnings(page: Page, link: Locator, field: Locator, value: string) {
  const url = page.url();
  const confirm = new Promise<string>((resolve) =>
    page.once("dialog", (d) => {
      resolve(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    }),
  );
  await link.click();
  expect(await confirm).toMatch(/^confirm: .*غير محفوظة/);
  await expect(page).toHaveURL(url);
  await expect(field).toHaveValue(value);

  const beforeUnload = new Promise<string>((resolve) =>
    page.once("dialog", (d) => {
      resolve(d.type());
      void d.dismiss();
    }),
  );
  await page.close({ runBeforeUnload: true });
  expect(await beforeUnload).toBe("beforeunload");
  expect(page.isClosed()).toBe(false);
  await expect(field).toHaveValue(value);
}
