import { XMLBuilder } from "fast-xml-parser";

// Characters XML 1.0 does not allow anywhere, even escaped: C0 controls other
// than tab and line breaks, lone surrogates, U+FFFE and U+FFFF. One of them
// makes the whole document unreadable to a strict parser.
const XML_ILLEGAL = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

export const xmlSafeText = (s: string) => s.replace(XML_ILLEGAL, "");

/** Every string in the tree (element text and attribute values) with the XML-illegal characters taken out. */
function clean(node: unknown): unknown {
  if (typeof node === "string") return xmlSafeText(node);
  if (Array.isArray(node)) return node.map(clean);
  if (node && typeof node === "object") {
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, clean(value)]));
  }
  return node;
}

// Text is escaped (`&`, `<`, `>`, quotes), never wrapped in CDATA: staff text
// with `]]>` in it can then neither end a section early nor add an element.
const builder = new XMLBuilder({
  ignoreAttributes: false,
  format: true,
  suppressEmptyNode: true,
  processEntities: true,
});
const declaration = { "?xml": { "@_version": "1.0", "@_encoding": "UTF-8" } };

/** A well-formed XML document from a tree in fast-xml-parser's shape (`@_name` for attributes). */
export function buildXml(body: object): string {
  return builder.build({ ...declaration, ...(clean(body) as object) });
}

export function xmlResponse(body: object, contentType = "application/xml"): Response {
  return new Response(buildXml(body), { headers: { "content-type": `${contentType}; charset=utf-8` } });
}
