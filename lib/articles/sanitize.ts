import sanitizeHtml from "sanitize-html";
import { siteUrl } from "@/lib/site/config";

/** A link to this site itself (a path, an anchor, or the site's own origin). */
function isOwnSite(href: string): boolean {
  if (href.startsWith("#") || (href.startsWith("/") && !href.startsWith("//"))) return true;
  try {
    return new URL(href).origin === new URL(siteUrl()).origin;
  } catch {
    return false;
  }
}

// What an article body may contain: the editor's structural tags, links and
// images, nothing executable and no inline styles.
const options: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "h2",
    "h3",
    "h4",
    "strong",
    "b",
    "em",
    "i",
    "u",
    "s",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "figure",
    "figcaption",
    "img",
    "hr",
  ],
  allowedAttributes: { a: ["href", "title", "rel", "target"], img: ["src", "alt", "width", "height"], "*": ["dir"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["http", "https"] },
  allowProtocolRelative: false,
  transformTags: {
    // The site's own pages are linked as such (same tab, followed by search engines);
    // links elsewhere open apart and pass on no ranking or referrer.
    a: (tagName, attribs) => {
      const { href, title } = attribs;
      if (href !== undefined && isOwnSite(href)) return { tagName, attribs: { href, ...(title ? { title } : {}) } };
      return {
        tagName,
        attribs: { ...attribs, rel: "nofollow noopener noreferrer", ...(attribs.target ? { target: "_blank" } : {}) },
      };
    },
  },
};

export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, options);
}

/** Turns plain paragraphs (one per line) into body HTML, escaping as it goes. */
export function paragraphsToHtml(text: string): string {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${sanitizeHtml(line, { allowedTags: [], allowedAttributes: {} })}</p>`)
    .join("\n");
}
