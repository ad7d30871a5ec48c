import Link from "next/link";
import {
  type StaffUser,
  canManagePages,
  canManageStaff,
  canManageTaxonomy,
  canModerateComments,
  canViewActivity,
} from "@/lib/auth/roles";
import { ar } from "@/lib/i18n/ar";
import { FoldingMenu } from "./folding-menu";
import { SignOutButton } from "./sign-out-button";

const n = ar.admin.nav;
const p = ar.admin.manage.nav;

/** Taxonomy and people: each link only for the roles whose rule allows the page. */
function manageLinks(user: StaffUser) {
  return [
    ...(canManageTaxonomy(user)
      ? [
          { href: "/admin/categories", label: p.categories },
          { href: "/admin/tags", label: p.tags },
          { href: "/admin/authors", label: p.authors },
        ]
      : user.authorId
        ? [{ href: `/admin/authors/${user.authorId}`, label: p.myProfile }]
        : []),
    ...(canManagePages(user) ? [{ href: "/admin/pages", label: p.pages }] : []),
    ...(canManageStaff(user) ? [{ href: "/admin/users", label: p.users }] : []),
    ...(canViewActivity(user) ? [{ href: "/admin/activity", label: p.activity }] : []),
  ];
}

export function AdminNav({ user }: { user: StaffUser }) {
  const links = [
    { href: "/admin", label: n.dashboard },
    { href: "/admin/articles", label: n.articles },
    { href: "/admin/articles/new", label: n.newArticle },
    { href: "/admin/media", label: n.media },
    ...(canModerateComments(user) ? [{ href: "/admin/comments", label: n.comments }] : []),
    ...manageLinks(user),
    { href: "/", label: n.site },
  ];
  return (
    <nav
      aria-label={ar.admin.title}
      className="relative flex flex-col gap-1 bg-ink p-3 text-white md:min-h-screen md:w-56"
    >
      <p className="mb-2 text-2xl font-bold">{ar.siteName}</p>
      <p className="mb-3 text-sm text-gray-300">
        <bdi>{user.name}</bdi> · {ar.admin.roles[user.role]}
      </p>
      <FoldingMenu>
        <ul className="flex flex-col gap-1">
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
      </FoldingMenu>
    </nav>
  );
}
