"use client";

import { signOut } from "next-auth/react";
import { ar } from "@/lib/i18n/ar";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/login" })}
      className="w-full rounded px-3 py-2 text-start hover:bg-white/10"
    >
      {ar.admin.nav.signOut}
    </button>
  );
}
