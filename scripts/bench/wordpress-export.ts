// Writes a generated WordPress export for timing the importer:
//
//   npx tsx scripts/bench/wordpress-export.ts data/bench-export.xml 50000
//
// Arabic posts with block markup, 3 comments each (one a reply), 20 categories,
// 200 tags, 10 authors; written as a stream, so any size fits in memory.
import { createWriteStream } from "node:fs";

const [file = "data/bench-export.xml", countArg = "50000"] = process.argv.slice(2);
const count = Number(countArg);
const words =
  "الحكومة المغرب البرلمان الاقتصاد المدينة الوزير التعليم الصحة الرياضة الثقافة المواطنين القانون المشروع الجهة السوق".split(
    " ",
  );
const text = (n: number, seed: number) =>
  Array.from({ length: n }, (_, i) => words[(seed * 7 + i * 13) % words.length]).join(" ");
const cdata = (s: string) => `<![CDATA[${s}]]>`;
const enc = encodeURIComponent;

const out = createWriteStream(file);
const write = (s: string) =>
  out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once("drain", () => r()));

async function main() {
  await write(`<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>bench</title><wp:wxr_version>1.2</wp:wxr_version>\n`);
  for (let a = 0; a < 10; a++)
    await write(
      `<wp:author><wp:author_login>${cdata(`writer${a}`)}</wp:author_login><wp:author_display_name>${cdata(text(2, a))}</wp:author_display_name></wp:author>\n`,
    );
  for (let c = 0; c < 20; c++)
    await write(
      `<wp:category><wp:term_id>${c + 1}</wp:term_id><wp:category_nicename>${cdata(enc(`قسم-${c}`))}</wp:category_nicename><wp:category_parent>${cdata(c >= 10 ? enc(`قسم-${c - 10}`) : "")}</wp:category_parent><wp:cat_name>${cdata(`قسم ${c}`)}</wp:cat_name></wp:category>\n`,
    );
  for (let i = 1; i <= count; i++) {
    const day = new Date(Date.UTC(2010, 0, 1) + i * 3_600_000).toISOString().slice(0, 19).replace("T", " ");
    const comments = [1, 2, 3]
      .map(
        (k) =>
          `<wp:comment><wp:comment_id>${i * 10 + k}</wp:comment_id><wp:comment_author>${cdata(text(2, k))}</wp:comment_author><wp:comment_author_email>r${k}@example.ma</wp:comment_author_email><wp:comment_date>${day}</wp:comment_date><wp:comment_date_gmt>${day}</wp:comment_date_gmt><wp:comment_content>${cdata(text(12, i + k))}</wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_type>comment</wp:comment_type><wp:comment_parent>${k === 3 ? i * 10 + 1 : 0}</wp:comment_parent></wp:comment>`,
      )
      .join("");
    await write(
      `<item><title>${cdata(`${text(8, i)} ${i}`)}</title><dc:creator>${cdata(`writer${i % 10}`)}</dc:creator><content:encoded>${cdata(`<!-- wp:paragraph --><p>${text(60, i)}</p><!-- /wp:paragraph -->\n\n${text(80, i + 1)}\n\n${text(80, i + 2)}`)}</content:encoded><excerpt:encoded>${cdata("")}</excerpt:encoded><wp:post_id>${i}</wp:post_id><wp:post_date>${day}</wp:post_date><wp:post_date_gmt>${day}</wp:post_date_gmt><wp:post_name>${cdata(enc(`خبر-${i}`))}</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type><category domain="category" nicename="${enc(`قسم-${i % 20}`)}">${cdata(`قسم ${i % 20}`)}</category><category domain="post_tag" nicename="${enc(`وسم-${i % 200}`)}">${cdata(`وسم ${i % 200}`)}</category>${comments}</item>\n`,
    );
  }
  await write("</channel></rss>\n");
  out.end();
}

main();
