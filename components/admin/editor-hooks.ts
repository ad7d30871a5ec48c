"use client";

import { startTransition, useCallback, useEffect, useEffectEvent, useRef, useState } from "react";
import { AutosaveClock } from "@/lib/articles/editor-timing";
import type { ActionResult } from "@/lib/auth/action";
import { ar } from "@/lib/i18n/ar";
import { utcToWallTime } from "@/lib/site/zoned-time";

const t = ar.admin.editor;

export type AutosaveOutcome = {
  ok: boolean;
  id?: number;
  savedAt?: string;
  message?: string;
  categoryId?: string;
  version?: string;
};

type AutosaveOptions = {
  formRef: React.RefObject<HTMLFormElement | null>;
  intervalMs: number;
  /** Asked when an autosave is due (someone else holding the article's lock pauses it). */
  enabled: () => boolean;
  save: (data: FormData) => Promise<AutosaveOutcome>;
  onSaved: (outcome: AutosaveOutcome) => void;
};

/** The autosave's timer and request, outside React's render cycle. */
class AutosaveController {
  private clock: AutosaveClock;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private held = false;

  constructor(
    intervalMs: number,
    private latest: React.RefObject<AutosaveOptions>,
  ) {
    this.clock = new AutosaveClock(intervalMs);
  }

  /** Something in the form changed. */
  changed = () => {
    const due = this.clock.change(Date.now());
    this.timer ??= setTimeout(() => void this.run(), Math.max(0, due - Date.now()));
  };

  /** A button saved everything: nothing is pending any more. */
  saved = () => {
    this.clock.saved();
    this.stopTimer();
  };

  /** Save now (Ctrl+S on a public article), whatever the clock says. */
  saveNow = () => {
    this.stopTimer();
    return this.run();
  };

  /**
   * A button's save is under way: no autosave until it answers. (Started meanwhile, an autosave of a new
   * article would create it a second time, beside the one the button creates.)
   */
  hold = () => {
    this.held = true;
    this.stopTimer();
  };

  /** The button's save answered: what is still unsaved is autosaved again in time. */
  release = () => {
    this.held = false;
    if (this.clock.dirty) this.changed();
  };

  isDirty = () => this.clock.dirty;

  /** The autosave under way, if any: a button's save waits for it (a new article gets its id from it). */
  pending = () => this.inFlight;

  stopTimer = () => {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  };

  private async run() {
    this.timer = null;
    const { formRef, enabled, save, onSaved } = this.latest.current;
    const form = formRef.current;
    if (!form || !enabled() || this.inFlight || this.held) return;
    const data = new FormData(form);
    data.delete("featuredImage");
    data.delete("removeImage");
    this.clock.saved(); // changes from here on start the clock again
    this.inFlight = save(data)
      .catch((): AutosaveOutcome => ({ ok: false }))
      .then((outcome) => {
        if (!outcome.ok) this.changed(); // still unsaved: try again one interval later
        onSaved(outcome);
      })
      .finally(() => {
        this.inFlight = null;
      });
    await this.inFlight;
  }
}

/**
 * Saves the form on its own while someone types: at most once per interval, and never more
 * than one interval after a change (editor-timing.ts). `save` gets the form's fields as the
 * buttons would send them, minus the file upload.
 */
