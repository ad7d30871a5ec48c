// Types for beacon.mjs (plain JavaScript: scripts/serve.mjs loads it uncompiled).
import type { IncomingMessage, ServerResponse } from "node:http";

export type ViewTotal = { articleId: number; hour: Date; views: number };
export const BEACON_PATH: "/api/views";
export const MAX_KEYS: number;
export const BEACON_GIF: Buffer;
export function beaconArticleId(query: string): number | null;
export function countView(
  query: string,
  userAgent: string | undefined,
  now?: number,
): "counted" | "ignored" | "dropped";
export function takeViews(): { totals: ViewTotal[]; dropped: number; ignored: number };
export function returnViews(totals: ViewTotal[]): void;
export function answerBeacon(req: IncomingMessage, res: ServerResponse): void;
export function isBeacon(url: string): boolean;
