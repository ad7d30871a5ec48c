// A small WordPress export for the tests (unit and e2e): Arabic posts, every
// post and comment status, a nested comment thread, nested categories, odd
// characters, blocks and shortcodes. `base` offsets every WordPress id so a
// test can import its own copy into a shared database.

const cdata = (s: string) => `<![CDATA[${s.replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;

type Post = {
  id: number;
  title: string;
  name: string;
  status: string;
  type?: string;
  content: string;
  excerpt?: string;
  date?: string;
  gmt?: string;
  creator?: string;
  terms?: string;
  comments?: string;
};

function item(p: Post): string {
  return `
  <item>
    <title>${cdata(p.title)}</title>
    <link>https://old.example.ma/?p=${p.id}</link>
    <dc:creator>${cdata(p.creator ?? "hanani")}</dc:creator>
    <guid isPermaLink="false">https://old.example.ma/?p=${p.id}</guid>
    <content:encoded>${cdata(p.content)}</content:encoded>
    <excerpt:encoded>${cdata(p.excerpt ?? "")}</excerpt:encoded>
    <wp:post_id>${p.id}</wp:post_id>
    <wp:post_date>${cdata(p.date ?? "2019-12-07 10:30:00")}</wp:post_date>
    <wp:post_date_gmt>${cdata(p.gmt ?? "2019-12-07 09:30:00")}</wp:post_date_gmt>
    <wp:comment_status>open</wp:comment_status>
    <wp:post_name>${cdata(p.name)}</wp:post_name>
    <wp:status>${cdata(p.status)}</wp:status>
    <wp:post_parent>0</wp:post_parent>
    <wp:post_type>${cdata(p.type ?? "post")}</wp:post_type>
    ${p.terms ?? ""}
    <wp:postmeta><wp:meta_key>${cdata("_edit_last")}</wp:meta_key><wp:meta_value>${cdata("1")}</wp:meta_value></wp:postmeta>
    ${p.comments ?? ""}
  </item>`;
}

function comment(id: number, parent: number, approved: string, author: string, content: string, type = ""): string {
  return `
    <wp:comment>
      <wp:comment_id>${id}</wp:comment_id>
      <wp:comment_author>${cdata(author)}</wp:comment_author>
      <wp:comment_author_email>${cdata(`reader${id}@example.ma`)}</wp:comment_author_email>
      <wp:comment_author_url>https://reader${id}.example.ma</wp:comment_author_url>
      <wp:comment_author_IP>${cdata(`196.200.0.${id % 250}`)}</wp:comment_author_IP>
      <wp:comment_date>${cdata("2019-12-08 11:00:00")}</wp:comment_date>
      <wp:comment_date_gmt>${cdata("2019-12-08 10:00:00")}</wp:comment_date_gmt>
      <wp:comment_content>${cdata(content)}</wp:comment_content>
      <wp:comment_approved>${cdata(approved)}</wp:comment_approved>
      <wp:comment_type>${cdata(type)}</wp:comment_type>
      <wp:comment_parent>${parent}</wp:comment_parent>
      <wp:comment_user_id>0</wp:comment_user_id>
      <wp:commentmeta><wp:meta_key>${cdata("akismet_result")}</wp:meta_key><wp:meta_value>${cdata("false")}</wp:meta_value></wp:commentmeta>
    </wp:comment>`;
}

export const enc = (s: string) => encodeURIComponent(s).toLowerCase();

/** Facts the tests check, for a fixture built with `base`. */
export function wxrFacts(base: number, tag = "") {
  return {
    published: { wpId: base + 1, slug: `الحكومة-تصادق${tag}`, headline: "الحكومة تصادق على مشروع قانون المالية" },
    draft: { wpId: base + 2 },
    pending: { wpId: base + 3 },
    scheduled: { wpId: base + 4 },
    privatePost: { wpId: base + 5 },
    odd: { wpId: base + 6, headline: `عنوان "غريب" & <رموز> 'مقتبسة' ${tag}`.trim() },
    page: { wpId: base + 7 },
    comments: {
      root: base + 101,
      reply: base + 102,
      nested: base + 103,
      pending: base + 104,
      spam: base + 105,
      trash: base + 106,
      pingback: base + 107,
    },
    author: { login: `hanani${tag}`, name: "يوسف هناني" },
    category: { parent: `وطنية${tag}`, child: `جهات${tag}` },
  };
}

export function wxrFixture(base = 0, tag = ""): string {
  const f = wxrFacts(base, tag);
  const terms = `<category domain="category" nicename="${enc(f.category.child)}">${cdata("جهات")}</category>
    <category domain="post_tag" nicename="${enc(`مالية${tag}`)}">${cdata("مالية")}</category>`;
  const posts: Post[] = [
    {
      id: f.published.wpId,
      title: f.published.headline,
      name: enc(f.published.slug),
      status: "publish",
      creator: f.author.login,
      terms,
      excerpt: "<p>ملخص <strong>الخبر</strong></p>",
      content: `<!-- wp:paragraph -->
