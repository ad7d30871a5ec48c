// Types for page-cache.mjs (plain JavaScript: scripts/serve.mjs loads it uncompiled).
import type { IncomingMessage, ServerResponse } from "node:http";
import type { LRUCache } from "lru-cache";

export const FRESH_MS: number;
export const STALE_MS: number;
export const LOCK_MS: number;
export const MAX_ENTRY_BYTES: number;

export type Entry = { status: number; headers: Record<string, string | string[]>; body: Buffer; storedAt: number };

export function cacheKey(req: IncomingMessage): string | null;
export function storable(status: number, headers: Record<string, unknown>): boolean;
export function createPageCache(options?: { maxBytes?: number; now?: () => number }): {
  handle(req: IncomingMessage, res: ServerResponse, next: () => void): Promise<void>;
  clear(): void;
  stats: { hit: number; stale: number; miss: number; bypass: number };
  entries: LRUCache<string, Entry>;
};
