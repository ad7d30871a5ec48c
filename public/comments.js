// @ts-check
// What the comment form (components/comments/comment-form.tsx) and the share
// links do in the browser. Reader pages ship no framework
// (lib/site/plain-html.mjs), so this is all the JavaScript an article page
// runs, and every part of it is optional: without it, رد reloads the page with
// the form under that comment, the form posts as plain HTML, and "copy link"
// is a link to the article to long-press.
(() => {
  // "Copy link" under the article copies its address instead of following it, and says so.
  document.addEventListener("click", (event) => {
    const link = event.target instanceof Element ? event.target.closest("a[data-copy-link]") : null;
    if (!(link instanceof HTMLAnchorElement) || !navigator.clipboard || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const status = link.parentElement?.querySelector("[data-copy-status]");
    navigator.clipboard.writeText(link.href).then(
      () => {
        if (status) status.textContent = link.dataset.copied ?? "";
      },
      () => location.assign(link.href),
    );
  });

  const respond = document.getElementById("respond");
  const form = respond?.querySelector("form");
  const title = document.getElementById("reply-title");
  if (!respond || !form || !title) return;
  const field = (/** @type {string} */ name) => /** @type {HTMLInputElement | null} */ (form.elements.namedItem(name));

  /** رد moves the form's target in place; إلغاء الرد takes it back to a new comment. */
  function retarget(/** @type {{ id: string, name: string } | null} */ target) {
    const template = /** @type {HTMLTemplateElement | null} */ (
      document.getElementById(target ? "reply-title-reply" : "reply-title-new")
    );
    if (!template || !title) return;
    title.replaceChildren(template.content.cloneNode(true));
    const name = title.querySelector("bdi");
    if (target && name) name.textContent = target.name;
    const parent = field("comment_parent");
    if (parent) parent.value = target ? target.id : "";
  }

  document.addEventListener("click", (event) => {
    const link = /** @type {Element | null} */ (
      event.target instanceof Element ? event.target.closest("a[data-reply-to], a[data-cancel-reply]") : null
    );
    // A new tab or window keeps the link's own meaning.
    if (
      !(link instanceof HTMLAnchorElement) ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    event.preventDefault();
    if (link.dataset.replyTo === undefined) return retarget(null);
    retarget({ id: link.dataset.replyTo, name: link.dataset.replyName ?? "" });
    respond.scrollIntoView({ behavior: "smooth", block: "start" });
    field("comment")?.focus({ preventScroll: true });
  });

  // Details this browser was asked to remember (cookies the server sets when the box is ticked).
  const cookie = (/** @type {string} */ name) => {
    const hit = document.cookie.split("; ").find((c) => c.startsWith(`${name}=`));
    try {
      return hit ? decodeURIComponent(decodeURIComponent(hit.slice(name.length + 1))) : "";
    } catch {
      return "";
    }
  };
  let remembered = false;
  for (const [name, key] of /** @type {const} */ ([
    ["author", "comment_author"],
    ["email", "comment_author_email"],
    ["url", "comment_author_url"],
  ])) {
    const input = field(name);
    const value = cookie(key);
    if (input && value && !input.value) {
      input.value = value;
      remembered = true;
    }
  }
  const consent = field("wp-comment-cookies-consent");
  if (remembered && consent) consent.checked = true;

  // This browser's own comments that wait for moderation, shown only to it, where
  // they will appear. The cached page is the same for everyone, so they come
  // from an uncached endpoint that answers from the browser's signed cookie;
  // the readable hint cookie only says there may be some.
  const articleId = respond.dataset.article;
  const template = /** @type {HTMLTemplateElement | null} */ (document.getElementById("held-comment-template"));
  /** @param {{ id: number, parentId: number | null, authorName: string, content: string, createdAt: string, date: string }} c */
  function showHeld(c) {
    if (!template || document.getElementById(`comment-${c.id}`)) return;
    const list = /** @type {HTMLOListElement} */ (template.content.firstElementChild?.cloneNode(true));
    const item = /** @type {HTMLLIElement} */ (list.firstElementChild);
    item.id = `comment-${c.id}`;
    const slot = (/** @type {string} */ name) => /** @type {HTMLElement} */ (item.querySelector(`[data-slot=${name}]`));
    slot("name").textContent = c.authorName;
    slot("link").setAttribute("href", `#comment-${c.id}`);
    slot("date").textContent = c.date;
    slot("date").setAttribute("datetime", c.createdAt);
    const text = slot("text");
    const para = /** @type {HTMLElement} */ (text.firstElementChild);
    text.replaceChildren(
      ...c.content.split(/\n{2,}/).map((words) => {
        const p = /** @type {HTMLElement} */ (para.cloneNode());
        p.textContent = words;
        return p;
      }),
    );
    const parent = c.parentId ? document.getElementById(`comment-${c.parentId}`) : null;
    const replies = parent?.querySelector(":scope > ol");
    if (parent && replies) replies.append(item);
    else if (parent) parent.append(list);
    else {
      const heading = document.getElementById("comments-title");
      let top = heading?.nextElementSibling;
      if (!(top instanceof HTMLOListElement)) {
        top = document.createElement("ol");
        heading?.after(top);
      }
      top.append(item);
    }
  }
  if (articleId && template && /(?:^|; )comment_held=/.test(document.cookie)) {
    fetch(`/api/comments/held?article=${encodeURIComponent(articleId)}`, { credentials: "same-origin" })
      .then((r) => (r.ok ? r.json() : { comments: [] }))
      .then((/** @type {{ comments: Parameters<typeof showHeld>[0][] }} */ body) => {
        body.comments.forEach(showHeld);
        land();
      })
      .catch(() => {});
  }

  // After sending, the page opens at the answer (#comment-<id> or #respond, set
  // by the server's redirect or the form's action URL); focus goes there too,
  // so a screen reader reads it: the first field in error, the form's message,
  // or the comment itself.
  function land() {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!/^(?:respond|comment-\d+)$/.test(id)) return;
    const target = document.getElementById(id);
    if (!target || target.contains(document.activeElement)) return;
    /** @type {HTMLElement | null} */
    let focus =
      id === "respond"
        ? (respond?.querySelector("[aria-invalid=true], [role=alert], [role=status]") ?? null)
        : target.querySelector(":scope > article");
    if (!focus) return;
    if (focus.tabIndex < 0 && !focus.hasAttribute("tabindex")) focus.setAttribute("tabindex", "-1");
    focus.focus({ preventScroll: true });
    target.scrollIntoView({ block: "start" });
  }
  // After load: the browser's own move to the fragment, which comes then, would take the focus away again.
  if (document.readyState === "complete") land();
  else window.addEventListener("load", () => setTimeout(land), { once: true });

  // One post per press: the button says it is sending until the page answers.
  const button = /** @type {HTMLButtonElement | null} */ (form.querySelector("button[type=submit]"));
  const label = button?.textContent ?? "";
  form.addEventListener("submit", () => {
    if (!button) return;
    button.disabled = true;
    button.textContent = button.dataset.sending ?? label;
  });
  // Back to this page from the browser's cache: the form can be sent again.
  window.addEventListener("pageshow", () => {
    if (!button) return;
    button.disabled = false;
    button.textContent = label;
  });
})();