export function useAutosave(options: AutosaveOptions) {
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const [controller] = useState(() => new AutosaveController(options.intervalMs, latest));
  useEffect(() => controller.stopTimer, [controller]);
  return controller;
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
  const onSave = useEffectEvent(save);
  useEffect(() => {
    const keydown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      if (event.code !== "KeyS" && event.key.toLowerCase() !== "s") return;
      event.preventDefault();
      onSave();
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

type EditorFormOptions = {
  /** The row being edited; null for a new one, which its first autosave creates. */
  id: number | null;
  /** The editor's address once the row exists (shown without a navigation, so the cursor stays). */
  editPath: (id: number) => string;
  /** The save the page was rendered from (lib/forms/edit-version.ts); renewed by each save. */
  version: string;
  timeZone: string; // SITE_TIMEZONE, for the autosave's time
  intervalMs: number;
  enabled: () => boolean;
  /** A public row's autosave is kept apart: the status line says so, Ctrl+S saves that copy. */
  keptApart: boolean;
  apartNote: string;
  /** The button Ctrl+S presses, when there is one to press (a draft's save). */
  shortcutButton: string | null;
  save: (data: FormData) => Promise<AutosaveOutcome>;
  onAutosaved?: (outcome: AutosaveOutcome, form: HTMLFormElement) => void;
  /** The buttons' action (useActionState) and its last answer. */
  state: ActionResult;
  formAction: (data: FormData) => void;
};

/**
 * Everything that keeps a newsroom form's work safe, for the article and the page editors: autosave with
 * its status line, the leave warning, Ctrl/Cmd+S, and the buttons' submit (no form reset; a new row's
 * button waits for the autosave creating it, then saves that same row, `fromNew` telling the server to
 * open its address). The form renders `id` and `version` as hidden fields and uses `onSubmit`.
 */
export function useEditorForm(options: EditorFormOptions) {
  const { state, formAction, timeZone, keptApart, apartNote, editPath, onAutosaved } = options;
  const formRef = useRef<HTMLFormElement>(null);
  const [id, setId] = useState(options.id);
  const idRef = useRef(options.id);
  const [note, setNote] = useState("");
  // In step with the last save: the autosave's answer, or the page's own after a button's save refreshed it.
  const [version, setVersion] = useState(options.version);
  const [pageVersion, setPageVersion] = useState(options.version);
  if (options.version !== pageVersion) {
    setPageVersion(options.version);
    setVersion(options.version);
  }
  const onSaved = useCallback(
    (outcome: AutosaveOutcome) => {
      if (!outcome.ok) return setNote(t.autosaveFailed(outcome.message ?? t.errors.form));
      if (outcome.version) setVersion(outcome.version);
      if (!idRef.current && outcome.id) {
        idRef.current = outcome.id;
        setId(outcome.id);
        window.history.replaceState(null, "", editPath(outcome.id));
      }
      if (formRef.current) onAutosaved?.(outcome, formRef.current);
      const time = utcToWallTime(new Date(outcome.savedAt ?? Date.now()), timeZone).time;
      setNote(`${t.autosaved(time)}${keptApart ? ` ${apartNote}` : ""}`);
    },
    [timeZone, keptApart, apartNote, editPath, onAutosaved],
  );
  const autosave = useAutosave({
    formRef,
    intervalMs: options.intervalMs,
    enabled: options.enabled,
    save: options.save,
    onSaved,
  });
  useLeaveWarning(autosave.isDirty, t.leaveConfirm);
  // Ctrl/Cmd+S: a draft is saved as its button would; a public row's changes are kept apart.
  const { shortcutButton } = options;
  useSaveShortcut(() => {
    const button = shortcutButton ? formRef.current?.querySelector<HTMLButtonElement>(shortcutButton) : null;
    if (button && !button.disabled) formRef.current?.requestSubmit(button);
    else if (keptApart) void autosave.saveNow();
  });
  // A save by a button that worked leaves nothing unsaved.
  const firstState = useRef(state);
  const { saved: markSaved, release: releaseAutosave } = autosave;
  useEffect(() => {
    if (state === firstState.current) return;
    if (state.ok) markSaved();
    releaseAutosave();
  }, [state, markSaved, releaseAutosave]);

  const createdHere = options.id === null;
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    // Not <form action>: React would reset the uncontrolled fields after each submit.
    event.preventDefault();
    const form = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const send = () => {
      autosave.hold();
      const data = new FormData(form, submitter);
      if (idRef.current) data.set("id", String(idRef.current));
      if (createdHere && idRef.current) data.set("fromNew", "1");
      startTransition(() => formAction(data));
    };
    // An autosave under way may be creating this very row: wait for its id.
    const underWay = autosave.pending();
    if (underWay) void underWay.then(send);
    else send();
  };
  return { formRef, id, version, note, onSubmit, changed: autosave.changed };
}
