import { BEACON_GIF, countView } from "@/lib/views/beacon.mjs";

export const dynamic = "force-dynamic";

// scripts/serve.mjs answers /api/views itself, before Next.js (lib/views/beacon.mjs); this route
// is the same beacon under `next dev`, which does not go through that server.

function answer(request: Request) {
  const url = new URL(request.url);
  countView(url.search.slice(1), request.headers.get("user-agent") ?? undefined);
  return new Response(new Uint8Array(BEACON_GIF), {
    headers: { "content-type": "image/gif", "cache-control": "no-store" },
  });
}

export const GET = answer;
export const POST = answer;
