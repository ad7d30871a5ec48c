import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["lib/**/*.test.ts", "prisma/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    // `server-only` throws outside React Server Components; unit tests run plain Node.
    alias: { "server-only": fileURLToPath(new URL("./scripts/test/server-only-stub.ts", import.meta.url)) },
  },
});
