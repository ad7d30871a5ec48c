import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * The signed commenter cookie: a random id that the site gives a browser when
 * it sends a comment, stored with each comment that browser writes. It is what
 * proves that a later comment comes from the browser that wrote an approved
 * one (knowing a name and an email is not enough), and what lets that browser,
 * and only it, see its own comments while they wait for moderation.
 *
 * The value is `<id>.<signature>`: the id is 16 random bytes, the signature an
 * HMAC-SHA256 of it under a key derived from the site secret, both base64url.
 * It says nothing about the person; a forged or altered value is simply ignored.
 */
export const COMMENTER_COOKIE = "sahifa_commenter";

/**
 * Readable by the page's script: "this browser has comments waiting", so
 * public/comments.js asks for them only then. It holds no secret and grants
 * nothing; the request it triggers is answered from the signed cookie alone.
 */
export const HELD_HINT_COOKIE = "comment_held";

export const COMMENTER_MAX_AGE = 365 * 24 * 60 * 60;
export const HELD_HINT_MAX_AGE = 30 * 24 * 60 * 60;

const ID = /^[A-Za-z0-9_-]{22}$/;
const SIGNATURE = /^[A-Za-z0-9_-]{43}$/;

/** A separate key per use, so this signature can never stand for a session's or another token's. */
function key(secret: string): Buffer {
  return createHmac("sha256", secret).update("sahifa/commenter-cookie/v1").digest();
}

function sign(id: string, secret: string): string {
  return createHmac("sha256", key(secret)).update(id).digest("base64url");
}

export function newCommenterId(): string {
  return randomBytes(16).toString("base64url");
}

export function commenterCookieValue(id: string, secret: string): string {
  return `${id}.${sign(id, secret)}`;
}

/** The id in a cookie value when its signature holds under `secret`, else null. */
export function verifyCommenterCookie(value: string | undefined, secret: string | undefined): string | null {
  if (!value || !secret || value.length > 100) return null;
  const [id, signature, ...rest] = value.split(".");
  if (rest.length || !id || !signature || !ID.test(id) || !SIGNATURE.test(signature)) return null;
  const expected = Buffer.from(sign(id, secret));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}
