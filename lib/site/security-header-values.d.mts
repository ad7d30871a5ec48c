// Types for security-header-values.mjs (plain JavaScript: scripts/serve.mjs loads it uncompiled).
export function servedOverHttps(env?: Record<string, string | undefined>): boolean;
export function contentSecurityPolicy(options: { nonce?: string; https: boolean }): string;
export const STATIC_HEADERS: Record<string, string>;
export const HSTS: string;
export const MEDIA_POLICY: string;
export function securityHeaders(options: {
  nonce?: string;
  https: boolean;
  isolate: boolean;
  media?: boolean;
}): Record<string, string>;
