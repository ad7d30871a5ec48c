// Imports a WordPress export into the site's database. Two streaming passes:
// the first only reads (a malformed file is refused before anything is
// written), the second writes one transaction per post. Every row is keyed by
// its WordPress id (Article/Comment/Category.wpId, Author.wpLogin), so running
// the same export again finds everything in place and changes nothing.
import { createReadStream, statSync } from "node:fs";
import { type SlugLookup, firstFreeSlug, slugify } from "@/lib/text/slug";
import { db } from "@/lib/db/client";
import { wordpressBodyToHtml, wordpressText } from "./body";
import { type ArticleStatus, decodePostName, mapComment, mapPost, offsetOf, wordpressDate } from "./map";
import { staffAccountFor } from "./staff";
import { type WxrCategory, type WxrItem, type WxrRecord, readWxr } from "./wxr";

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];
type Client = typeof db | Tx;
type ArticleData = {
  headline: string;
  excerpt: string | null;
  body: string;
  status: ArticleStatus;
  publishedAt: Date | null;
  authorId: number;
  categoryId: number;
};

// Posts per transaction: large enough to amortize the commit, small enough to hold in memory.
const BATCH = 200;

export type Tally = { created: number; updated: number; unchanged: number };
export type ImportReport = {
  posts: number;
  articles: Tally;
  comments: Tally;
  authors: number;
  categories: number;
  tags: number;
  /** Staff accounts for the export's authors (only with `createStaff`). */
  staff: { created: number; linked: number; unchanged: number };
  /** Posts and comments by WordPress id, authors by login. */
  skipped: { kind: "post" | "comment" | "author"; wpId: number | string; reason: string }[];
};
export type ImportOptions = { onProgress?: Progress; offsetMinutes?: number; createStaff?: boolean };
export type Progress = (phase: "check" | "import", bytesDone: number, bytesTotal: number, report: ImportReport) => void;

const tally = (): Tally => ({ created: 0, updated: 0, unchanged: 0 });

/** Reads the whole file without writing; throws WxrError (line + reason) if it is not importable. */
export async function checkWxr(file: string, onProgress?: (bytes: number) => void): Promise<number> {
  let posts = 0;
  let done = 0;
  await readWxr(
    createReadStream(file),
    (r) => void (r.kind === "item" && posts++),
    (b) => onProgress?.((done += b)),
  );
  return posts;
}

export async function importWordpress(file: string, options: ImportOptions = {}): Promise<ImportReport> {
  const total = statSync(file).size;
  const report: ImportReport = {
    posts: 0,
    articles: tally(),
    comments: tally(),
    authors: 0,
    categories: 0,
    tags: 0,
    staff: { created: 0, linked: 0, unchanged: 0 },
    skipped: [],
  };
  report.posts = await checkWxr(file, (b) => options.onProgress?.("check", b, total, report));

  const importer = new Importer(report, options.offsetMinutes ?? 0, options.createStaff ?? false);
  let done = 0;
  await readWxr(
    createReadStream(file),
    (record) => importer.add(record),
    (b) => options.onProgress?.("import", (done += b), total, report),
  );
  await importer.flushCategories();
  await importer.flush();
  options.onProgress?.("import", total, total, report);
  return report;
}

class Importer {
  private authors = new Map<string, number>();
  private categories = new Map<string, number>();
  private tags = new Map<string, number>();
  private pendingCategories: WxrCategory[] = [];
  private authorNames = new Map<string, string>();

  constructor(
    private report: ImportReport,
    private offset: number,
    private createStaff: boolean,
  ) {}

  async add(record: WxrRecord) {
    switch (record.kind) {
      case "author": {
        this.authorNames.set(record.login, record.displayName);
        const id = await this.author(record.login);
        if (!this.createStaff) return;
        const outcome = await staffAccountFor(id, record);
        if (typeof outcome === "object")
          this.report.skipped.push({ kind: "author", wpId: record.login, reason: outcome.skip });
        else this.report.staff[outcome] += 1;
        return;
      }
      case "category":
        // Held until the first post: a parent may be listed after its child.
        this.pendingCategories.push(record);
        return;
      case "tag":
        await this.tag(decodePostName(record.slug), record.name);
        return;
      case "item":
        await this.flushCategories();
        await this.item(record);
    }
  }

