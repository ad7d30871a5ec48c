import { flushViews } from "@/lib/views/flush";
import { isInternalRequest } from "@/lib/site/internal";

export const dynamic = "force-dynamic";

/** Called by the in-process scheduler (instrumentation.ts) with the site secret: stores the counted views. */
export async function POST(request: Request) {
  if (!isInternalRequest(request)) return Response.json({ error: "unauthorized" }, { status: 401 });
  try {
    return Response.json(await flushViews());
  } catch (error) {
    console.error("views: flush failed, kept for the next tick", error);
    return Response.json({ error: "database unavailable" }, { status: 503 });
  }
}
