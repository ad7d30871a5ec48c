import { decodeSlug } from "@/lib/text/slug";
import { getFeedEntries } from "@/lib/feeds/queries";
import { renderRss } from "@/lib/feeds/rss";
import { paths } from "@/lib/site/paths";

export const revalidate = 3600;
export const generateStaticParams = async () => [];

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = decodeSlug((await params).slug);
  const feed = await getFeedEntries(slug);
  if (!feed)
    return new Response("غير موجود", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return renderRss({ title: feed.title, selfPath: `${paths.category(slug)}/feed.xml`, entries: feed.entries });
}
