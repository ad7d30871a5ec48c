// @ts-check
/**
 * Reader pages are sent as plain HTML, without the React / Next.js runtime.
 *
 * Why: they are rendered in full on the server and need nothing from React in
 * the browser. Links are links and forms post (server actions work without
 * JavaScript); public/comments.js does the little the comment form adds. The
 * runtime's boot and hydration was one ~100 ms task on a phone's CPU, plus
 * 148 kB of script and a copy of the page as an RSC payload: Lighthouse's
 * mobile Performance went from 66–70 with it to 95+ without (npm run lighthouse).
 * The newsroom (/admin, /login) keeps the runtime: its editor and forms need it.
 *
 * scripts/serve.mjs applies this to every HTML response; plain JavaScript
 * because that file loads it uncompiled.
 */

const NEWSROOM = /^\/(?:admin|login)(?:\/|$)/;

/** Reader pages: everything but the newsroom and Next's own files. */
export function isReaderPage(/** @type {string} */ pathname) {
  return !NEWSROOM.test(pathname) && !pathname.startsWith("/_next/");
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const SCRIPT_PRELOAD = /<link\b[^>]*\bas="script"[^>]*>/gi;

/**
 * Whether a script is the runtime's: its chunks (from /_next/), Turbopack's
 * bootstrap (id="_R_") and the RSC payload pushed into self.__next_f. Other
 * scripts stay: structured data, the site's own files, and React's small
 * inline instructions that reveal streamed content.
 */
function isRuntime(/** @type {string} */ attributes, /** @type {string} */ body) {
  return /\ssrc="\/_next\//i.test(attributes) || /\sid="_R_"/.test(attributes) || /^\s*\(?self\.__next_f\b/.test(body);
}

/**
 * The page without the runtime's scripts and the hints that preload them.
 * Next's error shell (`<html id="__next_error__">`, sent when a cached route
 * calls notFound()) is left whole: its body is empty and the runtime draws
 * the not-found page from the payload.
 */
export function withoutRuntime(/** @type {string} */ html) {
  if (/^\s*<!DOCTYPE html><html id="__next_error__"/i.test(html)) return html;
  return html
    .replace(SCRIPT, (tag, attributes = "", body = "") => (isRuntime(attributes, body) ? "" : tag))
    .replace(SCRIPT_PRELOAD, (tag) => (/\shref="\/_next\//i.test(tag) ? "" : tag));
}
