import Link from "next/link";
import { type StaffUser, canModerateComments } from "@/lib/auth/roles";
import { ar } from "@/lib/i18n/ar";
import { SignOutButton } from "./sign-out-button";

const n = ar.admin.nav;

export function AdminNav({ user }: { user: StaffUser }) {
  const links = [
    { href: "/admin", label: n.dashboard },
    { href: "/admin/articles", label: n.articles },
    { href: "/admin/articles/new", label: n.newArticle },
    ...(canModerateComments(user) ? [{ href: "/admin/comments", label: n.comments }] : []),
    { href: "/", label: n.site },
  ];
  return (
    <nav aria-label={ar.admin.title} className="flex flex-col gap-1 bg-ink p-3 text-white md:min-h-screen md:w-56">
      <p className="mb-2 text-2xl font-bold">{ar.siteName}</p>
      <p className="mb-3 text-sm text-gray-300">
        <bdi>{user.name}</bdi> · {ar.admin.roles[user.role]}
      </p>
      <ul className="flex flex-wrap gap-1 md:flex-col">
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href} prefetch={false} className="block rounded px-3 py-2 hover:bg-white/10">
              {l.label}
            </Link>
          </li>
        ))}
        <li>
          <SignOutButton />
        </li>
      </ul>
    </nav>
  );
}
