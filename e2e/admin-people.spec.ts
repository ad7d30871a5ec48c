import { type Page, type Request, expect, test } from "@playwright/test";
import { ADMIN, categoryPath, createStaff, signIn, sql, unique } from "./support";

// Taxonomy and people: categories, staff accounts and roles, the activity log.

const one = sql.one;
const run = sql.run;

/** Every server-action POST the page makes, to replay later. */
function captureActions(page: Page) {
  const captured: Request[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && r.headers()["next-action"]) captured.push(r);
  });
  return captured;
}

async function replay(page: Page, request: Request) {
  const headers = { ...request.headers() };
  delete headers.cookie; // page.request sends the replaying session's own cookies
  const res = await page.request.post(request.url(), {
    headers,
    data: request.postDataBuffer() ?? "",
    maxRedirects: 0,
  });
  return { status: res.status(), text: await res.text() };
}

async function createUser(page: Page, account: { email: string; name: string; role: string; password: string }) {
  await page.goto("/admin/users/new");
  await page.getByLabel("البريد الإلكتروني").fill(account.email);
  await page.getByLabel("الاسم").fill(account.name);
  await page.getByLabel("الدور").selectOption({ label: account.role });
  await page.getByLabel("كلمة المرور").fill(account.password);
  await page.getByRole("button", { name: "إضافة", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/users\/\d+/);
  return Number(page.url().match(/users\/(\d+)/)![1]);
}

async function changeRole(page: Page, userId: number, role: string) {
  await page.goto(`/admin/users/${userId}`);
  await page.getByLabel("الدور").selectOption({ label: role });
  await page.getByRole("button", { name: "تغيير الدور" }).click();
}

test.describe("newsroom: categories", () => {
  test("an administrator creates a category, it is in the public navigation within 2 s; one with articles cannot be deleted", async ({
    page,
    request,
  }) => {
    await signIn(page, ADMIN);
    await page.getByRole("link", { name: "التصنيفات" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("التصنيفات");
    await page.getByRole("link", { name: "تصنيف جديد" }).click();

    // A slug already used by another category is refused next to its field; what was typed stays.
    const name = unique("ثقافة");
    await page.getByLabel("الاسم").fill(name);
    await page.getByLabel("الرابط المختصر").fill("وطنية");
    await page.getByLabel("الوصف").fill("أخبار الثقافة والفنون.");
    await page.getByRole("button", { name: "إضافة", exact: true }).click();
    await expect(page.getByText("هذا الرابط المختصر مستعمل في تصنيف آخر.")).toBeVisible();
    await expect(page.getByLabel("الاسم")).toHaveValue(name);
    await expect(page.getByLabel("الوصف")).toHaveValue("أخبار الثقافة والفنون.");

    // Empty slug: derived from the name.
    await page.getByLabel("الرابط المختصر").fill("");
    await page.getByRole("button", { name: "إضافة", exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/categories\/\d+\?saved=1/);
    await expect(page.getByRole("status").filter({ hasText: "أُضيف" })).toHaveText("أُضيف التصنيف.");
    const row = (await one('SELECT slug, "parentId" FROM "Category" WHERE name = ?', name))!;
    expect(row.slug).toBe(name.replace(/\s+/g, "-"));
    expect(row.parentId).toBeNull();

    const started = Date.now();
    await expect(async () => {
      const home = await (await request.get("/")).text();
      expect(home).toContain(`>${name}</a>`);
    }).toPass({ timeout: 2_000, intervals: [100, 200, 300] });
    console.log(`new category → public navigation: ${Date.now() - started} ms`);
    expect((await request.get(categoryPath(String(row.slug)))).status()).toBe(200);

    // A category with articles: a clear Arabic refusal, and it stays.
    const national = (await one(`SELECT id FROM "Category" WHERE slug = 'وطنية'`))!;
    await page.goto(`/admin/categories/${national.id}`);
    page.once("dialog", (d) => d.accept());
    await page.getByRole("button", { name: "حذف", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "لا يمكن حذف" })).toContainText(
      "لا يمكن حذف هذا التصنيف لأنه يضم مقالات",
    );
    expect(await one('SELECT id FROM "Category" WHERE id = ?', national.id)).toBeDefined();

    // The empty one goes, and leaves the navigation.
    await page.goto(`/admin/categories?page=1`);
    await page.getByRole("link", { name, exact: true }).click();
    page.once("dialog", (d) => d.accept());
    await page.getByRole("button", { name: "حذف", exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/categories\?deleted=1/);
    await expect(async () => {
      expect(await (await request.get("/")).text()).not.toContain(name);
    }).toPass({ timeout: 2_000, intervals: [100, 200, 300] });
  });
});

test.describe("newsroom: staff accounts", () => {
  test("an administrator creates an author-role account (password checked on the server), who can then sign in", async ({
    page,
    browser,
  }) => {
    test.setTimeout(60_000); // several sign-ins (argon2id) and two browser sessions
    await signIn(page, ADMIN);
    await page.getByRole("link", { name: "الموظفون" }).click();
    await page.getByRole("link", { name: "حساب جديد" }).click();

    const tag = unique("writer").replace(/\s+/g, "-");
    const account = {
      email: `${tag}@Sahifa.Test`,
      name: unique("سعاد بناني"),
      role: "كاتب",
      password: "كلمة-سر-طويلة-2024",
    };
    // Too short a password (the browser's own check removed): the server's Arabic message, values kept.
    await page.getByLabel("البريد الإلكتروني").fill(account.email);
    await page.getByLabel("الاسم").fill(account.name);
    await page.getByLabel("الدور").selectOption({ label: account.role });
    await page.getByLabel("كلمة المرور").evaluate((el: HTMLInputElement) => el.removeAttribute("minlength"));
    await page.getByLabel("كلمة المرور").fill("short");
    await page.getByRole("button", { name: "إضافة", exact: true }).click();
    await expect(page.getByText("كلمة المرور يجب أن تتكون من 12 حرفاً على الأقل")).toBeVisible();
    await expect(page.getByLabel("البريد الإلكتروني")).toHaveValue(account.email);
    await expect(page.getByLabel("الاسم")).toHaveValue(account.name);
    await expect(page.getByLabel("الدور")).toHaveValue("AUTHOR");
    await expect(page.getByLabel("كلمة المرور")).toHaveValue("");

    await page.getByLabel("كلمة المرور").fill(account.password);
    await page.getByRole("button", { name: "إضافة", exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/users\/\d+\?created=1/);
    const id = Number(page.url().match(/users\/(\d+)/)![1]);
    const stored = (await one('SELECT email, role, active, "passwordHash" FROM "User" WHERE id = ?', id))!;
    expect(stored).toMatchObject({ email: account.email.toLowerCase(), role: "AUTHOR", active: 1 });
    expect(String(stored.passwordHash)).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);

    // They sign in (with the address as typed) and are an author: no staff pages.
    const theirs = await (await browser.newContext()).newPage();
    await signIn(theirs, { email: account.email, password: account.password });
    await expect(theirs.getByRole("navigation", { name: "غرفة التحرير" })).toContainText("· كاتب");
    await expect(theirs.getByRole("link", { name: "الموظفون" })).toHaveCount(0);
    await page.getByRole("link", { name: "سجل النشاط" }).click();
    await expect(page.locator("tr", { hasText: account.name }).filter({ hasText: "إنشاء حساب موظف" })).toHaveCount(1);
  });

  test("a role change applies at once and shows in /admin/activity; a deactivated member is signed out", async ({
    page,
    browser,
  }) => {
    test.setTimeout(60_000); // several sign-ins (argon2id) and two browser sessions
    const member = await createStaff("AUTHOR");
    const id = member.userId;
    const account = { ...member, name: String((await one('SELECT name FROM "User" WHERE id = ?', id))!.name) };
    const theirs = await (await browser.newContext()).newPage();
    await signIn(theirs, member);
    await expect(theirs.getByRole("navigation", { name: "غرفة التحرير" })).toContainText("· كاتب");

    await signIn(page, ADMIN);
    await changeRole(page, id, "مساهم");
    await expect(page.getByRole("status").filter({ hasText: "تم تغيير الدور." })).toBeVisible();
    expect((await one('SELECT role FROM "User" WHERE id = ?', id))!.role).toBe("CONTRIBUTOR");
    await theirs.reload();
    await expect(theirs.getByRole("navigation", { name: "غرفة التحرير" })).toContainText("· مساهم");

    await page.getByRole("link", { name: "سجل النشاط" }).click();
    const logged = page.locator("tr", { hasText: account.name }).filter({ hasText: "تغيير دور موظف" });
    await expect(logged).toHaveCount(1);
    await expect(logged).toContainText("من كاتب إلى مساهم");
    await expect(page.locator("tbody tr").first()).toContainText("تغيير دور موظف"); // newest first

    // Deactivated: signed out at once, and cannot sign in again.
    await page.goto(`/admin/users/${id}`);
    await page.getByRole("button", { name: "تعطيل الحساب" }).click();
    await expect(page.getByRole("status").filter({ hasText: "عُطّل الحساب." })).toBeVisible();
    await theirs.goto("/admin");
    await expect(theirs).toHaveURL(/\/login/);
    await theirs.getByLabel("البريد الإلكتروني").fill(account.email);
    await theirs.getByLabel("كلمة المرور").fill(account.password);
    await theirs.getByRole("button", { name: "تسجيل الدخول" }).click();
    await expect(theirs.getByRole("alert").filter({ hasText: "غير صحيحة" })).toBeVisible();
    await expect(theirs).toHaveURL(/\/login/);
  });

  test("a password reset ends the member's open sessions; the new password signs in", async ({ page, browser }) => {
    test.setTimeout(60_000); // several sign-ins (argon2id) and two browser sessions
    const member = await createStaff("EDITOR");
    const theirs = await (await browser.newContext()).newPage();
    await signIn(theirs, member);
    await expect(theirs.getByRole("navigation", { name: "غرفة التحرير" })).toBeVisible();

    await signIn(page, ADMIN);
    await page.goto(`/admin/users/${member.userId}`);
    const newPassword = "كلمة-سر-جديدة-تماماً-2026";
    await page.getByLabel("كلمة المرور الجديدة").fill(newPassword);
    await page.getByRole("button", { name: "تعيين كلمة مرور جديدة" }).click();
    await expect(page.getByRole("status").filter({ hasText: "عُيّنت كلمة المرور الجديدة." })).toBeVisible();

    // The old session's token is still a valid JWT, but its credential stamp no longer matches.
    await theirs.goto("/admin");
    await expect(theirs).toHaveURL(/\/login/);
    await signIn(theirs, { email: member.email, password: newPassword });
    await expect(theirs.getByRole("navigation", { name: "غرفة التحرير" })).toBeVisible();
    // The administrator's own session is untouched.
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/admin$/);
  });

  test("an editor cannot open /admin/users, and replayed create-user and change-role calls are refused", async ({
    page,
    browser,
  }) => {
    test.setTimeout(60_000); // several sign-ins (argon2id) and two browser sessions
    // The administrator's real calls, captured.
    await signIn(page, ADMIN);
    const captured = captureActions(page);
    const email = `${unique("target").replace(/\s+/g, "-")}@sahifa.test`;
    const id = await createUser(page, { email, name: unique("هدف"), role: "كاتب", password: "a-long-enough-password" });
    await changeRole(page, id, "مدير");
    await expect(page.getByRole("status").filter({ hasText: "تم تغيير الدور." })).toBeVisible();
    const [createCall, roleCall] = captured;
    expect(createCall && roleCall).toBeTruthy();

    // Back to where the replays would take effect: no such address, an author.
    await run(`UPDATE "User" SET email = ?, role = 'AUTHOR' WHERE id = ?`, `moved-${email}`, id);

    const editor = await (await browser.newContext()).newPage();
    await signIn(editor, await createStaff("EDITOR"));
    await expect(editor.getByRole("link", { name: "الموظفون" })).toHaveCount(0);
    await expect(editor.getByRole("link", { name: "سجل النشاط" })).toHaveCount(0);
    for (const path of ["/admin/users", "/admin/users/new", `/admin/users/${id}`, "/admin/activity"]) {
      await editor.goto(path);
      expect(new URL(editor.url()).pathname).toBe("/admin");
      await expect(editor.getByRole("alert").filter({ hasText: "صلاحية" })).toHaveText(
        "ليست لديك صلاحية الوصول إلى هذه الصفحة.",
      );
    }
    // Taxonomy is theirs.
    await editor.goto("/admin/categories");
    await expect(editor.getByRole("heading", { level: 1 })).toContainText("التصنيفات");

    for (const call of [createCall!, roleCall!]) {
      const res = await replay(editor, call);
      expect(res.status).toBeLessThan(500);
      expect(res.text).toContain("غير مسموح لك بهذا الإجراء.");
    }
    expect(await one('SELECT id FROM "User" WHERE email = ?', email)).toBeUndefined();
    expect((await one('SELECT role FROM "User" WHERE id = ?', id))!.role).toBe("AUTHOR");

    // Control: the same role call replayed by the administrator does take effect.
    const res = await replay(page, roleCall!);
    expect(res.text).toContain("تم تغيير الدور.");
    expect((await one('SELECT role FROM "User" WHERE id = ?', id))!.role).toBe("ADMINISTRATOR");
    await run(`UPDATE "User" SET role = 'AUTHOR' WHERE id = ?`, id);
  });

  test("the last active administrator cannot demote or deactivate themself", async ({ page }) => {
    const me = (await one('SELECT id FROM "User" WHERE email = ?', ADMIN.email))!;
    // Other tests leave administrators behind: set them aside for this test.
    const others = (
      await sql.all<{ id: number }>(
        `SELECT id FROM "User" WHERE role = 'ADMINISTRATOR' AND active = ? AND id != ?`,
        true,
        Number(me.id),
      )
    ).map((r) => r.id);
    await run(
      `UPDATE "User" SET active = ? WHERE id IN (${others.map(() => "?").join(",") || "NULL"})`,
      false,
      ...others,
    );
    try {
      await signIn(page, ADMIN);
      await changeRole(page, Number(me.id), "محرر");
      await expect(page.getByRole("alert").filter({ hasText: "آخر مدير" })).toHaveText(
        "لا يمكن تخفيض دور آخر مدير نشط أو تعطيل حسابه. عيّن مديراً آخر أولاً.",
      );
      await page.getByRole("button", { name: "تعطيل الحساب" }).click();
      await expect(page.locator("form", { hasText: "تعطيل الحساب" }).getByRole("alert")).toContainText("آخر مدير نشط");
      expect(await one('SELECT role, active FROM "User" WHERE id = ?', me.id)).toEqual({
        role: "ADMINISTRATOR",
        active: 1,
      });
      await page.goto("/admin/users");
      await expect(page.getByRole("heading", { level: 1 })).toContainText("الموظفون");
    } finally {
      await run(
        `UPDATE "User" SET active = ? WHERE id IN (${others.map(() => "?").join(",") || "NULL"})`,
        true,
        ...others,
      );
    }
  });
});

test.describe("newsroom: author profiles", () => {
  test("an author edits their own byline's name and bio, nothing else and no one else's", async ({ page }) => {
    const author = await createStaff("AUTHOR");
    const before = (await one('SELECT slug, photo FROM "Author" WHERE id = ?', author.authorId))!;
    await signIn(page, author);
    await page.getByRole("link", { name: "ملفي ككاتب" }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/authors/${author.authorId}$`));
    await expect(page.getByLabel("الرابط المختصر")).toHaveCount(0);
    await expect(page.getByLabel("رابط الصورة")).toHaveCount(0);

    const bio = unique("صحفية تكتب عن الاقتصاد");
    await page.getByLabel("نبذة").fill(bio);
    // Forge: slip slug and photo fields into the form.
    await page.locator("form", { has: page.getByLabel("نبذة") }).evaluate((form: HTMLFormElement) => {
      for (const [name, value] of [
        ["slug", "hijacked"],
        ["photo", "https://evil.example/x.png"],
      ]) {
        const input = document.createElement("input");
        input.type = "hidden";
        input.name = name!;
        input.value = value!;
        form.append(input);
      }
    });
    await page.getByRole("button", { name: "حفظ", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "تم حفظ" })).toHaveText("تم حفظ ملف الكاتب.");
    expect(await one('SELECT bio, slug, photo FROM "Author" WHERE id = ?', author.authorId)).toEqual({
      bio,
      slug: before.slug,
      photo: before.photo,
    });

    // Someone else's profile, and the list of all, are not theirs.
    const seedAuthor = (await one('SELECT id FROM "Author" WHERE id != ? ORDER BY id LIMIT 1', author.authorId))!;
    expect((await page.goto(`/admin/authors/${seedAuthor.id}`))?.status()).toBe(404);
    await page.goto("/admin/authors");
    await expect(page).toHaveURL(new RegExp(`/admin/authors/${author.authorId}$`));
  });
});

test.describe("newsroom: tags and bylines", () => {
  test("a tag is added, refused under a taken name, found, renamed and deleted; a byline with articles stays", async ({
    page,
  }) => {
    await signIn(page, ADMIN);
    await page.goto("/admin/tags");
    const add = page.locator("section", { has: page.getByRole("heading", { name: "وسم جديد" }) });
    const name = unique("وسم");
    await add.getByLabel("الاسم").fill(name);
    await add.getByRole("button", { name: "إضافة", exact: true }).click();
    await expect(add.getByRole("status")).toHaveText("أُضيف الوسم.");
    await expect(add.getByLabel("الاسم")).toHaveValue("");

    // The same name again makes the same slug: refused at the name, which stays as typed.
    await add.getByLabel("الاسم").fill(name);
    await add.getByRole("button", { name: "إضافة", exact: true }).click();
    await expect(add.locator("#new-tag-name-error")).toHaveText("يوجد وسم آخر بهذا الاسم أو الرابط المختصر.");
    await expect(add.getByLabel("الاسم")).toHaveValue(name);

    await page.goto(`/admin/tags?${new URLSearchParams({ q: name })}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("(1)");
    await page.getByRole("link", { name, exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/tags\/\d+$/);
    const tagId = Number(page.url().match(/tags\/(\d+)/)![1]);
    const renamed = unique("وسم آخر");
    await page.getByLabel("الاسم").fill(renamed);
    await page.getByRole("button", { name: "حفظ", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "تم حفظ" })).toHaveText("تم حفظ الوسم.");
    const captured = captureActions(page);
    page.once("dialog", (d) => d.accept());
    await page.getByRole("button", { name: "حذف", exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/tags\?deleted=1/);
    // The delete replayed for the same tag, now gone, and with ids that are no row id (past 32 bits: an error on
    // PostgreSQL if it reached the query): refused, never a 5xx.
    const deleteCall = captured.find((r) => /name="_?\d+_id"\r\n\r\n\d+/.test(r.postData() ?? ""))!;
    expect(deleteCall).toBeTruthy();
    for (const forged of [String(tagId), "99999999999", "2147483648", "1e3"]) {
      const body = deleteCall.postData()!.replace(/(name="_?\d+_id"\r\n\r\n)\d+/, `$1${forged}`);
      const headers = { ...deleteCall.headers() };
      delete headers.cookie;
      const res = await page.request.post(deleteCall.url(), { headers, data: body, maxRedirects: 0 });
      expect(res.status(), forged).toBeLessThan(500);
      expect(await res.text(), forged).toContain("غير مسموح لك بهذا الإجراء.");
    }
    expect(await one('SELECT id FROM "Tag" WHERE id = ?', tagId)).toBeUndefined();
    expect(
      await one('SELECT summary FROM "ActivityLog" WHERE action = ? AND "targetId" = ?', "tag.delete", tagId),
    ).toEqual({ summary: renamed });

    // A byline that signs articles is kept, with the reason; a new one with none is deleted.
    const signing = (await one('SELECT "authorId" AS id FROM "Article" ORDER BY id LIMIT 1'))!;
    await page.goto(`/admin/authors/${signing.id}`);
    page.once("dialog", (d) => d.accept());
    await page.getByRole("button", { name: "حذف", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "لا يمكن حذف" })).toContainText(
      "لا يمكن حذف هذا الكاتب لأن له مقالات",
    );
    expect(await one('SELECT id FROM "Author" WHERE id = ?', signing.id)).toBeDefined();

    await page.goto("/admin/authors/new");
    const byline = unique("كاتبة");
    await page.getByLabel("الاسم").fill(byline);
    await page.getByRole("button", { name: "إضافة", exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/authors\/\d+\?saved=1/);
    const authorId = Number(page.url().match(/authors\/(\d+)/)![1]);
    page.once("dialog", (d) => d.accept());
    await page.getByRole("button", { name: "حذف", exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/authors\?deleted=1/);
    await expect(page.getByRole("status").filter({ hasText: "حُذف" })).toHaveText("حُذف الكاتب.");
    expect(await one('SELECT id FROM "Author" WHERE id = ?', authorId)).toBeUndefined();
  });
});
