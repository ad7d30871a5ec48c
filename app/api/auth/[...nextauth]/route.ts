import NextAuth from "next-auth";
import { z } from "zod";
import { authOptions } from "@/lib/auth/options";

const handler = NextAuth(authOptions);

// next-auth's own endpoints; anything else under /api/auth is not found.
const endpoint = z.union([
  z.tuple([z.enum(["session", "csrf", "providers", "signin", "signout", "error", "_log"])]),
  z.tuple([z.enum(["signin", "callback"]), z.literal("credentials")]),
]);

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth throws (a 500) on requests it has no answer for, such as a GET of
 * the credentials callback, which only takes the sign-in form's POST.
 */
async function guarded(request: Request, context: Context) {
  const path = endpoint.safeParse((await context.params).nextauth);
  if (!path.success) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain" } });
  if (request.method === "GET" && path.data[0] === "callback")
    return new Response("Method not allowed", {
      status: 405,
      headers: { allow: "POST", "content-type": "text/plain" },
    });
  return handler(request, context);
}

export { guarded as GET, guarded as POST };
