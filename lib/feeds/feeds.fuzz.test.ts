import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { reloadConfig } from "@/lib/config";
import { slugify, tagSlug } from "@/lib/text/slug";
import { rssDocument } from "./rss";
import { articleUrls, listingUrls, newsUrlset, sitemapIndex, urlset } from "./sitemap-xml";
import { allElements, parseStrictXml, type XmlElement } from "./strict-xml";
import { buildXml, xmlSafeText } from "./xml";

// Seeded like the other fuzz tests: FUZZ_SEED=<n> replays a failure.
const seed = Number(process.env.FUZZ_SEED) || Date.now() % 100_000;
const RUNS = 400;

beforeAll(() => {
  process.env.SITE_URL = "https://sahifa.example";
  reloadConfig();
});

// What a staff member (or an imported export) can put in a headline, excerpt, name or tag:
// markup, CDATA ends, entities, every control character, lone surrogates, non-characters, Arabic.
const hostilePiece = fc.constantFrom(
  "]]>",
  "]]]]><![CDATA[>",
  "<![CDATA[",
  "</title>",
  "</x>",
  "<item><title>forged</title></item>",
  '<script xmlns="http://www.w3.org/1999/xhtml">alert(1)</script>',
  "&",
  "&amp;",
  "&#0;",
  "&#x1;",
  "&lt;",
  "<!--",
  "-->",
  "<?xml",
  '"',
  "'",
  "\u0000",
  "\u0001",
  "\u0008",
  "\u000b",
  "\u000c",
  "\u001f",
  "\u007f",
  "\u0085",
  "\r",
  "\r\n",
  "\n",
  "\t",
  "\ud800",
  "\udfff",
  "\ufffe",
  "\uffff",
  "\u202e",
  "بومبيو يبحث",
  " ",
);
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
const hostileText = fc.oneof(
  fc.array(fc.oneof(hostilePiece, anyCodeUnit), { minLength: 1, maxLength: 20 }).map((a) => a.join("")),
  fc.string({ unit: "binary", minLength: 1, maxLength: 40 }),
);
// Slugs are made by the site from typed names (valid Unicode: a form or an import cannot send a lone surrogate).
const hostileSlug = fc
  .tuple(fc.string({ unit: "binary", minLength: 1, maxLength: 30 }), hostilePiece)
  .map(([a, b]) => tagSlug(a + b.replace(/[\ud800-\udfff]/g, "")))
  .filter((s) => s.length > 0 && s.isWellFormed());

const entry = fc.record({
  slug: hostileSlug.map((s) => slugify(s) || "x"),
  headline: hostileText,
  excerpt: fc.option(hostileText, { nil: null }),
  body: hostileText,
  author: hostileText,
  category: hostileText,
});

/** What a strict parser reads back: XML turns every CR or CRLF into LF; illegal characters were left out. */
const readBack = (s: string) => xmlSafeText(s).replace(/\r\n?/g, "\n");
const childNames = (e: XmlElement) => e.children.map((c) => c.name);
const child = (e: XmlElement, name: string) => e.children.find((c) => c.name === name)!;

describe("feeds and sitemaps stay well-formed whatever staff type", () => {
  it("RSS: parses strictly, one <item> per article with exactly its fields, every text read back as typed", () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 4 }), fc.option(hostileText, { nil: null }), (raw, title) => {
        const now = new Date("2026-12-06T12:00:00Z").toISOString();
        const entries = raw.map((e) => ({ ...e, publishedAt: now, updatedAt: now }));
        const rss = parseStrictXml(buildXml(rssDocument({ title, selfPath: "/feed.xml", entries })));
        expect(rss.name).toBe("rss");
        const channel = child(rss, "channel");
        if (title !== null) expect(child(channel, "title").text).toBe(readBack(`صحيفة — ${title}`));
        const items = channel.children.filter((c) => c.name === "item");
        expect(items).toHaveLength(entries.length);
        // Nothing typed became an element: the only elements are the ones the feed is made of.
        const names = new Set(allElements(rss).map((e) => e.name));
        for (const name of names) {
          expect([
            "rss",
            "channel",
            "title",
            "link",
            "description",
            "lastBuildDate",
            "docs",
            "generator",
            "language",
            "copyright",
            "atom:link",
            "item",
            "guid",
            "pubDate",
            "author",
            "category",
          ]).toContain(name);
        }
        items.forEach((item, i) => {
          const e = entries[i]!;
          expect(childNames(item)).toEqual(["title", "link", "guid", "pubDate", "description", "author", "category"]);
          expect(item.children.every((c) => c.children.length === 0)).toBe(true);
          expect(child(item, "title").text).toBe(readBack(e.headline));
          expect(child(item, "author").text).toBe(readBack(e.author));
          expect(child(item, "category").text).toBe(readBack(e.category));
          if (e.excerpt !== null) expect(child(item, "description").text).toBe(readBack(e.excerpt));
          expect(child(item, "link").text).toMatch(/^https:\/\/sahifa\.example\/articles\/[\x21-\x7e]+$/);
        });
      }),
      { seed, numRuns: RUNS },
    );
  }, 60_000);

  it("sitemaps (urlset, index, news): parse strictly, one <url> per page, headlines read back as typed", () => {
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 4 }),
        fc.record({
          categories: fc.array(hostileSlug, { maxLength: 3 }),
          authors: fc.array(hostileSlug, { maxLength: 3 }),
          tags: fc.array(hostileSlug, { maxLength: 3 }),
        }),
        (raw, listings) => {
          const now = new Date("2026-12-06T12:00:00Z").toISOString();
          const articles = raw.map((e) => ({ slug: e.slug, headline: e.headline, updatedAt: now, publishedAt: now }));
          const urls = [...listingUrls(listings, now), ...articleUrls(articles)];
          const set = parseStrictXml(buildXml(urlset(urls)));
          expect(set.children.map((c) => c.name)).toEqual(urls.map(() => "url"));
          set.children.forEach((url, i) => expect(child(url, "loc").text).toBe(urls[i]!.loc));

          const index = parseStrictXml(buildXml(sitemapIndex(urls.map((u) => u.loc))));
          expect(index.children).toHaveLength(urls.length);

          const news = parseStrictXml(buildXml(newsUrlset(articles)));
          expect(news.children).toHaveLength(articles.length);
          news.children.forEach((url, i) => {
            const title = child(child(url, "news:news"), "news:title");
            expect(title.children).toHaveLength(0);
            expect(title.text).toBe(readBack(articles[i]!.headline));
          });
        },
      ),
      { seed, numRuns: RUNS },
    );
  }, 60_000);

  it("the examples that broke the feed: two CDATA ends in an excerpt, `]]> ]]> </x>` in a headline", () => {
    const now = new Date().toISOString();
    const excerpt =
      'a ]]> b ]]></description></item><item><title>forged</title><description><script xmlns="http://www.w3.org/1999/xhtml">alert(1)</script>';
    const xml = buildXml(
      rssDocument({
        title: null,
        selfPath: "/feed.xml",
        entries: [
          {
            slug: "a",
            headline: "]]> ]]> </x>",
            excerpt,
            body: "",
            author: "x",
            category: "y",
            publishedAt: now,
            updatedAt: now,
          },
        ],
      }),
    );
    const items = allElements(parseStrictXml(xml)).filter((e) => e.name === "item");
    expect(items).toHaveLength(1);
    expect(child(items[0]!, "title").text).toBe("]]> ]]> </x>");
    expect(child(items[0]!, "description").text).toBe(excerpt);
    expect(allElements(parseStrictXml(xml)).some((e) => e.name === "script")).toBe(false);
  });
});
