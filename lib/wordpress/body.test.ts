import { describe, expect, it } from "vitest";
import { autop, wordpressBodyToHtml, wordpressText } from "./body";
import { decodePostName, mapComment, mapPost, offsetOf, wordpressDate } from "./map";

describe("wordpressBodyToHtml", () => {
  it("drops block comments and keeps their content", () => {
    expect(wordpressBodyToHtml('<!-- wp:heading {"level":2} -->\n<h2>عنوان</h2>\n<!-- /wp:heading -->')).toBe(
      "<h2>عنوان</h2>",
    );
  });
  it("makes paragraphs of bare text and line breaks inside them", () => {
    expect(autop("أ\nب\n\nج")).toBe("<p>أ<br>\nب</p>\n<p>ج</p>");
    expect(autop("<blockquote>قول</blockquote>\n\nنص")).toBe("<blockquote>قول</blockquote>\n<p>نص</p>");
  });
  it("turns captions into figures and keeps unknown shortcodes as text", () => {
    const html = wordpressBodyToHtml(
      '[caption id="x"]<a href="https://a.ma/i.jpg"><img src="https://a.ma/i.jpg" alt=""></a> شرح[/caption]\n\n[audio src="x.mp3"]',
    );
    expect(html).toContain("<figcaption>شرح</figcaption></figure>");
    expect(html).toContain('<p>[audio src="x.mp3"]</p>');
  });
  it("makes a figure of a picture standing alone in its paragraph", () => {
    expect(wordpressBodyToHtml('نص\n\n<img src="https://old.example.ma/b.jpg" alt="ب" width="300">\n\nنص')).toBe(
      '<p>نص</p>\n<figure><img src="https://old.example.ma/b.jpg" alt="ب" width="300" /></figure>\n<p>نص</p>',
    );
  });
  it("sanitizes", () => {
    expect(wordpressBodyToHtml('<p onclick="x()" style="color:red">نص</p><iframe src="https://e.com"></iframe>')).toBe(
      "<p>نص</p>",
    );
  });
});

describe("mapping", () => {
  const post = {
    kind: "item",
    line: 1,
    id: 1,
    title: "ع",
    creator: "",
    content: "",
    excerpt: "",
    date: "",
    dateGmt: "",
    name: "",
    status: "publish",
    type: "post",
    terms: [],
    comments: [],
  } as const;
  it("maps post statuses and skips what is not a post", () => {
    expect(
      ["publish", "draft", "pending", "future", "private"].map((status) =>
        mapPost({ ...post, status, terms: [], comments: [] }),
      ),
    ).toEqual(["PUBLISHED", "DRAFT", "PENDING", "SCHEDULED", "DRAFT"].map((status) => ({ status })));
    expect(mapPost({ ...post, type: "page", terms: [], comments: [] })).toEqual({
      skip: 'post type "page" is not imported',
    });
    expect(mapPost({ ...post, status: "auto-draft", terms: [], comments: [] })).toEqual({
      skip: 'status "auto-draft" is not imported',
    });
  });
  it("maps comment statuses", () => {
    const c = {
      id: 1,
      parentId: 0,
      author: "",
      email: "",
      url: "",
      ip: "",
      date: "",
      dateGmt: "",
      content: "",
      type: "",
    };
    expect(["1", "0", "spam", "trash"].map((approved) => mapComment({ ...c, approved }))).toEqual(
      ["APPROVED", "PENDING", "SPAM", "TRASH"].map((status) => ({ status })),
    );
    expect(mapComment({ ...c, approved: "1", type: "trackback" })).toEqual({ skip: "trackback is not imported" });
  });
  it("reads dates in GMT, or local time in the site's offset", () => {
    expect(wordpressDate("2020-01-01 10:00:00", "2020-01-01 09:00:00", 0)?.toISOString()).toBe(
      "2020-01-01T09:00:00.000Z",
    );
    expect(wordpressDate("2020-01-01 10:00:00", "0000-00-00 00:00:00", 60)?.toISOString()).toBe(
      "2020-01-01T09:00:00.000Z",
    );
    expect(wordpressDate("0000-00-00 00:00:00", "", 0)).toBeNull();
    expect(offsetOf("2020-01-01 10:00:00", "2020-01-01 09:00:00")).toBe(60);
  });
  it("decodes percent-encoded post names and plain text", () => {
    expect(decodePostName("%d8%ae%d8%a8%d8%b1-1")).toBe("خبر-1");
    expect(decodePostName("100%-bad")).toBe("100%-bad");
    expect(wordpressText("<p>أ &amp; ب</p><p>ج</p>")).toBe("أ & ب\n\nج");
  });
});
