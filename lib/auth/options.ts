import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db/client";
import { ar } from "@/lib/i18n/ar";
import { clientIpFrom } from "@/lib/site/client-ip";
import { servedOverHttps } from "@/lib/site/security-headers";
import { credentialStamp } from "./credential-stamp";
import { hashPassword, verifyPassword } from "./password";
import { SESSION_MAX_AGE_SECONDS, endStaffSession, startStaffSession } from "./staff-sessions";
import { loginThrottle } from "./throttle";
import { config } from "@/lib/config";

const throttle = loginThrottle(db);

// Compared against when the account does not exist, so a wrong email costs
// the same time as a wrong password and reveals nothing.
let dummyHash: Promise<string> | undefined;
const dummy = () => (dummyHash ??= hashPassword("no-such-account"));

// Longer than any password the site lets anyone set (200 characters, lib/people/user-input.ts).
const MAX_PASSWORD_LENGTH = 1000;

export const authOptions: NextAuthOptions = {
  secret: config().authSecret,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  // Behind HTTPS the session cookie is Secure (and __Secure- prefixed), decided by
  // the configured address like HSTS; proxy.ts reads the same cookie name.
  useSecureCookies: servedOverHttps(),
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const email = String(credentials?.email ?? "")
          .trim()
          .toLowerCase()
          .slice(0, 200);
        const password = String(credentials?.password ?? "");
        // One client rule for the whole site: flood control and login throttling agree.
        const client = clientIpFrom((name) => req.headers?.[name]) ?? "unknown";
        const blocked = await throttle.blocked(email, client);
        if (blocked) throw new Error(blocked === "pair" ? ar.admin.login.throttled : ar.admin.login.throttledClient);

        const user = await db.user.findUnique({
          where: { email },
          select: { id: true, email: true, name: true, active: true, passwordHash: true },
        });
        const { ok, rehash } =
          password.length <= MAX_PASSWORD_LENGTH
            ? await verifyPassword(password, user?.passwordHash ?? (await dummy()))
            : { ok: false, rehash: false };
        if (!user || !ok || !user.active) {
          await throttle.failed(email, client);
          return null;
        }
        await throttle.succeeded(email, client);
        let passwordHash = user.passwordHash;
        if (rehash) {
          // A bcrypt hash from before argon2id: replaced now that the password is known.
          passwordHash = await hashPassword(password);
          await db.user.update({ where: { id: user.id }, data: { passwordHash } });
        }
        return {
          id: String(user.id),
          email: user.email,
          name: user.name,
          stamp: credentialStamp(passwordHash),
          sid: await startStaffSession(user.id),
        };
      },
    }),
  ],
  callbacks: {
    // The token carries only the user id, the credential stamp and the session
    // id; role and status are read from the database on every request, and the
    // session must still exist there, so a demotion, deactivation, password
    // reset or sign-out applies at once.
    async jwt({ token, user }) {
      if (user) {
        const u = user as { stamp?: string; sid?: string };
        token.sub = user.id;
        token.stamp = u.stamp;
        token.sid = u.sid;
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, userId: token.sub, stamp: token.stamp, sid: token.sid };
    },
  },
  events: {
    // Signing out deletes the session on the server, not only the cookie in this browser.
    async signOut({ token }) {
      await endStaffSession(token?.sid);
    },
  },
};
