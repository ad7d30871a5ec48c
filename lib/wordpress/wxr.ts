import type { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { SaxesParser } from "saxes";

/** A WXR problem the import refuses the whole file for, with where it is. */
export class WxrError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
  }
}

export type WxrAuthor = { kind: "author"; login: string; displayName: string; email: string };
export type WxrCategory = {
  kind: "category";
  termId: number;
  slug: string;
  name: string;
  parentSlug: string;
  description: string;
};
export type WxrTag = { kind: "tag"; termId: number; slug: string; name: string };
export type WxrComment = {
  id: number;
  parentId: number;
  author: string;
  email: string;
  url: string;
  ip: string;
  date: string;
  dateGmt: string;
  content: string;
  approved: string;
  type: string;
};
export type WxrItem = {
  kind: "item";
  line: number;
  id: number;
  title: string;
  creator: string;
  content: string;
  excerpt: string;
  date: string;
  dateGmt: string;
  name: string;
  status: string;
  type: string;
  terms: { domain: string; slug: string; name: string }[];
  comments: WxrComment[];
};
export type WxrRecord = WxrAuthor | WxrCategory | WxrTag | WxrItem;

type Fields = Record<string, string>;
const int = (v: string | undefined) => (v && /^\d+$/.test(v.trim()) ? Number(v.trim()) : NaN);

/**
 * Streams a WordPress export (WXR 1.1/1.2) and hands over one record at a time,
 * so memory stays bounded by the largest post, not the file. `onRecord` is
 * awaited per chunk read; `onBytes` reports progress. Malformed XML or a record
 * the import cannot key (no numeric id) throws a WxrError with its line.
 */