  async flushCategories() {
    const list = this.pendingCategories.splice(0);
    for (const c of list) await this.category(decodePostName(c.slug), c.name, c.termId, c.description);
    for (const c of list) {
      if (!c.parentSlug) continue;
      const id = this.categories.get(decodePostName(c.slug))!;
      const parentId = this.categories.get(decodePostName(c.parentSlug));
      if (!parentId || parentId === id) continue;
      const row = await db.category.findUnique({ where: { id }, select: { parentId: true } });
      if (row?.parentId !== parentId) await db.category.update({ where: { id }, data: { parentId } });
    }
  }

  private async category(slug: string, name: string, wpId = NaN, description = ""): Promise<number> {
    const known = this.categories.get(slug);
    if (known) return known;
    const hasWpId = Number.isInteger(wpId) && wpId > 0;
    let row =
      (hasWpId && (await db.category.findUnique({ where: { wpId }, select: { id: true, wpId: true } }))) ||
      (await db.category.findUnique({ where: { slug }, select: { id: true, wpId: true } }));
    if (!row) {
      row = await db.category.create({
        data: { slug, name, description: description || null, wpId: hasWpId ? wpId : null },
        select: { id: true, wpId: true },
      });
      this.report.categories += 1;
    } else if (hasWpId && row.wpId == null) {
      await db.category.update({ where: { id: row.id }, data: { wpId } });
    }
    this.categories.set(slug, row.id);
    return row.id;
  }

  private async tag(slug: string, name: string): Promise<number> {
    const known = this.tags.get(slug);
    if (known) return known;
    let row = await db.tag.findUnique({ where: { slug }, select: { id: true } });
    if (!row) {
      row = await db.tag.create({ data: { slug, name }, select: { id: true } });
      this.report.tags += 1;
    }
    this.tags.set(slug, row.id);
    return row.id;
  }

  private async author(login: string): Promise<number> {
    const known = this.authors.get(login);
    if (known) return known;
    let row = await db.author.findUnique({ where: { wpLogin: login }, select: { id: true } });
    if (!row) {
      const name = this.authorNames.get(login) || login;
      const slug = await uniqueSlug(slugify(login) || slugify(name) || "author", (s) =>
        db.author.findUnique({ where: { slug: s }, select: { id: true } }),
      );
      row = await db.author.create({ data: { name, slug, wpLogin: login }, select: { id: true } });
      this.report.authors += 1;
    }
    this.authors.set(login, row.id);
    return row.id;
  }

  private batch: { item: WxrItem; data: ArticleData; tagIds: number[]; date: Date }[] = [];

  /** Prepares a post (terms and author are created outside the batch's transaction) and queues it. */
  private async item(item: WxrItem) {
    const mapped = mapPost(item);
    if ("skip" in mapped) {
      if (item.type !== "attachment" && item.type !== "nav_menu_item")
        this.report.skipped.push({ kind: "post", wpId: item.id, reason: mapped.skip });
      return;
    }
    const learned = offsetOf(item.date, item.dateGmt);
    if (learned !== null) this.offset = learned;
    const date = wordpressDate(item.date, item.dateGmt, this.offset) ?? new Date();
    const categorySlugs = item.terms.filter((t) => t.domain === "category");
    const categoryId = categorySlugs.length
      ? await this.category(decodePostName(categorySlugs[0]!.slug), categorySlugs[0]!.name)
      : await this.category("uncategorized", "Uncategorized");
    const tagIds: number[] = [];
    for (const t of item.terms.filter((t) => t.domain === "post_tag"))
      tagIds.push(await this.tag(decodePostName(t.slug), t.name));
    const authorId = await this.author(item.creator || "admin");
    const status: ArticleStatus = mapped.status;
    const data = {
      headline: wordpressText(item.title),
      excerpt: wordpressText(item.excerpt) || null,
      body: wordpressBodyToHtml(item.content),
      status,
      publishedAt: status === "PUBLISHED" || status === "SCHEDULED" ? date : null,
      authorId,
      categoryId,
    };
    this.batch.push({ item, data, tagIds, date });
    if (this.batch.length >= BATCH) await this.flush();
  }

