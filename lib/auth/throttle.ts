import { RateLimiterPrisma } from "rate-limiter-flexible";
import type { Db } from "@/lib/db/client";

// Counted per account *and* client, so failures from elsewhere never lock a
// member out of their own client (the OWASP pattern, and rate-limiter-flexible's
// login recipe). A slower limit per client across accounts stops one client
// from trying many accounts. Both live in the database (table RateLimit): they
// survive restarts and every instance counts together.
export const PAIR_FAILURES = 10;
export const PAIR_WINDOW_SECONDS = 15 * 60;
export const CLIENT_FAILURES = 100;
export const CLIENT_WINDOW_SECONDS = 24 * 60 * 60;

export type LoginBlock = "pair" | "client" | null;

export function loginThrottle(store: Db) {
  const options = { storeClient: store, tableName: "rateLimit" };
  const byPair = new RateLimiterPrisma({
    ...options,
    keyPrefix: "login-pair",
    points: PAIR_FAILURES,
    duration: PAIR_WINDOW_SECONDS,
  });
  const byClient = new RateLimiterPrisma({
    ...options,
    keyPrefix: "login-client",
    points: CLIENT_FAILURES,
    duration: CLIENT_WINDOW_SECONDS,
  });
  // The address may contain any character; JSON keeps the two parts apart.
  const pair = (email: string, client: string) => JSON.stringify([email, client]);

  return {
    /** Whether this client may try this account now, and if not, which limit it reached. */
    async blocked(email: string, client: string): Promise<LoginBlock> {
      const [p, c] = await Promise.all([byPair.get(pair(email, client)), byClient.get(client)]);
      if ((p?.consumedPoints ?? 0) >= PAIR_FAILURES) return "pair";
      if ((c?.consumedPoints ?? 0) >= CLIENT_FAILURES) return "client";
      return null;
    },
    async failed(email: string, client: string) {
      await Promise.all([byPair.penalty(pair(email, client), 1), byClient.penalty(client, 1)]);
    },
    /** The right password: this client's failures on this account start again from zero. */
    async succeeded(email: string, client: string) {
      await byPair.delete(pair(email, client));
    },
  };
}
