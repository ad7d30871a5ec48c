import sanitizeHtml from "sanitize-html";

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
    a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer" }),
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
