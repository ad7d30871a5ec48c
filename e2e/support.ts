import Database from "better-sqlite3";
import bcrypt from "bcryptjs";
import type { Browser, BrowserContextOptions, Page } from "@playwright/test";

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

/** The e2e database, for checks a browser cannot make (what was stored). */
export function e2eDb() {
  const port = Number(process.env.E2E_PORT || 3100);
  return new Database(port === 3100 ? "data/e2e.db" : `data/e2e-${port}.db`, { timeout: 10_000 });
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

export const unique = (label: string) => `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export const ADMIN = { email: "admin@sahifa.local", password: "sahifa-admin" };

/** A staff account of the given role with its own author profile, made for the test. */
export function createStaff(role: "ADMINISTRATOR" | "EDITOR" | "AUTHOR" | "CONTRIBUTOR") {
  const db = e2eDb();
  const tag = `${role.toLowerCase()}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const email = `${tag}@sahifa.test`;
  const password = `pw-${tag}`;
  const now = new Date().toISOString();
  const user = db
    .prepare("INSERT INTO User (email, name, passwordHash, role, active, createdAt, updatedAt) VALUES (?, ?, ?, ?, 1, ?, ?)")
    .run(email, `موظف ${tag}`, bcrypt.hashSync(password, 10), role, now, now);
  const author = db.prepare("INSERT INTO Author (name, slug, userId, createdAt) VALUES (?, ?, ?, ?)").run(`كاتب ${tag}`, tag, user.lastInsertRowid, now);
  db.close();
  return { email, password, authorId: Number(author.lastInsertRowid), userId: Number(user.lastInsertRowid) };
}

export async function signIn(page: Page, account: { email: string; password: string }) {
  await page.goto("/login");
  await page.getByLabel("البريد الإلكتروني").fill(account.email);
  await page.getByLabel("كلمة المرور").fill(account.password);
  await page.getByRole("button", { name: "تسجيل الدخول" }).click();
  await page.waitForURL(/\/admin/);
}
