// The article page's comment form, posted as a browser without JavaScript
// posts it: a multipart POST to the page, carrying the server action's hidden
// fields from the page's own HTML. Cheap enough to send hundreds at once.
import { articlePath } from "./support";

const HELD = "تعليقك في انتظار المراجعة.";
const PUBLISHED = "شكراً لك، نُشر تعليقك.";

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The hidden `$ACTION…` fields React renders into the form for its server action. */
export async function actionFields(base: string, path = articlePath()): Promise<[string, string][]> {
  const html = await (await fetch(base + path)).text();
  const form = html.slice(html.indexOf('id="respond"'));
  const fields: [string, string][] = [];
  for (const [input] of form.matchAll(/<input[^>]*>/g)) {
    const name = input.match(/name="([^"]*)"/)?.[1];
    if (!name?.startsWith("$ACTION")) continue;
    fields.push([decode(name), decode(input.match(/value="([^"]*)"/)?.[1] ?? "")]);
  }
  if (!fields.length) throw new Error("no server action fields in the comment form");
  return fields;
}

export type CommentPost = { content: string; name?: string; email?: string; headers?: Record<string, string> };
export type CommentReply = {
  status: number;
  outcome: "held" | "published" | "other";
  body: string;
  /** Where a stored comment's answer redirects (empty otherwise). */
  location: string;
  /** The signed commenter cookie the answer set (`name=value`), if any. */
  commenterCookie: string;
};

/** Whether the form's status line says `text` (every article page also holds it in an inert <template>). */
const said = (body: string, text: string) => new RegExp(`role="status"[^>]*>${text.replace(/\./g, "\\.")}<`).test(body);

/** Posts the form once; `outcome` says which of the form's success messages came back, if any. */
export async function postComment(
  base: string,
  fields: [string, string][],
  c: CommentPost,
  path = articlePath(),
): Promise<CommentReply> {
  const form = new FormData();
  for (const [k, v] of fields) form.append(k, v);
  form.append("comment", c.content);
  form.append("author", c.name ?? "قارئ");
  form.append("email", c.email ?? `reader.${Math.random().toString(36).slice(2)}@example.org`);
  form.append("url", "");
  form.append("comment_parent", "");
  form.append("ak_hp", "");
  const res = await fetch(base + path, {
    method: "POST",
    body: form,
    headers: { origin: base, ...c.headers },
    redirect: "manual",
  });
  const body = await res.text();
  // A stored comment redirects to itself (`?unapproved=<id>` while it is held); a
  // refused one, or the honeypot's answer, comes back in the page.
  const location = res.headers.get("location") ?? "";
  const outcome =
    res.status === 303
      ? /[?&]unapproved=\d+#comment-\d+$/.test(location)
        ? "held"
        : /#comment-\d+$/.test(location)
          ? "published"
          : "other"
      : said(body, HELD)
        ? "held"
        : said(body, PUBLISHED)
          ? "published"
          : "other";
  const commenterCookie =
    res.headers
      .getSetCookie()
      .map((c) => c.split(";")[0]!)
      .find((c) => c.startsWith("sahifa_commenter=")) ?? "";
  return { status: res.status, outcome, body, location, commenterCookie };
}

/** An address per reader, for servers that trust x-forwarded-for (the suite's own, CLIENT_IP_HEADER set). */
export const readerAddress = (run: number, i: number) => ({
  "x-forwarded-for": `10.${200 + (run % 50)}.${Math.floor(i / 250)}.${i % 250}`,
});

/**
 * A commenter published at once from now on: one comment sent from a "browser"
 * (which gets the signed commenter cookie), approved by `approve` (the spec's
 * own database access). Later posts with the same name, email and `cookie`
 * header are published at once; the same name and email without it are held.
 */
export async function trustedCommenter(
  base: string,
  fields: [string, string][],
  approve: (content: string) => Promise<void>,
  headers: Record<string, string>,
  path = articlePath(),
) {
  const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const who = { name: `قارئ موثوق ${tag}`, email: `trusted.${tag}@example.org` };
  const content = `تعليق أول يوافق عليه المشرف ${tag}`;
  const first = await postComment(base, fields, { content, ...who, headers }, path);
  if (first.outcome !== "held" || !first.commenterCookie) {
    throw new Error(`expected a held first comment with a commenter cookie, got ${first.status} ${first.location}`);
  }
  await approve(content);
  return { ...who, cookie: first.commenterCookie };
}
