import type { Metadata, Viewport } from "next";
import { ar } from "@/lib/i18n/ar";
import { siteUrl } from "@/lib/site/config";
import { naskhArabic, naskhLatin } from "./fonts";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: `${ar.siteName} — ${ar.siteTagline}`, template: `%s — ${ar.siteName}` },
  description: ar.siteTagline,
  openGraph: { siteName: ar.siteName, locale: "ar_MA", type: "website" },
  alternates: { types: { "application/rss+xml": "/feed.xml" } },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#9f1d20" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="ar" dir="rtl" className={`${naskhArabic.variable} ${naskhLatin.variable}`}>
      <body className="min-h-screen bg-white font-sans antialiased">{children}</body>
    </html>
  );
}
