import { SITE_SEGMENTS } from "@/lib/wordpress/site-segments";

/** A slug a page may not take: the site's own sections answer at /<segment>. */
export const isReservedSlug = (slug: string) => SITE_SEGMENTS.has(slug);