<p>صادق مجلس الحكومة على مشروع القانون.</p>
<!-- /wp:paragraph -->

سطر أول بلا وسوم
سطر ثان

[caption id="attachment_9" align="aligncenter" width="300"]<img src="https://old.example.ma/wp-content/uploads/a.jpg" alt="صورة" width="300" /> تعليق الصورة[/caption]

[gallery ids="1,2,3"]

<script>alert(1)</script>`,
      comments:
        comment(f.comments.root, 0, "1", "محمد العلوي", "تعليق <b>أول</b>") +
        // The reply to the reply comes before its parent: linking must not depend on order.
        comment(f.comments.nested, f.comments.reply, "1", "سعاد", "رد على الرد") +
        comment(f.comments.reply, f.comments.root, "1", "أحمد", "رد") +
        comment(f.comments.pending, 0, "0", "زائر", "بانتظار المراجعة") +
        comment(f.comments.spam, 0, "spam", "spammer", "buy now") +
        comment(f.comments.trash, 0, "trash", "محذوف", "محذوف") +
        comment(f.comments.pingback, 0, "1", "موقع", "pingback", "pingback"),
    },
    {
      id: f.draft.wpId,
      title: `مسودة ${tag}`,
      name: "",
      status: "draft",
      content: "نص المسودة",
      gmt: "0000-00-00 00:00:00",
    },
    { id: f.pending.wpId, title: `بانتظار ${tag}`, name: "", status: "pending", content: "نص" },
    {
      id: f.scheduled.wpId,
      title: `مجدول ${tag}`,
      name: `scheduled${tag}`,
      status: "future",
      content: "نص",
      date: "2030-01-01 09:00:00",
      gmt: "2030-01-01 08:00:00",
    },
    { id: f.privatePost.wpId, title: `خاص ${tag}`, name: `private${tag}`, status: "private", content: "نص" },
    // Same post_name as the published post: the slug must be made unique.
    {
      id: f.odd.wpId,
      title: f.odd.headline,
      name: enc(f.published.slug),
      status: "publish",
      content: "<p>نص مع &amp; و &lt;وسم&gt; و emoji 📰</p>",
      creator: `guest${tag}`,
    },
    { id: f.page.wpId, title: "من نحن", name: "about", status: "publish", type: "page", content: "صفحة" },
    { id: base + 8, title: "", name: "", status: "inherit", type: "attachment", content: "" },
    { id: base + 9, title: `محذوف ${tag}`, name: "", status: "trash", content: "" },
  ];
  return `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0"
  xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:wfw="http://wellformedweb.org/CommentAPI/"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <title>جريدة قديمة</title>
  <link>https://old.example.ma</link>
  <language>ar</language>
  <wp:wxr_version>1.2</wp:wxr_version>
  <wp:author><wp:author_id>1</wp:author_id><wp:author_login>${cdata(f.author.login)}</wp:author_login><wp:author_email>${cdata("y@example.ma")}</wp:author_email><wp:author_display_name>${cdata(f.author.name)}</wp:author_display_name></wp:author>
  <wp:category><wp:term_id>${base + 51}</wp:term_id><wp:category_nicename>${cdata(enc(f.category.child))}</wp:category_nicename><wp:category_parent>${cdata(enc(f.category.parent))}</wp:category_parent><wp:cat_name>${cdata("جهات")}</wp:cat_name></wp:category>
  <wp:category><wp:term_id>${base + 50}</wp:term_id><wp:category_nicename>${cdata(enc(f.category.parent))}</wp:category_nicename><wp:category_parent>${cdata("")}</wp:category_parent><wp:cat_name>${cdata("وطنية")}</wp:cat_name></wp:category>
  <wp:tag><wp:term_id>${base + 60}</wp:term_id><wp:tag_slug>${cdata(enc(`مالية${tag}`))}</wp:tag_slug><wp:tag_name>${cdata("مالية")}</wp:tag_name></wp:tag>
  ${posts.map(item).join("")}
</channel>
</rss>
`;
}
