import { ar } from "@/lib/i18n/ar";
import { shareLinks } from "@/lib/site/share";

/**
 * Share links as plain links: no third-party script, they work without
 * JavaScript (each opens the network's own share page in a new tab). "Copy
 * link" is the article's address itself; public/comments.js makes a press copy
 * it and say so, and without JavaScript it is a link to long-press and copy.
 */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  const t = ar.share;
  return (
    <nav aria-label={t.title} className="mt-6 flex flex-wrap items-center gap-2 text-sm print:hidden">
      <span className="font-bold">{t.title}:</span>
      {shareLinks(url, title).map((link) => (
        <a
          key={link.network}
          href={link.href}
          aria-label={t.on[link.network]}
          target="_blank"
          rel="noopener noreferrer nofollow"
          className="inline-flex min-h-9 items-center rounded border px-3 hover:bg-gray-100"
        >
          {t.names[link.network]}
        </a>
      ))}
      <a
        href={url}
        data-copy-link=""
        data-copied={t.copied}
        aria-label={t.copy}
        className="inline-flex min-h-9 items-center rounded border px-3 hover:bg-gray-100"
      >
        {t.copyShort}
      </a>
      <span role="status" data-copy-status="" className="text-muted" />
    </nav>
  );
}
