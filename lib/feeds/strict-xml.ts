import { SaxesParser } from "saxes";

export type XmlElement = { name: string; attributes: Record<string, string>; children: XmlElement[]; text: string };

/**
 * Parses a whole document with saxes, a conformant (non-recovering) XML
 * parser: a character XML forbids, an unclosed section or a stray `<` throws,
 * as it would in a strict feed reader. For checking what the site sends.
 */
export function parseStrictXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false });
  const root: XmlElement = { name: "#document", attributes: {}, children: [], text: "" };
  const stack = [root];
  let error: Error | undefined;
  parser.on("error", (e) => {
    error ??= e;
  });
  parser.on("opentag", (tag) => {
    const element: XmlElement = {
      name: tag.name,
      attributes: Object.fromEntries(Object.entries(tag.attributes).map(([k, v]) => [k, String(v)])),
      children: [],
      text: "",
    };
    stack.at(-1)!.children.push(element);
    stack.push(element);
  });
  parser.on("closetag", () => void stack.pop());
  parser.on("text", (t) => void (stack.at(-1)!.text += t));
  parser.on("cdata", (t) => void (stack.at(-1)!.text += t));
  parser.write(xml).close();
  if (error) throw error;
  if (root.children.length !== 1) throw new Error(`expected one root element, found ${root.children.length}`);
  return root.children[0]!;
}

/** Every element of the tree, depth first. */
export function allElements(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(allElements)];
}
