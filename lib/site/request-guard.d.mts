// Types for request-guard.mjs (plain JavaScript: scripts/serve.mjs loads it uncompiled).
export const MAX_BODY_BYTES: number;
export function refusal(
  method: string,
  url: string,
  headers: Record<string, string | string[] | undefined>,
): null | 400 | 405 | 411 | 413 | "not-found";
