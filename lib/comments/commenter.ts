import "server-only";
import { cookies } from "next/headers";
import { config } from "@/lib/config";
import { servedOverHttps } from "@/lib/site/security-headers";
import {
  COMMENTER_COOKIE,
  COMMENTER_MAX_AGE,
  HELD_HINT_COOKIE,
  HELD_HINT_MAX_AGE,
  commenterCookieValue,
  newCommenterId,
  verifyCommenterCookie,
} from "./commenter-cookie";

const secret = () => config().authSecret || undefined;

/** This browser's commenter id, when it carries a cookie the site signed; else null. */
export async function currentCommenterId(): Promise<string | null> {
  return verifyCommenterCookie((await cookies()).get(COMMENTER_COOKIE)?.value, secret());
}

/**
 * The id a new comment is stored with: this browser's, or a fresh one that
 * keepCommenter then gives it. `known` is false for a fresh one, which no
 * approved comment can carry yet.
 */
export async function commenterForPost(): Promise<{ id: string; known: boolean }> {
  const id = await currentCommenterId();
  return id ? { id, known: true } : { id: newCommenterId(), known: false };
}

/** Gives the browser its signed id (again: a year from its last comment), and the hint when a comment waits. */
export async function keepCommenter(id: string, held: boolean) {
  const key = secret();
  if (!key) return;
  const jar = await cookies();
  const secure = servedOverHttps();
  jar.set(COMMENTER_COOKIE, commenterCookieValue(id, key), {
    maxAge: COMMENTER_MAX_AGE,
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure,
  });
  if (held) jar.set(HELD_HINT_COOKIE, "1", { maxAge: HELD_HINT_MAX_AGE, path: "/", sameSite: "lax", secure });
}
