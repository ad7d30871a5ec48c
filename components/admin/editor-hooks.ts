"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { AutosaveClock } from "@/lib/articles/editor-timing";

export type AutosaveOutcome = { ok: boolean; id?: number; savedAt?: string; message?: string; categoryId?: string };

/**
 * Saves the form on its own while someone types: at most once per interval, and never more
 * than one interval after a change (editor-timing.ts). `save` gets the form's fields as the
 * buttons would send them, minus the file upload.
 */
export function useAutosave({
  formRef,
  intervalMs,
  enabled,
  save,
  onSaved,
}: {
  formRef: React.RefObject<HTMLFormElement | null>;
  intervalMs: number;
  enabled: boolean;
  save: (data: FormData) => Promise<AutosaveOutcome>;
  onSaved: (outcome: AutosaveOutcome) => void;
}) {
  const clock = useRef(new AutosaveClock(intervalMs));
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const latest = useRef({ enabled, save, onSaved });
  latest.current = { enabled, save, onSaved };

  const run = useCallback(async () => {
    timer.current = null;
    const form = formRef.current;
    if (!form || !latest.current.enabled || inFlight.current) return;
    const data = new FormData(form);
    data.delete("featuredImage");
    data.delete("removeImage");
    clock.current.saved(); // changes from here on start the clock again
    const request = latest.current
      .save(data)
      .catch(() => ({ ok: false }) as AutosaveOutcome)
      .then((outcome) => {
        if (!outcome.ok) schedule(); // still unsaved: try again one interval later
        latest.current.onSaved(outcome);
      })
      .finally(() => {
        inFlight.current = null;
      });
    inFlight.current = request;
    await request;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [formRef]);

  const schedule = useCallback(() => {
    const due = clock.current.change(Date.now());
    if (!timer.current) timer.current = setTimeout(run, Math.max(0, due - Date.now()));
  }, [run]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  return {
    /** Something in the form changed. */
    changed: schedule,
    /** A button saved everything: nothing is pending any more. */
    saved: useCallback(() => {
      clock.current.saved();
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
    }, []),
    /** Save now (Ctrl+S on a public article), whatever the clock says. */
    saveNow: useCallback(() => {
      if (timer.current) clearTimeout(timer.current);
      return run();
    }, [run]),
    isDirty: useCallback(() => clock.current.dirty, []),
    /** The autosave under way, if any: a button's save waits for it (a new article gets its id from it). */
    pending: useCallback(() => inFlight.current, []),
  };
}

/** Asks before leaving with unsaved changes: closing or reloading the tab, and links inside the dashboard. */
export function useLeaveWarning(isDirty: () => boolean, question: string) {
  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!isDirty()) return;
      event.preventDefault();
      event.returnValue = ""; // older browsers need it set to show the prompt
    };
    // Capture phase, before Next's <Link> handles the click: a refused click goes nowhere.
    const click = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      const link = (event.target as Element | null)?.closest?.("a[href]") as HTMLAnchorElement | null;
      if (!link || link.target === "_blank" || link.hasAttribute("download")) return;
      if (link.origin !== location.origin || link.href.split("#")[0] === location.href.split("#")[0]) return;
      if (isDirty() && !window.confirm(question)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", beforeUnload);
    document.addEventListener("click", click, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", click, true);
    };
  }, [isDirty, question]);
}

/** Ctrl+S (Cmd+S on a Mac) runs `save` instead of the browser's "save page". Any keyboard layout. */
export function useSaveShortcut(save: () => void) {
  const latest = useRef(save);
  latest.current = save;
  useEffect(() => {
    const keydown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      if (event.code !== "KeyS" && event.key.toLowerCase() !== "s") return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener("keydown", keydown);
    return () => window.removeEventListener("keydown", keydown);
  }, []);
}

/**
 * Keeps this editor's hold on the article alive (WordPress's post lock) and reports who
 * else holds it. `beat(takeOver)` asks the server; it answers the other holder's name or null.
 */
export function useArticleLock(
  articleId: number | null,
  initialHolder: string | null,
  heartbeatMs: number,
  beat: (articleId: number, takeOver: boolean) => Promise<{ holder: string | null }>,
) {
  const [holder, setHolder] = useState(initialHolder);
  useEffect(() => {
    if (!articleId) return;
    const tick = () =>
      beat(articleId, false)
        .then((r) => setHolder(r.holder))
        .catch(() => {});
    const id = setInterval(tick, heartbeatMs);
    return () => clearInterval(id);
  }, [articleId, heartbeatMs, beat]);
  const takeOver = useCallback(() => {
    if (articleId)
      beat(articleId, true)
        .then((r) => setHolder(r.holder))
        .catch(() => {});
  }, [articleId, beat]);
  return { holder, takeOver };
}
