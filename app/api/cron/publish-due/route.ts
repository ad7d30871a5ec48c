import { publishDueArticles } from "@/lib/articles/publish-due";
import { requestLogger } from "@/lib/log/request";
import { isInternalRequest } from "@/lib/site/internal";

export const dynamic = "force-dynamic";

/** Called by the in-process scheduler (instrumentation.ts) or an external cron, with the site secret. */
export async function POST(request: Request) {
  if (!isInternalRequest(request)) return Response.json({ error: "unauthorized" }, { status: 401 });
  try {
    return Response.json({ published: await publishDueArticles() });
  } catch (error) {
    const { id, log } = await requestLogger();
    log.error({ err: error, job: "scheduler" }, "publishing due articles failed");
    return Response.json({ error: "publishing failed", requestId: id }, { status: 500 });
  }
}
