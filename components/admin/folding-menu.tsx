"use client";

import { usePathname } from "next/navigation";
import { useState } from "react";
import { ar } from "@/lib/i18n/ar";

/** The newsroom menu on a phone: folded behind `القائمة` until asked for; always open from tablets up. */
export function FoldingMenu({ children }: { children: React.ReactNode }) {
  const pathname = usePathname();
  const [openOn, setOpenOn] = useState<string | null>(null);
  // Following a link folds it again: it is open only on the page where it was opened.
  const open = openOn === pathname;
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="admin-menu"
        onClick={() => setOpenOn(open ? null : pathname)}
        className="absolute end-3 top-3 rounded border border-white/40 px-3 py-2 md:hidden"
      >
        {ar.admin.nav.menu}
      </button>
      <div id="admin-menu" className={`${open ? "block" : "hidden"} md:block`}>
        {children}
      </div>
    </>
  );
}
