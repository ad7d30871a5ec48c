/** The first administrator. The defaults are for a local demo only; set both in production. */
export function adminCredentials() {
  return {
    email: (process.env.ADMIN_EMAIL || "admin@sahifa.local").toLowerCase(),
    password: process.env.ADMIN_PASSWORD || "sahifa-admin",
    name: process.env.ADMIN_NAME || "مدير الموقع",
  };
}
