import { heldCommentsJson } from "@/lib/comments/held";

export const dynamic = "force-dynamic";

const ARTICLE_ID = /^[1-9]\d{0,9}$/;

/** `GET /api/comments/held?article=<id>`: the calling browser's own comments waiting for moderation there. */
export async function GET(request: Request) {
  const article = new URL(request.url).searchParams.get("article") ?? "";
  const headers = { "Cache-Control": "private, no-store" };
  if (!ARTICLE_ID.test(article)) return Response.json({ error: "bad request" }, { status: 400, headers });
  return Response.json({ comments: await heldCommentsJson(Number(article)) }, { headers });
}
