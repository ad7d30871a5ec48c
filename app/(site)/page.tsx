import type { Metadata } from "next";
import { HomeView } from "@/components/articles/home-view";
import { getHomePage } from "@/lib/articles/queries";
import { ar } from "@/lib/i18n/ar";

export const revalidate = 3600;

export const metadata: Metadata = {
  alternates: { canonical: "/" },
  openGraph: { type: "website", url: "/", title: ar.siteName, description: ar.siteTagline },
  twitter: { card: "summary", title: ar.siteName, description: ar.siteTagline },
};

export default async function HomePage() {
  return <HomeView home={await getHomePage()} />;
}
