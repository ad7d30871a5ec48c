import "server-only";
import { cookies } from "next/headers";

// WordPress keeps these for a year. They are readable by the page's script,
// which pre-fills the form, so no server response ever echoes them back.
export const REMEMBER_COOKIES = {
  name: "comment_author",
  email: "comment_author_email",
  url: "comment_author_url",
} as const;
const ONE_YEAR = 365 * 24 * 60 * 60;

export async function rememberCommenter(values: { name: string; email: string; url: string | null } | null) {
  const jar = await cookies();
  for (const [field, cookie] of Object.entries(REMEMBER_COOKIES) as [keyof typeof REMEMBER_COOKIES, string][]) {
    const value = values?.[field];
    if (value) jar.set(cookie, encodeURIComponent(value), { maxAge: ONE_YEAR, path: "/", sameSite: "lax" });
    else jar.delete(cookie);
  }
}
