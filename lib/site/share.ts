export type ShareNetwork = "whatsapp" | "facebook" | "x" | "telegram";

/**
 * Each network's own share address for a page (what their buttons open, minus
 * their scripts). WhatsApp and Telegram carry the headline and the link,
 * Facebook reads the page's Open Graph tags, X takes both.
 */
export function shareLinks(url: string, title: string): { network: ShareNetwork; href: string }[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { network: "whatsapp", href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { network: "facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { network: "x", href: `https://x.com/intent/post?text=${t}&url=${u}` },
    { network: "telegram", href: `https://t.me/share/url?url=${u}&text=${t}` },
  ];
}
