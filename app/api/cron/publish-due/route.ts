import { publishDueArticles } from "@/lib/articles/publish-due";
import { armBreakingExpiry } from "@/lib/frontpage/breaking-timer";
import { upcomingBreakingEnds } from "@/lib/frontpage/queries";
import { isInternalRequest } from "@/lib/site/internal";

export const dynamic = "force-dynamic";

/** Called by the in-process scheduler (instrumentation.ts) or an external cron, with the site secret. */
export async function POST(request: Request) {
  if (!isInternalRequest(request)) return Response.json({ error: "unauthorized" }, { status: 401 });
  const published = await publishDueArticles();
  armBreakingExpiry(await upcomingBreakingEnds()); // the strip ends on time after a restart too
  return Response.json({ published });
}
