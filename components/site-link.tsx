import Link from "next/link";
import type { ComponentProps } from "react";

/**
 * A link on the public site. Next prefetches every link that scrolls into view;
 * a home page would fetch ten pages or more in the background (Lighthouse measured
 * the extra work as blocking time on a phone), paid for by readers' data plans and
 * by the server. Pages come from the cache quickly enough when clicked.
 */
export function SiteLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />;
}
