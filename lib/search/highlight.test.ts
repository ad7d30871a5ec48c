import { describe, expect, it } from "vitest";
import { type Segment, isMatch, markWords, snippet } from "./highlight";
import { htmlToText } from "./html-text";
import { matchedForms, parseQuery } from "./query";

const forms = (q: string) => matchedForms(parseQuery(q).terms);
const marked = (segments: Segment[]) => segments.filter((s) => s.hit).map((s) => s.text);
const joined = (segments: Segment[]) => segments.map((s) => s.text).join("");

describe("isMatch", () => {
  it("matches a written word by the same rule as the index", () => {
    const f = forms("أمن");
    for (const w of ["أمن", "الأمن", "والأمن", "للأمن", "بالأَمْنِ", "الأمـــن"]) expect(isMatch(w, f), w).toBe(true);
    for (const w of ["الأمين", "ضامن", "ثامن", "أمنية"]) expect(isMatch(w, f), w).toBe(false);
  });
});

describe("markWords", () => {
  it("marks whole words as written, with their prefixes, hamzas and tashkeel", () => {
    const s = markWords("بومبيو يبحث مع حموشي سبل ضمان أمن وسلامة المواطنين الأمريكيين", forms("امن المواطنين"));
    expect(marked(s)).toEqual(["أمن", "المواطنين"]);
    expect(joined(s)).toBe("بومبيو يبحث مع حموشي سبل ضمان أمن وسلامة المواطنين الأمريكيين");
  });

  it("never marks part of a word", () => {
    const s = markWords("الأَمْـنُ الوطنيّ، وللأمن", forms("أمن"));
    expect(marked(s)).toEqual(["الأَمْـنُ", "وللأمن"]);
    for (const seg of s.filter((x) => x.hit)) expect(seg.text).toMatch(/^[\p{L}\p{M}\u0640]+$/u);
  });

  it("leaves punctuation and spaces outside the marks", () => {
    const s = markWords("«الأمن»، (أمن).", forms("أمن"));
    expect(marked(s)).toEqual(["الأمن", "أمن"]);
    expect(joined(s)).toBe("«الأمن»، (أمن).");
  });

  it("marks nothing when nothing matches, and keeps the text intact", () => {
    const s = markWords("نص بلا تطابق", forms("حموشي"));
    expect(marked(s)).toEqual([]);
    expect(joined(s)).toBe("نص بلا تطابق");
  });

  it("keeps markup-looking text as plain text", () => {
    const s = markWords("<b>أمن</b> & <script>", forms("أمن"));
    expect(joined(s)).toBe("<b>أمن</b> & <script>");
    expect(marked(s)).toEqual(["أمن"]);
  });
});

describe("snippet", () => {
  const words = (n: number, w = "كلمة") => Array.from({ length: n }, () => w).join(" ");

  it("shows a window around the match, with ellipses where text was cut", () => {
    const body = `${words(50)} حموشي ${words(50)}`;
    const s = snippet([body], forms("حموشي"), 20);
    expect(marked(s)).toEqual(["حموشي"]);
    const text = joined(s);
    expect(text.startsWith("… ")).toBe(true);
    expect(text.endsWith(" …")).toBe(true);
    expect(text.split(/\s+/).filter((w) => w !== "…")).toHaveLength(20);
    expect(text.indexOf("حموشي")).toBeLessThan(text.length / 2); // the match comes early in the window
  });

  it("prefers the window with most matches", () => {
    const body = `أمن ${words(40)} أمن وطني أمن ${words(40)}`;
    const s = snippet([body], forms("أمن"), 10);
    expect(marked(s)).toHaveLength(2);
  });

  it("takes the text with the best match, the earlier one on ties", () => {
    expect(joined(snippet(["مقتطف بلا تطابق", "متن فيه حموشي"], forms("حموشي")))).toBe("متن فيه حموشي");
    expect(joined(snippet(["مقتطف فيه حموشي", "متن فيه حموشي"], forms("حموشي")))).toBe("مقتطف فيه حموشي");
  });

  it("falls back to the start of the first text when nothing matches", () => {
    const s = snippet([null, "", `${words(40)}`], forms("حموشي"), 5);
    expect(joined(s)).toBe(`${words(5)} …`);
    expect(snippet([null, "  "], forms("حموشي"))).toEqual([]);
  });

  it("keeps a short text whole", () => {
    expect(joined(snippet(["نص قصير عن الأمن."], forms("أمن")))).toBe("نص قصير عن الأمن.");
  });
});

describe("htmlToText", () => {
  it("drops tags, keeps words apart across blocks, decodes entities", () => {
    expect(htmlToText("<p>فقرة&nbsp;أولى</p><p>ثانية &amp; <strong>ثالثة</strong></p>")).toBe(
      "فقرة أولى ثانية & ثالثة",
    );
    expect(htmlToText("سطر<br>سطر<br/>")).toBe("سطر سطر");
    expect(htmlToText("&lt;script&gt; &#1571;&#x645;&#1606; &quot;x&quot; &unknown;")).toBe(
      '<script> أمن "x" &unknown;',
    );
  });
});
