import localFont from "next/font/local";

// Self-hosted Noto Naskh Arabic (no request leaves the site). The Arabic and
// Latin subsets are separate files; the browser picks per glyph, so Latin
// digits in dates use the Latin file. For that the Arabic face's variable must
// name no fallback of its own: one there (Arial, say) would take the digits
// first. The Latin face carries the metric-matched fallback and the rest.
// (next/font needs literal paths.)

export const naskhArabic = localFont({
  src: [
    {
      path: "../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2",
      weight: "400",
    },
    {
      path: "../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2",
      weight: "700",
    },
  ],
  variable: "--font-naskh-arabic",
  display: "swap",
  preload: true,
  adjustFontFallback: false,
  fallback: [],
});

export const naskhLatin = localFont({
  src: [
    {
      path: "../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-latin-400-normal.woff2",
      weight: "400",
    },
    {
      path: "../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-latin-700-normal.woff2",
      weight: "700",
    },
  ],
  variable: "--font-naskh-latin",
  display: "swap",
  preload: true,
  fallback: ["Tahoma", "Arial", "sans-serif"],
});
