import type { Metadata } from "next";
import { HomeView } from "@/components/articles/home-view";
import { getHomePage } from "@/lib/articles/queries";
import { ar } from "@/lib/i18n/ar";
import { getMostRead } from "@/lib/views/queries";

export const revalidate = 3600;

export const metadata: Metadata = {
  alternates: { canonical: "/" },
  openGraph: { type: "website", url: "/", title: ar.siteName, description: ar.siteTagline },
  twitter: { card: "summary", title: ar.siteName, description: ar.siteTagline },
};

export default async function HomePage() {
  const [home, mostRead] = await Promise.all([getHomePage(), getMostRead()]);
  return <HomeView home={home} mostRead={mostRead} />;
}
