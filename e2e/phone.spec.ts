import { type Page, expect, test } from "@playwright/test";
import { actionFields, postComment, trustedCommenter } from "./comment-form";
import { articlePath, categoryPath, clientHeaders, readerContext, sql, unique } from "./support";

// A reader on a 390 px phone: the header leaves room for the news, the
// category navigation shows that it scrolls, every tap target is at least
// 24×24 px (WCAG 2.2, 2.5.8), and nothing makes the page scroll sideways.

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const PAGES = [
  ["home", "/"],
  ["article", articlePath()],
  ["listing", categoryPath()],
  ["search", "/search?q=%D8%A7%D9%84%D9%85%D8%BA%D8%B1%D8%A8"],
  ["not found", "/articles/no-such-article"],
] as const;

test.use(PHONE);

/** Interactive elements smaller than 24×24 px (links inside running text excepted, as WCAG excepts them). */
function smallTargets(page: Page) {
  return page.evaluate(() => {
    const out: string[] = [];
    const targets = document.querySelectorAll<HTMLElement>(
      "a[href], button, input:not([type=hidden]), select, textarea, summary",
    );
    for (const el of targets) {
      if (el.closest(".prose-ar, template, [aria-hidden=true]")) continue;
      // Not shown: display none, visibility hidden, or inside a closed <details>.
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      const box = el.getBoundingClientRect();
      if (box.width <= 1 && box.height <= 1) continue; // visually hidden until focused (skip link)
      if (box.width < 24 || box.height < 24) {
        const label = (el.getAttribute("aria-label") || el.textContent || el.getAttribute("name") || "").trim();
        out.push(
          `${el.tagName.toLowerCase()} "${label.slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
      }
    }
    return out;
  });
}

const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const [name, path] of PAGES) {
  test(`390 px, ${name}: header at most 140 px, tap targets at least 24×24, no sideways scroll`, async ({ page }) => {
    await page.goto(path);
    const header = await page.locator("body > header, header").first().boundingBox();
    console.log(`390 px, ${name}: header ${Math.round(header!.height)} px`);
    expect(header!.height).toBeLessThanOrEqual(140);
    expect(await smallTargets(page)).toEqual([]);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
  });
}

test("390 px: the category navigation scrolls sideways and shows there is more; search opens from an icon without JavaScript", async ({
  browser,
}) => {
  const context = await readerContext(browser, { ...PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  const list = page.getByRole("navigation", { name: "التصنيفات" }).locator("ul");
  const overflow = await list.evaluate((ul) => ({
    scrolls: ul.scrollWidth > ul.clientWidth,
    style: getComputedStyle(ul).overflowX,
    background: getComputedStyle(ul).backgroundImage,
    attachment: getComputedStyle(ul).backgroundAttachment,
  }));
  expect(overflow.scrolls).toBe(true);
  expect(overflow.style).toBe("auto");
  // The scrolling shadows: a fade at an edge where more links wait, covered at an end that is reached.
  expect(overflow.background).toContain("gradient");
  expect(overflow.attachment).toContain("local");
  expect(overflow.attachment).toContain("scroll");
  // The last category is off-screen at first, and reachable by scrolling.
  const last = list.locator("li").last();
  await expect(last).not.toBeInViewport();
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();

  // The search field is behind an icon: a tap opens it, and it searches.
  const search = page.getByRole("searchbox", { name: "ابحث في الأخبار" });
  await expect(search).toBeHidden();
  await page.locator("header summary").click();
  await search.fill("حموشي");
  await search.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(page.getByRole("main")).toContainText("حموشي");
  await context.close();
});

test("390 px: a very long comment and a 500-character word do not widen the article page", async ({ page }) => {
  const base = test.info().project.use.baseURL!;
  const fields = await actionFields(base);
  const approve = (content: string) => sql.run(`UPDATE "Comment" SET status = 'APPROVED' WHERE content = ?`, content);
  // Published at once (an approved commenter's own browser), so it is on the page every reader gets.
  const trusted = await trustedCommenter(base, fields, approve, clientHeaders());
  const word = "ب".repeat(250) + "x".repeat(250);
  const long = `${unique("تعليق طويل")} ${word}\n\n${"كلام طويل جدا ".repeat(400)}`;
  const reply = await postComment(base, fields, {
    content: long,
    name: trusted.name,
    email: trusted.email,
    headers: { ...clientHeaders(), cookie: trusted.cookie },
  });
  expect(reply.outcome).toBe("published");
  const id = Number(reply.location.match(/#comment-(\d+)$/)![1]);
  await page.goto(articlePath());
  await expect(page.locator(`#comment-${id}`)).toContainText("x".repeat(50));
  expect(await sideways(page)).toBeLessThanOrEqual(0);
  const box = await page.locator(`#comment-${id}`).boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
});
