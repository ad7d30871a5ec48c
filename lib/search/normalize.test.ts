import { describe, expect, it } from "vitest";
import { fold, indexText, tokenize, wordForms } from "./normalize";

describe("fold", () => {
  it("folds every alef/hamza-on-alef form to bare alef", () => {
    expect(fold("أ إ آ ٱ ا")).toBe("ا ا ا ا ا");
    expect(fold("الأمريكية")).toBe(fold("الامريكيه"));
    expect(fold("إفريقيا")).toBe("افريقيا");
    expect(fold("آخر")).toBe("اخر");
    expect(fold("ٱلرَّحْمَٰن")).toBe("الرحمن");
  });

  it("folds alef maqsura to ya and ta marbuta to ha", () => {
    expect(fold("على")).toBe("علي");
    expect(fold("مستشفى")).toBe("مستشفي");
    expect(fold("المدينة")).toBe("المدينه");
    expect(fold("مدينة")).toBe(fold("مدينه"));
  });

  it("drops tashkeel, shadda, sukun, superscript alef and tatweel", () => {
    expect(fold("أَمْنٌ")).toBe("امن");
    expect(fold("الْمُوَاطِنِينَ")).toBe("المواطنين");
    expect(fold("مُحَمَّدٌ")).toBe("محمد");
    expect(fold("هٰذا")).toBe("هذا");
    expect(fold("جمـــيل")).toBe("جميل");
    expect(fold("الأَمْـــنِ")).toBe("الامن");
  });

  it("keeps hamza on waw and ya, and standalone hamza: they tell words apart", () => {
    expect(fold("مسؤول")).toBe("مسؤول");
    expect(fold("رئيس")).toBe("رئيس");
    expect(fold("سماء")).toBe("سماء");
  });

  it("turns presentation forms and ligatures into letters", () => {
    expect(fold("\uFEFB")).toBe("لا"); // ﻻ
    expect(fold("\uFEF7")).toBe("لا"); // ﻷ lam-alef with hamza above
    expect(fold("\uFDF2")).toBe("الله"); // ﷲ
    expect(fold("\uFE8D\uFEDF")).toBe("ال"); // isolated alef, initial lam
  });

  it("composes decomposed hamza before folding it", () => {
    expect(fold("ا\u0654من")).toBe("امن"); // alef + combining hamza above
    expect(fold("ا\u0655سلام")).toBe("اسلام");
  });

  it("removes invisible marks that split words", () => {
    expect(fold("الأ\u200Cمن")).toBe("الامن");
    expect(fold("\u200Fصحيفة\u200E")).toBe("صحيفه");
    expect(fold("\u061Cأمن\uFEFF")).toBe("امن");
    expect(fold("مغ\u00ADرب")).toBe("مغرب");
  });

  it("folds Persian yeh and kaf to their Arabic letters", () => {
    expect(fold("ی")).toBe("ي");
    expect(fold("ک")).toBe("ك");
  });

  it("maps Arabic-Indic and Persian digits to ASCII", () => {
    expect(fold("٠١٢٣٤٥٦٧٨٩")).toBe("0123456789");
    expect(fold("۰۱۲۳۴۵۶۷۸۹")).toBe("0123456789");
    expect(fold("سنة ٢٠١٨")).toBe("سنه 2018");
  });

  it("lowercases Latin and drops its accents", () => {
    expect(fold("Pompeo NEAR Café")).toBe("pompeo near cafe");
    expect(fold("Ünïcödé")).toBe("unicode");
  });

  it("is idempotent", () => {
    for (const s of ["الأَمْـنُ الوطنيّ", "إلى مستشفى المدينة", "ﻷ ﷲ ٢٠١٩", "Éducation"])
      expect(fold(fold(s))).toBe(fold(s));
  });
});

