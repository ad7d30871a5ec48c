// What the scale probe needs to know about a dataset before timing its pages, one small function
// per engine (the same three questions, in each engine's SQL).
import Database from "better-sqlite3";
import { Client } from "pg";

export type ProbeData = {
  /** Slugs of the generated published articles, in id order. */
  published: string[];
  /** The category with the most published articles. */
  category: { slug: string; n: number };
  /** A rare name for the search probe: the first word of the generated tag bench-tag-150. */
  rare: string;
};

export function sqliteProbeData(file: string): ProbeData {
  const sqlite = new Database(file, { readonly: true });
  try {
    const published = (
      sqlite
        .prepare("SELECT slug FROM Article WHERE status = 'PUBLISHED' AND slug LIKE 'bench-%' ORDER BY id")
        .all() as { slug: string }[]
    ).map((r) => r.slug);
    const category = sqlite
      .prepare(
        "SELECT c.slug AS slug, count(*) AS n FROM Article a JOIN Category c ON c.id = a.categoryId WHERE a.status = 'PUBLISHED' GROUP BY c.id ORDER BY n DESC LIMIT 1",
      )
      .get() as { slug: string; n: number };
    const tag = sqlite.prepare("SELECT name FROM Tag WHERE slug = 'bench-tag-150'").get() as { name: string };
    return { published, category, rare: tag.name.split(" ")[0]! };
  } finally {
    sqlite.close();
  }
}

export async function pgProbeData(url: string): Promise<ProbeData> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const published = (
      await client.query<{ slug: string }>(
        `SELECT slug FROM "Article" WHERE status = 'PUBLISHED' AND slug LIKE 'bench-%' ORDER BY id`,
      )
    ).rows.map((r) => r.slug);
    const [category] = (
      await client.query<{ slug: string; n: number }>(
        `SELECT c.slug AS slug, count(*)::int AS n FROM "Article" a JOIN "Category" c ON c.id = a."categoryId"
         WHERE a.status = 'PUBLISHED' GROUP BY c.id ORDER BY n DESC LIMIT 1`,
      )
    ).rows;
    const [tag] = (await client.query<{ name: string }>(`SELECT name FROM "Tag" WHERE slug = 'bench-tag-150'`)).rows;
    if (!category || !tag) throw new Error(`${new URL(url).pathname}: not a benchmark dataset`);
    return { published, category, rare: tag.name.split(" ")[0]! };
  } finally {
    await client.end();
  }
}
