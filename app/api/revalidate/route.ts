import { z } from "zod";
import { isInternalRequest } from "@/lib/site/internal";
import { expireTagsNow } from "@/lib/site/revalidate";

export const dynamic = "force-dynamic";

const body = z.object({ tags: z.array(z.string().max(256)).max(50) });

/** The server's follow-up expiry (lib/site/revalidate.ts); also usable by an operator with the site secret. */
export async function POST(request: Request) {
  if (!isInternalRequest(request)) return Response.json({ error: "unauthorized" }, { status: 401 });
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "bad request" }, { status: 400 });
  expireTagsNow(parsed.data.tags);
  return Response.json({ expired: parsed.data.tags });
}
