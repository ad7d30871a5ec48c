// @ts-check
// What the comment form (components/comments/comment-form.tsx) does in the
// browser. Reader pages ship no framework (lib/site/plain-html.mjs), so this is
// all the JavaScript an article page runs, and every part of it is optional:
// without it, رد reloads the page with the form under that comment, and the
// form posts as plain HTML.
(() => {
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
