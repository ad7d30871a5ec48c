import { publishDueArticles } from "@/lib/articles/publish-due";
import { isInternalRequest } from "@/lib/site/internal";

export const dynamic = "force-dynamic";

/** Called by the in-process scheduler (instrumentation.ts) or an external cron, with the site secret. */
export async function POST(request: Request) {
  if (!isInternalRequest(request)) return Response.json({ error: "unauthorized" }, { status: 401 });
  return Response.json({ published: await publishDueArticles() });
}