describe("tokenize", () => {
  it("splits on anything but letters and digits, after folding", () => {
    expect(tokenize("بومبيو يبحث، مع «حموشي»: سبل-ضمان (أمن)!")).toEqual([
      "بومبيو",
      "يبحث",
      "مع",
      "حموشي",
      "سبل",
      "ضمان",
      "امن",
    ]);
  });

  it("keeps a word with tashkeel or tatweel in one piece", () => {
    expect(tokenize("الأَمْـــنُ")).toEqual(["الامن"]);
  });

  it("drops FTS syntax and control characters", () => {
    expect(tokenize('"a" OR b* NOT c^ d:e -f NEAR(g) \u0000h')).toEqual([
      "a",
      "or",
      "b",
      "not",
      "c",
      "d",
      "e",
      "f",
      "near",
      "g",
      "h",
    ]);
    expect(tokenize('"*^:-()\u0000')).toEqual([]);
  });

  it("returns nothing for empty or blank text", () => {
    expect(tokenize("")).toEqual([]);
    expect(tokenize("   \n\t")).toEqual([]);
  });
});

describe("wordForms", () => {
  const forms = (w: string) => wordForms(fold(w)).sort();

  it("strips the definite article", () => {
    expect(forms("الأمن")).toEqual(["الامن", "امن"].sort());
    expect(forms("اليد")).toEqual(["اليد", "يد"].sort());
  });

  it("strips conjunctions, prepositions and the article in order", () => {
    expect(forms("والأمن")).toEqual(["والامن", "الامن", "امن"].sort());
    expect(forms("فالأمن")).toEqual(["فالامن", "الامن", "امن"].sort());
    expect(forms("بالأمن")).toEqual(["بالامن", "الامن", "امن"].sort());
    expect(forms("وبالمغرب")).toEqual(["وبالمغرب", "بالمغرب", "المغرب", "مغرب"].sort());
    expect(forms("كالبحر")).toEqual(["كالبحر", "البحر", "بحر"].sort());
  });

  it("reads لل as ل + ال", () => {
    expect(forms("للمواطنين")).toEqual(["للمواطنين", "المواطنين", "مواطنين"].sort());
    expect(forms("وللأمن")).toEqual(["وللامن", "للامن", "الامن", "امن"].sort());
  });

  it("strips a lone preposition or conjunction only when three letters remain", () => {
    expect(forms("لعبد")).toEqual(["لعبد", "عبد"].sort());
    expect(forms("وأمن")).toEqual(["وامن", "امن"].sort());
    expect(forms("ولد")).toEqual(["ولد"]);
    expect(forms("بيت")).toEqual(["بيت"]);
    expect(forms("كتب")).toEqual(["كتب"]);
  });

  it("never reads الله as article + له", () => {
    expect(forms("الله")).toEqual(["الله"]);
    expect(forms("والله")).toEqual(["والله", "الله"].sort());
    expect(forms("لله")).toEqual(["لله"]);
    expect(forms("بالله")).toEqual(["بالله", "الله"].sort());
  });

  it("keeps short words whole", () => {
    expect(forms("إلى")).toEqual(["الي"]);
    expect(forms("في")).toEqual(["في"]);
  });

  it("leaves Latin words and numbers alone", () => {
    expect(wordForms("pompeo")).toEqual(["pompeo"]);
    expect(wordForms("2018")).toEqual(["2018"]);
  });

  it("always lists the word itself first", () => {
    for (const w of ["والمغاربة", "للمواطنين", "أمن", "x"]) expect(wordForms(fold(w))[0]).toBe(fold(w));
  });
});

describe("indexText", () => {
  it("writes each word followed by its prefix-less forms", () => {
    expect(indexText("وزارة الخارجية الأمريكية")).toBe("وزاره زاره الخارجيه خارجيه الامريكيه امريكيه");
  });

  it("is empty for missing text", () => {
    expect(indexText(null)).toBe("");
    expect(indexText(undefined)).toBe("");
    expect(indexText("")).toBe("");
  });

  it("matches a query however the hamza, ya, ta marbuta and tashkeel are written", () => {
    const doc = new Set(indexText("في تصريح للمتحدثة الرسمية باسم وزارة الخارجية الأمريكية").split(" "));
    for (const q of ["الأمريكية", "الامريكيه", "الأمْرِيكِيَّة", "أمريكية", "امريكيـه", "المتحدثة", "متحدثه", "للمتحدثة"]) {
      expect(
        wordForms(fold(q)).some((f) => doc.has(f)),
        q,
      ).toBe(true);
    }
  });
});
