// Seeds the demo newsroom on an empty database; on a database that already has
// articles it only makes sure the first administrator exists. Never deletes.
import { slugify } from "../lib/text/slug";
import { paragraphsToHtml } from "../lib/articles/sanitize";
import { adminCredentials } from "../lib/auth/admin-credentials";
import { hashPassword } from "../lib/auth/password";
import { db } from "../lib/db/client";
import { databaseUrl, sqliteFilePath } from "../lib/db/url";
import { loadSourceArticle } from "./seed-data/source-article";
import { authors, categories, relatedBodies, sampleArticles, seedComments, seedTags } from "./seed-data/samples";

const HOUR = 3600_000;

async function ensureAdmin() {
  const { email, password, name } = adminCredentials();
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) return;
  await db.user.create({
    data: { email, name, role: "ADMINISTRATOR", passwordHash: await hashPassword(password) },
  });
  console.log(`seed: administrator ${email} created`);
}

async function seedContent() {
  const cats = new Map<string, number>();
  for (const [position, c] of categories.entries()) {
    const row = await db.category.create({ data: { ...c, position } });
    cats.set(c.name, row.id);
  }
  const authorIds: number[] = [];
  for (const a of authors) authorIds.push((await db.author.create({ data: a })).id);

  // The source article, verbatim, with its date as printed (07/12/2019, morning in Casablanca).
  const src = loadSourceArticle();
  const srcDate = new Date(Date.UTC(src.date.year, src.date.month - 1, src.date.day, 9, 0));
  const srcAuthor = authors.findIndex((a) => a.name === src.author);
  const article = await db.article.create({
    data: {
      slug: slugify(src.headline),
      headline: src.headline,
      kicker: src.kicker,
      excerpt: null,
      body: src.paragraphs.map((p) => paragraphsToHtml(p)).join("\n"),
      status: "PUBLISHED",
      publishedAt: srcDate,
      authorId: authorIds[srcAuthor]!,
      categoryId: cats.get("وطنية")!,
      tags: {
        create: seedTags.map((name) => ({
          tag: { connectOrCreate: { where: { slug: slugify(name) }, create: { name, slug: slugify(name) } } },
        })),
      },
    },
  });

  // The three related stories listed under it, published the days before.
  for (const [i, headline] of src.related.entries()) {
    await db.article.create({
      data: {
        slug: slugify(headline),
        headline,
        excerpt: relatedBodies(headline)[1],
        body: paragraphsToHtml(relatedBodies(headline).join("\n")),
        status: "PUBLISHED",
        publishedAt: new Date(srcDate.getTime() - (i + 1) * 24 * HOUR),
        authorId: authorIds[(i + 1) % authorIds.length]!,
        categoryId: cats.get("وطنية")!,
      },
    });
  }

  // Sample stories, newest first from a fixed date, every nine hours.
  const start = Date.UTC(2026, 10, 28, 18, 0);
  for (const [i, s] of sampleArticles().entries()) {
    await db.article.create({
      data: {
        slug: slugify(s.headline),
        headline: s.headline,
        excerpt: s.excerpt,
        body: paragraphsToHtml(s.paragraphs.join("\n")),
        status: "PUBLISHED",
        publishedAt: new Date(start - i * 9 * HOUR),
        authorId: authorIds[s.author]!,
        categoryId: cats.get(s.category)!,
      },
    });
  }

  // A short approved thread under the source article.
  const ids = new Map<string, number>();
  for (const [i, c] of seedComments.entries()) {
    const row = await db.comment.create({
      data: {
        articleId: article.id,
        parentId: c.parent ? ids.get(c.parent)! : null,
        authorName: c.name,
        authorEmail: c.email,
        authorUrl: c.url,
        authorIp: "127.0.0.1",
        content: c.content,
        status: "APPROVED",
        createdAt: new Date(srcDate.getTime() + (i + 2) * HOUR),
      },
    });
    ids.set(c.key, row.id);
  }
  console.log(`seed: ${await db.article.count()} articles, ${await db.comment.count()} comments`);
}

async function main() {
  const file = sqliteFilePath(databaseUrl());
  // WAL lets readers and the writer work at once; the setting is stored in the file.
  if (file) await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await ensureAdmin();
  if ((await db.article.count()) > 0) {
    console.log("seed: database already has content, nothing to do");
    return;
  }
  await seedContent();
}

main()
  .then(() => db.$disconnect())
  .catch(async (error) => {
    console.error(error);
    await db.$disconnect();
    process.exit(1);
  });
