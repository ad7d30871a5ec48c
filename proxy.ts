import { getToken } from "next-auth/jwt";
import { type NextRequest, NextResponse } from "next/server";

const CONTROL = /[\u0000-\u001f\u007f]/;
const PAGE = /^[1-9]\d{0,5}$/;

function notFound(request: NextRequest) {
  return NextResponse.rewrite(new URL("/_not-found", request.url), { status: 404 });
}

/**
 * Runs before routing, only on routes with slugs, and turns away what can only
 * be a missing page before it reaches a route: a malformed percent-escape
 * (`%E0%A4%A`, which Next's param decoding answers with a 500), control
 * characters (which the page cache cannot store under), and a `page` that is
 * not a page number.
 */
export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (pathname === "/admin" || pathname.startsWith("/admin/")) return guardAdmin(request);
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return notFound(request);
  }
  if (CONTROL.test(path)) return notFound(request);
  const page = searchParams.get("page");
  if (page !== null && !PAGE.test(page)) return notFound(request);
  return NextResponse.next();
}

/**
 * A convenience only: signed-out visitors go to the sign-in page without a
 * round of rendering. Every admin page and action checks the session itself.
 */
async function guardAdmin(request: NextRequest) {
  const token = await getToken({ req: request, secret: process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET });
  if (token) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/admin", "/admin/:path*", "/articles/:path*", "/category/:path*", "/author/:path*", "/tag/:path*"],
};
