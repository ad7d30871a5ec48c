import { getToken } from "next-auth/jwt";
import { type NextRequest, NextResponse } from "next/server";
import { z } from "zod";
import { resolveLegacyUrl } from "@/lib/wordpress/legacy";
import {
  applySecurityHeaders,
  forwardedRequestHeaders,
  isMediaPath,
  makeNonce,
  needsNonce,
  needsOpenerIsolation,
  servedOverHttps,
} from "@/lib/site/security-headers";
import { config } from "@/lib/config";

const CONTROL = /[\u0000-\u001f\u007f]/;
const PAGE = /^[1-9]\d{0,5}$/;
const SLUG_ROUTES = /^\/(articles|category|author|tag)(\/|$)/;

/**
 * Runs before routing on every path, static files included: sets the security
 * headers (lib/site/security-headers.ts), sends signed-out visitors of /admin
 * to the sign-in page, and turns away what can only be a missing page.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const nonce = needsNonce(pathname) ? makeNonce() : undefined;
  const pass = () => NextResponse.next({ request: { headers: forwardedRequestHeaders(request.headers, nonce) } });
  const response = await route(request, pass);
  applySecurityHeaders(response.headers, {
    nonce,
    https: servedOverHttps(),
    isolate: needsOpenerIsolation(pathname),
    media: isMediaPath(pathname),
  });
  return response;
}

async function route(request: NextRequest, pass: () => NextResponse) {
  const { pathname } = request.nextUrl;
  // Old WordPress links: a 301, or the site's 404 page when they lead nowhere.
  const legacy = await resolveLegacyUrl(pathname, request.nextUrl.searchParams);
  if (legacy === "not-found") return notFound(request);
  if (legacy !== "pass") return NextResponse.redirect(new URL(legacy.location, request.url), legacy.status);
  if (request.method === "POST" && request.headers.has("next-action") && !(await actionArgumentsAreAList(request)))
    return new NextResponse("Bad request", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  if (pathname === "/admin" || pathname.startsWith("/admin/")) return guardAdmin(request, pass);
  if (SLUG_ROUTES.test(pathname)) return checkSlugRoute(request) ?? pass();
  return pass();
}

function notFound(request: NextRequest) {
  return NextResponse.rewrite(new URL("/_not-found", request.url), { status: 404 });
}

/**
 * On routes with slugs: a malformed percent-escape (`%E0%A4%A`, which Next's
 * param decoding answers with a 500), control characters (which the page cache
 * cannot store under), and a `page` that is not one page number are not found.
 */
function checkSlugRoute(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return notFound(request);
  }
  if (CONTROL.test(path)) return notFound(request);
  // Every value: the router's rewrite reads the last one.
  const pages = searchParams.getAll("page");
  if (pages.length > 1 || pages.some((page) => !PAGE.test(page))) return notFound(request);
  return null;
}

// React encodes a server action's arguments as one JSON list (the whole text
// body, or the form field "0" next to uploaded files).
const argumentList = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "not JSON" });
      return z.NEVER;
    }
  })
  .pipe(z.array(z.unknown()));

/**
 * Next.js applies whatever the body decodes to as the action's arguments, and
 * failed (a 500) on a bare string or number. Each action checks the type of
 * each argument itself (lib/auth/action.ts, the comment action); this checks
 * that there is a list of them. The form of a page without JavaScript carries
 * no "0" field and passes.
 */
async function actionArgumentsAreAList(request: NextRequest): Promise<boolean> {
  const type = request.headers.get("content-type") ?? "";
  if (/^application\/x-www-form-urlencoded/i.test(type)) return true;
  if (/^multipart\/form-data/i.test(type)) {
    const root = await request
      .clone()
      .formData()
      .then((form) => form.get("0"))
      .catch(() => undefined);
    return root === null || (typeof root === "string" && argumentList.safeParse(root).success);
  }
  return argumentList.safeParse(await request.clone().text()).success;
}

/**
 * A convenience only: signed-out visitors go to the sign-in page without a
 * round of rendering. Every admin page and action checks the session itself.
 */
async function guardAdmin(request: NextRequest, pass: () => NextResponse) {
  const token = await getToken({
    req: request,
    secret: config().authSecret,
    secureCookie: servedOverHttps(),
  });
  if (token) return pass();
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}
