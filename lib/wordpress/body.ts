import { sanitizeBody, sanitizeImported } from "@/lib/articles/sanitize";

// Tags that already make their own block; text next to them is not wrapped in <p>.
const BLOCK =
  /^<\/?(p|h[1-6]|ul|ol|li|blockquote|figure|figcaption|div|table|thead|tbody|tr|td|th|pre|hr|dl|dd|dt|section|address|iframe|form)\b/i;

// A paragraph that is only a picture (perhaps linked): a figure, as the editor makes them.
const PICTURE = /^(?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?$/i;

/** [caption]<img …> Text[/caption] → a figure with its caption (WordPress's one ubiquitous shortcode). */
function captions(html: string): string {
  return html.replace(/\[caption\b[^\]]*\]([\s\S]*?)\[\/caption\]/g, (_, inner: string) => {
    const m = /^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?)([\s\S]*)$/i.exec(inner);
    if (!m) return inner;
    const caption = m[2]!.trim();
    return `<figure>${m[1]}${caption ? `<figcaption>${caption}</figcaption>` : ""}</figure>`;
  });
}

/**
 * WordPress's automatic paragraphs, simplified: text separated by a blank line
 * becomes a paragraph, single line breaks inside it become <br>; chunks that
 * already start with a block tag are left alone.
 */
export function autop(html: string): string {
  return html
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) =>
      PICTURE.test(chunk)
        ? `<figure>${chunk}</figure>`
        : BLOCK.test(chunk)
          ? chunk
          : `<p>${chunk.replace(/\n/g, "<br>\n")}</p>`,
    )
    .join("\n");
}

/**
 * A post's body as the site stores it: block-editor comments removed,
 * captions and lone pictures as figures, paragraphs made, sanitized (pictures
 * of the old host kept: they are the newspaper's own archive). Other shortcodes stay as
 * text (a reader sees "[gallery]" rather than losing content silently).
 */
export function wordpressBodyToHtml(content: string): string {
  const withoutBlocks = content.replace(/<!--\s*\/?wp:[\s\S]*?-->/g, "");
  return sanitizeImported(autop(captions(withoutBlocks))).trim();
}

/** Plain text from WordPress HTML (excerpts, comments). */
export function wordpressText(html: string): string {
  return sanitizeBody(html.replace(/<br\s*\/?>/gi, "\n").replace(/<\/p>\s*<p[^>]*>/gi, "\n\n"))
    .replace(/<[^>]+>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;/g, "'")
    .trim();
}