  /** Writes the queued posts in one transaction (one commit per batch keeps large imports fast). */
  async flush() {
    const batch = this.batch.splice(0);
    if (!batch.length) return;
    await db.$transaction(
      async (tx) => {
        for (const { item, data, tagIds, date } of batch) await this.write(tx, item, data, tagIds, date);
      },
      { timeout: 120_000 },
    );
  }

  private async write(tx: Tx, item: WxrItem, data: ArticleData, tagIds: number[], date: Date) {
    const existing = await tx.article.findUnique({ where: { wpId: item.id } });
    // The post's own name answers its old links even when the slug here must differ.
    const wpSlug = decodePostName(item.name) || null;
    let articleId: number;
    if (!existing) {
      const base = wpSlug || slugify(data.headline) || `wp-${item.id}`;
      const slug = await uniqueSlug(base, (s) => tx.article.findUnique({ where: { slug: s }, select: { id: true } }));
      articleId = (
        await tx.article.create({
          data: { ...data, slug, wpId: item.id, wpSlug, createdAt: date },
          select: { id: true },
        })
      ).id;
      this.report.articles.created += 1;
    } else {
      articleId = existing.id;
      const same = (a: unknown, b: unknown) =>
        a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;
      const changed =
        (Object.keys(data) as (keyof ArticleData)[]).some((k) => !same(existing[k], data[k])) ||
        existing.wpSlug !== wpSlug;
      if (changed) await tx.article.update({ where: { id: articleId }, data: { ...data, wpSlug } });
      this.report.articles[changed ? "updated" : "unchanged"] += 1;
    }
    const have = existing
      ? new Set((await tx.articleTag.findMany({ where: { articleId }, select: { tagId: true } })).map((t) => t.tagId))
      : new Set<number>();
    for (const tagId of new Set(tagIds))
      if (!have.has(tagId)) await tx.articleTag.create({ data: { articleId, tagId } });
    await this.comments(tx, item, articleId, !existing);
  }

  private async comments(tx: Client, item: WxrItem, articleId: number, fresh: boolean) {
    const ids = new Map<number, number>();
    const parents: [number, number][] = [];
    for (const c of item.comments) {
      const mapped = mapComment(c);
      if ("skip" in mapped) {
        this.report.skipped.push({ kind: "comment", wpId: c.id, reason: mapped.skip });
        continue;
      }
      const data = {
        authorName: wordpressText(c.author) || "—",
        authorEmail: c.email.trim(),
        authorUrl: c.url.trim() || null,
        authorIp: c.ip.trim() || null,
        content: wordpressText(c.content),
        status: mapped.status,
      };
      // A new article has no comments yet: no need to look each one up.
      const existing = fresh
        ? null
        : await tx.comment.findUnique({ where: { wpId: c.id }, omit: { authorEmail: false, authorIp: false } });
      if (!existing) {
        const createdAt = wordpressDate(c.date, c.dateGmt, this.offset) ?? new Date();
        const row = await tx.comment.create({
          data: { ...data, articleId, wpId: c.id, createdAt },
          select: { id: true },
        });
        ids.set(c.id, row.id);
        this.report.comments.created += 1;
      } else {
        ids.set(c.id, existing.id);
        const changed = (Object.keys(data) as (keyof typeof data)[]).some((k) => existing[k] !== data[k]);
        if (changed) await tx.comment.update({ where: { id: existing.id }, data });
        this.report.comments[changed ? "updated" : "unchanged"] += 1;
      }
      if (c.parentId) parents.push([c.id, c.parentId]);
    }
    // Replies may come before the comment they answer, so threads are linked last.
    for (const [child, parent] of parents) {
      const id = ids.get(child)!;
      const parentId = ids.get(parent) ?? null;
      const row = fresh
        ? { parentId: null }
        : await tx.comment.findUnique({ where: { id }, select: { parentId: true } });
      if (row && row.parentId !== parentId) await tx.comment.update({ where: { id }, data: { parentId } });
    }
  }
}

/** A free slug from `base` (-2, -3… as needed): an import never refuses a post for its name. */
async function uniqueSlug(base: string, find: SlugLookup): Promise<string> {
  return (await firstFreeSlug(base, find, { tries: Infinity }))!;
}
