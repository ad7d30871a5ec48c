import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { type ListingKind, loadListing } from "@/lib/articles/listings";
import { breadcrumbJsonLd, listingMetadata } from "@/lib/articles/metadata";
import { ar } from "@/lib/i18n/ar";
import { JsonLd } from "@/components/seo/json-ld";
import { ListingView } from "@/components/articles/listing-view";

type Params = { slug: string; page?: string };

/**
 * One implementation for `/category|author|tag/<slug>` and their `/page/<n>`
 * forms (`?page=N` is rewritten onto the latter in next.config.js).
 */
export function listingRoute(kind: ListingKind) {
  return {
    generateStaticParams: async (): Promise<Params[]> => [],

    async generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
      const { slug, page } = await params;
      const l = await loadListing(kind, slug, page);
      if (!l) return {};
      return listingMetadata(l.heading, l.intro || `${l.heading} — ${ar.siteName}`, l.href, l.page);
    },

    async Page({ params }: { params: Promise<Params> }) {
      const { slug, page } = await params;
      const l = await loadListing(kind, slug, page);
      if (!l) notFound();
      return (
        <>
          <JsonLd data={breadcrumbJsonLd(l.title, l.href(1), l.page)} />
          <ListingView
            title={l.heading}
            intro={l.intro}
            items={l.items}
            page={l.page}
            totalPages={l.totalPages}
            href={l.href}
            showCategory={kind !== "category"}
          />
        </>
      );
    },
  };
}
