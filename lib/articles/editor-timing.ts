/**
 * The production pace of autosaves: at most one every 30 s while someone types.
 * `AUTOSAVE_INTERVAL_MS` (lib/config.ts) changes it for the end-to-end tests only.
 */
export const AUTOSAVE_INTERVAL_MS = 30_000;

/**
 * When the next autosave is due. The clock starts at the first change not yet saved, so a
 * change never waits longer than one interval, and two autosaves are always at least one
 * interval apart (a save clears the clock; the next change starts it again).
 */
export class AutosaveClock {
  private firstUnsavedAt: number | null = null;
  constructor(readonly intervalMs: number) {}

  /** A change was made at `now`; returns when the autosave is due. */
  change(now: number): number {
    this.firstUnsavedAt ??= now;
    return this.firstUnsavedAt + this.intervalMs;
  }

  /** Everything up to now is saved (by the autosave or by a button). */
  saved(): void {
    this.firstUnsavedAt = null;
  }

  get dirty(): boolean {
    return this.firstUnsavedAt !== null;
  }
}

/** How long an open editor holds its article without a heartbeat, and how often it beats. */
export const LOCK_TTL_MS = 60_000;
export const LOCK_HEARTBEAT_MS = 20_000;
