import "server-only";
import { RateLimiterMemory } from "rate-limiter-flexible";

// 10 failed sign-ins per account, or per client, then refused for 15 minutes.
const WINDOW_SECONDS = 15 * 60;
const MAX_FAILURES = 10;

const byAccount = new RateLimiterMemory({ keyPrefix: "login-account", points: MAX_FAILURES, duration: WINDOW_SECONDS });
const byClient = new RateLimiterMemory({
  keyPrefix: "login-client",
  points: MAX_FAILURES * 3,
  duration: WINDOW_SECONDS,
});

export async function isLoginBlocked(email: string, client: string): Promise<boolean> {
  const [account, ip] = await Promise.all([byAccount.get(email), byClient.get(client)]);
  return (account?.consumedPoints ?? 0) >= MAX_FAILURES || (ip?.consumedPoints ?? 0) >= MAX_FAILURES * 3;
}

export async function recordLoginFailure(email: string, client: string) {
  await Promise.all([byAccount.penalty(email, 1), byClient.penalty(client, 1)]);
}

export async function clearLoginFailures(email: string) {
  await byAccount.delete(email);
}
