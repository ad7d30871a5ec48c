import { type Page, expect, test } from "@playwright/test";
import { createStaff, readerContext, signIn } from "./support";

const FAILED = "البريد الإلكتروني أو كلمة المرور غير صحيحة.";
const THROTTLED = "محاولات دخول فاشلة كثيرة. انتظر 15 دقيقة ثم حاول مجدداً.";

/** One sign-in attempt through the form, waiting for the server's answer. */
async function attempt(page: Page, email: string, password: string) {
  await page.getByLabel("البريد الإلكتروني").fill(email);
  await page.getByLabel("كلمة المرور").fill(password);
  const answered = page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
  await page.getByRole("button", { name: "تسجيل الدخول" }).click();
  await answered;
}

const sessionCookie = async (page: Page) =>
  (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"));

test.describe("newsroom: sign-in and sign-out", () => {
  test("after 10 failed sign-ins an account is throttled, even with the right password", async ({ browser }) => {
    // A fresh account (the demo administrator stays usable for other tests), from
    // its own client address (failures are also counted per address).
    const account = await createStaff("AUTHOR");
    const context = await readerContext(browser);
    const page = await context.newPage();
    await page.goto("/login");
    for (let i = 1; i <= 10; i++) {
      await attempt(page, account.email, `wrong-${i}`);
      await expect(page.locator('p[role="alert"]')).toHaveText(FAILED);
    }
    await attempt(page, account.email, account.password);
    await expect(page.locator('p[role="alert"]')).toHaveText(THROTTLED);
    await expect(page).toHaveURL(/\/login/);
    expect(await sessionCookie(page)).toBeUndefined();
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/login/);
    await context.close();
  });

  test("the session cookie is HttpOnly and SameSite=Lax; signing out ends the session", async ({ page }) => {
    await signIn(page, await createStaff("EDITOR"));
    const cookie = await sessionCookie(page);
    expect(cookie).toBeDefined();
    expect(cookie!.httpOnly).toBe(true);
    expect(cookie!.sameSite).toBe("Lax");
    expect(cookie!.path).toBe("/");
    // Scripts on the page cannot read it.
    expect(await page.evaluate(() => document.cookie)).not.toContain("session-token");

    await page.getByRole("button", { name: "تسجيل الخروج" }).click();
    await expect(page).toHaveURL(/\/login/);
    expect(await sessionCookie(page)).toBeUndefined();
    for (const path of ["/admin", "/admin/articles"]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/login/);
    }
  });
});