export async function readWxr(
  input: Readable,
  onRecord: (record: WxrRecord) => Promise<void> | void,
  onBytes?: (bytes: number) => void,
): Promise<void> {
  const parser = new SaxesParser({ position: true });
  const pending: WxrRecord[] = [];
  const path: string[] = [];
  let text = "";
  let sawRss = false;
  let sawWxrVersion = false;
  // The record being read: its own fields, and for items the current comment.
  let fields: Fields | null = null;
  let item: WxrItem | null = null;
  let comment: Fields | null = null;
  let termAttrs: { domain: string; slug: string } | null = null;
  let inMeta = 0;

  const fail = (reason: string): never => {
    throw new WxrError(parser.line, reason);
  };

  parser.on("opentag", (tag) => {
    if (path.length === 0) {
      if (tag.name !== "rss") fail(`not a WordPress export: root element is <${tag.name}>, expected <rss>`);
      sawRss = true;
    }
    path.push(tag.name);
    text = "";
    const parent = path[path.length - 2];
    if (parent === "channel") {
      if (tag.name === "item") {
        item = {
          kind: "item",
          line: parser.line,
          id: NaN,
          title: "",
          creator: "",
          content: "",
          excerpt: "",
          date: "",
          dateGmt: "",
          name: "",
          status: "",
          type: "",
          terms: [],
          comments: [],
        };
      } else if (tag.name === "wp:author" || tag.name === "wp:category" || tag.name === "wp:tag") {
        fields = {};
      }
    } else if (item) {
      if (tag.name === "wp:comment") comment = {};
      else if (tag.name === "wp:postmeta" || tag.name === "wp:commentmeta") inMeta += 1;
      else if (tag.name === "category" && parent === "item") {
        termAttrs = { domain: String(tag.attributes.domain ?? ""), slug: String(tag.attributes.nicename ?? "") };
      }
    }
  });

  parser.on("text", (t) => void (text += t));
  parser.on("cdata", (t) => void (text += t));

  parser.on("closetag", (tag) => {
    path.pop();
    const value = text;
    text = "";
    const name = tag.name;
    if (name === "wp:wxr_version") sawWxrVersion = true;
    if (item) {
      if (name === "item") {
        if (Number.isNaN(item.id)) fail("an <item> has no numeric wp:post_id");
        pending.push(item);
        item = null;
      } else if (name === "wp:postmeta" || name === "wp:commentmeta") {
        inMeta -= 1;
      } else if (inMeta > 0) {
        // Plugin metadata: not imported.
      } else if (comment) {
        if (name === "wp:comment") {
          const id = int(comment["wp:comment_id"]);
          if (Number.isNaN(id)) fail(`a comment of post ${item.id} has no numeric wp:comment_id`);
          item.comments.push({
            id,
            parentId: int(comment["wp:comment_parent"]) || 0,
            author: comment["wp:comment_author"] ?? "",
            email: comment["wp:comment_author_email"] ?? "",
            url: comment["wp:comment_author_url"] ?? "",
            ip: comment["wp:comment_author_IP"] ?? "",
            date: comment["wp:comment_date"] ?? "",
            dateGmt: comment["wp:comment_date_gmt"] ?? "",
            content: comment["wp:comment_content"] ?? "",
            approved: (comment["wp:comment_approved"] ?? "").trim(),
            type: (comment["wp:comment_type"] ?? "").trim(),
          });
          comment = null;
        } else comment[name] = value;
      } else if (name === "category" && termAttrs) {
        item.terms.push({ domain: termAttrs.domain, slug: termAttrs.slug, name: value.trim() });
        termAttrs = null;
      } else {
        const it: WxrItem = item;
        switch (name) {
          case "title":
            it.title = value.trim();
            break;
          case "dc:creator":
            it.creator = value.trim();
            break;
          case "content:encoded":
            it.content = value;
            break;
          case "excerpt:encoded":
            it.excerpt = value;
            break;
          case "wp:post_id":
            it.id = int(value);
            if (Number.isNaN(it.id)) fail(`wp:post_id "${value}" is not a number`);
            break;
          case "wp:post_date":
            it.date = value.trim();
            break;
          case "wp:post_date_gmt":
            it.dateGmt = value.trim();
            break;
          case "wp:post_name":
            it.name = value.trim();
            break;
          case "wp:status":
            it.status = value.trim();
            break;
          case "wp:post_type":
            it.type = value.trim();
            break;
        }
      }
      return;
    }
    if (fields) {
      if (name === "wp:author") {
        const login = (fields["wp:author_login"] ?? "").trim();
        if (!login) fail("a wp:author has no wp:author_login");
        pending.push({
          kind: "author",
          login,
          displayName: (fields["wp:author_display_name"] ?? "").trim() || login,
          email: (fields["wp:author_email"] ?? "").trim(),
        });
        fields = null;
      } else if (name === "wp:category") {
        const slug = (fields["wp:category_nicename"] ?? "").trim();
        if (!slug) fail("a wp:category has no wp:category_nicename");
        pending.push({
          kind: "category",
          termId: int(fields["wp:term_id"]),
          slug,
          name: (fields["wp:cat_name"] ?? "").trim() || slug,
          parentSlug: (fields["wp:category_parent"] ?? "").trim(),
          description: (fields["wp:category_description"] ?? "").trim(),
        });
        fields = null;
      } else if (name === "wp:tag") {
        const slug = (fields["wp:tag_slug"] ?? "").trim();
        if (!slug) fail("a wp:tag has no wp:tag_slug");
        pending.push({
          kind: "tag",
          termId: int(fields["wp:term_id"]),
          slug,
          name: (fields["wp:tag_name"] ?? "").trim() || slug,
        });
        fields = null;
      } else fields[name] = value;
    }
  });

  // A chunk may end inside a multi-byte character; the decoder carries it over.
  const decoder = new StringDecoder("utf8");
  for await (const chunk of input) {
    const s = typeof chunk === "string" ? chunk : decoder.write(chunk as Buffer);
    try {
      parser.write(s);
    } catch (e) {
      throw asWxrError(e, parser.line);
    }
    onBytes?.(typeof chunk === "string" ? Buffer.byteLength(chunk) : (chunk as Buffer).length);
    for (const record of pending.splice(0)) await onRecord(record);
  }
  try {
    parser.write(decoder.end());
    parser.close();
  } catch (e) {
    throw asWxrError(e, parser.line);
  }
  for (const record of pending.splice(0)) await onRecord(record);
  if (!sawRss) throw new WxrError(parser.line, "the file is empty or not XML");
  if (!sawWxrVersion) throw new WxrError(parser.line, "not a WordPress export: no wp:wxr_version");
}

function asWxrError(e: unknown, line: number): WxrError {
  if (e instanceof WxrError) return e;
  const message = e instanceof Error ? e.message : String(e);
  // saxes reports "line:column: reason".
  const m = /^(\d+):\d+: (.*)$/s.exec(message);
  return m ? new WxrError(Number(m[1]), m[2]!) : new WxrError(line, message);
}
