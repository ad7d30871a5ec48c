import { describe, expect, it } from "vitest";
import { loadConfig } from "@/lib/config";
import { AUTOSAVE_INTERVAL_MS, AutosaveClock } from "./editor-timing";

describe("autosave pace", () => {
  it("is 30 s in production; only a sane test setting changes it", () => {
    expect(AUTOSAVE_INTERVAL_MS).toBe(30_000);
    expect(loadConfig({}).autosaveIntervalMs).toBe(30_000);
    expect(loadConfig({ AUTOSAVE_INTERVAL_MS: "" }).autosaveIntervalMs).toBe(30_000);
    expect(loadConfig({ AUTOSAVE_INTERVAL_MS: "4000" }).autosaveIntervalMs).toBe(4_000);
    for (const wrong of ["abc", "0", "1e9", "2.5"])
      expect(() => loadConfig({ AUTOSAVE_INTERVAL_MS: wrong })).toThrow(/AUTOSAVE_INTERVAL_MS/);
  });

  it("saves at most once per interval while typing without pause, and never leaves a change unsaved longer", () => {
    const clock = new AutosaveClock(30_000);
    const saves: number[] = [];
    let due: number | null = null;
    // A keystroke every 200 ms for five minutes; the timer fires when due.
    for (let now = 0; now <= 300_000; now += 200) {
      if (due !== null && now >= due) {
        saves.push(now);
        clock.saved();
        due = null;
      }
      due = clock.change(now);
    }
    expect(saves.length).toBe(10); // at 30 s, 60 s, … 300 s
    for (let i = 1; i < saves.length; i++) expect(saves[i]! - saves[i - 1]!).toBeGreaterThanOrEqual(30_000);
    expect(saves[0]).toBe(30_000);
  });

  it("starts the clock at the first unsaved change, not at the last keystroke", () => {
    const clock = new AutosaveClock(30_000);
    expect(clock.dirty).toBe(false);
    expect(clock.change(1_000)).toBe(31_000);
    expect(clock.change(20_000)).toBe(31_000);
    expect(clock.dirty).toBe(true);
    clock.saved();
    expect(clock.dirty).toBe(false);
    expect(clock.change(40_000)).toBe(70_000);
  });
});
