import { getFeedEntries } from "@/lib/feeds/queries";
import { renderRss } from "@/lib/feeds/rss";

export const revalidate = 3600;

export async function GET() {
  const feed = await getFeedEntries(null);
  return renderRss({ title: null, selfPath: "/feed.xml", entries: feed?.entries ?? [] });
}
