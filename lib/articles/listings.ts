import "server-only";
import { ar } from "@/lib/i18n/ar";
import { paths } from "@/lib/site/paths";
import { parsePage } from "./pagination";
import { getAuthorListing, getCategoryListing, getTagListing } from "./queries";
import { decodeSlug } from "@/lib/text/slug";
import type { ListingKind } from "./types";

export type { ListingKind } from "./types";

/** What differs between the three listing kinds; the rest is one code path. */
export async function loadListing(kind: ListingKind, slugParam: string, pageParam?: string) {
  const page = parsePage(pageParam);
  if (page === null) return null;
  const slug = decodeSlug(slugParam);
  switch (kind) {
    case "category": {
      const l = await getCategoryListing(slug, page);
      return (
        l && {
          ...l,
          title: l.owner.name,
          heading: ar.categoryTitle(l.owner.name),
          intro: l.owner.description,
          href: (n: number) => paths.category(slug, n),
        }
      );
    }
    case "author": {
      const l = await getAuthorListing(slug, page);
      return (
        l && {
          ...l,
          title: l.owner.name,
          heading: ar.authorTitle(l.owner.name),
          intro: l.owner.bio,
          href: (n: number) => paths.author(slug, n),
        }
      );
    }
    case "tag": {
      const l = await getTagListing(slug, page);
      return (
        l && {
          ...l,
          title: l.owner.name,
          heading: ar.tagTitle(l.owner.name),
          intro: null,
          href: (n: number) => paths.tag(slug, n),
        }
      );
    }
  }
}
