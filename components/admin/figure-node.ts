import { Node } from "@tiptap/react";

export type FigureAttrs = { src: string; alt: string; width: number | null; height: number | null; caption: string };

const dimension = (v: string | null) => (v && /^\d{1,5}$/.test(v) ? Number(v) : null);

/**
 * A picture in the article body, as the site stores it and the sanitizer
 * allows it: `<figure><img src alt width height><figcaption>…</figcaption></figure>`
 * (the caption only when there is one). One block the writer moves or deletes
 * whole; its caption is plain text.
 */
export const Figure = Node.create({
  name: "figure",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes() {
    return {
      src: { default: "" },
      alt: { default: "" },
      width: { default: null },
      height: { default: null },
      caption: { default: "" },
    };
  },
  parseHTML() {
    return [
      {
        tag: "figure",
        getAttrs: (element) => {
          const img = element.querySelector("img");
          if (!img) return false;
          return {
            src: img.getAttribute("src") ?? "",
            alt: img.getAttribute("alt") ?? "",
            width: dimension(img.getAttribute("width")),
            height: dimension(img.getAttribute("height")),
            caption: element.querySelector("figcaption")?.textContent?.trim() ?? "",
          };
        },
      },
    ];
  },
  renderHTML({ node }) {
    const a = node.attrs as FigureAttrs;
    const img = [
      "img",
      {
        src: a.src,
        alt: a.alt,
        ...(a.width ? { width: String(a.width) } : {}),
        ...(a.height ? { height: String(a.height) } : {}),
      },
    ] as const;
    return a.caption ? ["figure", {}, img, ["figcaption", {}, a.caption]] : ["figure", {}, img];
  },
});
