import "server-only";
import bcrypt from "bcryptjs";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db/client";
import { ar } from "@/lib/i18n/ar";
import { clientIpFrom } from "@/lib/site/client-ip";
import { servedOverHttps } from "@/lib/site/security-headers";
import { credentialStamp } from "./credential-stamp";
import { clearLoginFailures, isLoginBlocked, recordLoginFailure } from "./throttle";
import { config } from "@/lib/config";

// Compared against when the account does not exist, so a wrong email costs
// the same time as a wrong password and reveals nothing.
let dummyHash: string | undefined;
const dummy = () => (dummyHash ??= bcrypt.hashSync("no-such-account", 12));

export const authOptions: NextAuthOptions = {
  secret: config().authSecret,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
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
        const password = String(credentials?.password ?? "").slice(0, 200);
        // One client rule for the whole site: flood control and login throttling agree.
        const client = clientIpFrom((name) => req.headers?.[name]) ?? "unknown";
        if (await isLoginBlocked(email, client)) throw new Error(ar.admin.login.throttled);

        const user = await db.user.findUnique({
          where: { email },
          select: { id: true, email: true, name: true, active: true, passwordHash: true },
        });
        const ok = await bcrypt.compare(password, user?.passwordHash ?? dummy());
        if (!user || !ok || !user.active) {
          await recordLoginFailure(email, client);
          return null;
        }
        await clearLoginFailures(email);
        return { id: String(user.id), email: user.email, name: user.name, stamp: credentialStamp(user.passwordHash) };
      },
    }),
  ],
  callbacks: {
    // The token carries only the user id and the credential stamp; role and
    // status are read from the database on every request, so a demotion,
    // deactivation or password reset applies at once.
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.stamp = (user as { stamp?: string }).stamp;
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, userId: token.sub, stamp: token.stamp };
    },
  },
};
