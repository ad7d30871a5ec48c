import { type Browser, type Page, expect, test } from "@playwright/test";
import { actionFields, postComment, readerAddress, trustedCommenter } from "./comment-form";
import { ADMIN, fillNewArticle, signIn, sql, unique } from "./support";

// Nothing lost under load: 200 readers post the article's comment form at the
// same moment (the form as it posts without JavaScript, each from its own
// address), then exactly 200 rows must exist, each once, byte for byte; and
// again while the newsroom publishes articles in parallel.
const READERS = 200;
let run = 0;

/** Unique, mixed-script text: Arabic with diacritics, Arabic-Indic digits, Latin, emoji, a line break. */
function commentText(tag: string, i: number) {
  const digits = String(i).replace(/\d/g, (d) => "٠١٢٣٤٥٦٧٨٩".charAt(Number(d)));
  return `${tag} تعليق رقم ${digits} (${i}): «السَّلامُ عَلَيْكُم» — naïve café 🌙\nسطر ثانٍ، لا يضيع شيء.`.normalize("NFC");
}

async function postAll(tag: string) {
  const base = test.info().project.use.baseURL!;
  const fields = await actionFields(base);
  run += 1;
  const texts = Array.from({ length: READERS }, (_, i) => commentText(tag, i));
  const approve = (content: string) => sql.run(`UPDATE "Comment" SET status = 'APPROVED' WHERE content = ?`, content);
  const trusted = await trustedCommenter(base, fields, approve, readerAddress(run, READERS));
  const started = Date.now();
  const replies = await Promise.all(
    texts.map((content, i) =>
      postComment(base, fields, {
        content,
        // Every tenth is someone already approved, from their own browser: published at once, so
        // cached pages are expired too.
        ...(i % 10 === 0
          ? { name: trusted.name, email: trusted.email }
          : { name: `قارئ ${i}`, email: `reader.${tag.replace(/\W/g, "")}.${i}@example.org` }),
        headers: { ...readerAddress(run, i), ...(i % 10 === 0 ? { cookie: trusted.cookie } : {}) },
      }).then((r) => ({ ...r, body: r.outcome === "other" ? r.body.slice(0, 300) : "" })),
    ),
  );
  const ms = Date.now() - started;
  const failed = replies.filter((r) => r.outcome === "other");
  expect(failed, `failed replies: ${JSON.stringify(failed.slice(0, 3))}`).toEqual([]);
  return { texts, ms, published: replies.filter((r) => r.outcome === "published").length };
}

async function expectStoredOnce(tag: string, texts: string[]) {
  const rows = await sql.all<{ content: string; n: number }>(
    'SELECT content, count(*) AS n FROM "Comment" WHERE content LIKE ? GROUP BY content',
    `${tag}%`,
  );
  expect(rows.length).toBe(READERS);
  expect(rows.filter((r) => Number(r.n) !== 1)).toEqual([]);
  // Byte-equal: the same UTF-8 bytes came back for every text that was sent.
  const stored = new Set(rows.map((r) => Buffer.from(r.content, "utf8").toString("hex")));
  expect(texts.filter((t) => !stored.has(Buffer.from(t, "utf8").toString("hex")))).toEqual([]);
}

/**
 * The dashboard's article form on `pages` signed-in pages, filled in and ready;
 * `publish()` then publishes `count` articles through them, all pages at once.
 */
async function newsroom(browser: Browser, tag: string, pages: number, count: number) {
  const context = await browser.newContext();
  const first = await context.newPage();
  await signIn(first, ADMIN);
  const tabs = [first];
  while (tabs.length < pages) tabs.push(await context.newPage());
  const headlines: string[] = [];
  const fill = async (page: Page, k: number) => {
    const headline = `${tag} خبر ${k}`;
    headlines.push(headline);
    await fillNewArticle(page, { headline, body: "نص الخبر.", category: "اقتصاد" });
  };
  await Promise.all(tabs.map((page, p) => fill(page, p)));
  const publish = async () => {
    await Promise.all(
      tabs.map(async (page, p) => {
        for (let k = p; k < count; k += pages) {
          if (k !== p) await fill(page, k);
          await page.getByRole("button", { name: "نشر", exact: true }).click();
          await expect(page.getByRole("status").filter({ hasText: "تم النشر." })).toBeVisible({ timeout: 120_000 });
        }
      }),
    );
    await context.close();
    return headlines;
  };
  return { publish };
}

test.describe("nothing lost under load", () => {
  test.setTimeout(300_000);

  test(`${READERS} readers comment at once: ${READERS} rows, each once, text intact`, async () => {
    const tag = unique("حمل");
    const { texts, ms, published } = await postAll(tag);
    console.log(`${READERS} concurrent comments answered in ${ms} ms (${published} published at once, the rest held)`);
    expect(published).toBe(READERS / 10);
    await expectStoredOnce(tag, texts);
  });

  test(`${READERS} readers comment at once while articles are published in parallel`, async ({ browser }) => {
    const tag = unique("حمل ونشر");
    const desk = await newsroom(browser, tag, 3, 6);
    const started = Date.now();
    const [comments, headlines] = await Promise.all([postAll(tag), desk.publish()]);
    console.log(
      `${READERS} comments in ${comments.ms} ms alongside ${headlines.length} articles published in ${Date.now() - started} ms`,
    );
    await expectStoredOnce(tag, comments.texts);
    const articles = await sql.all<{ headline: string; status: string }>(
      'SELECT headline, status FROM "Article" WHERE headline LIKE ?',
      `${tag}%`,
    );
    expect(articles.map((a) => a.headline).sort()).toEqual([...headlines].sort());
    expect(articles.every((a) => a.status === "PUBLISHED")).toBe(true);
  });
});
