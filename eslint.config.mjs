// ESLint: Next.js's rules (core web vitals, React, hooks, accessibility, imports), typescript-eslint's
// recommended rules, and no unused code. Formatting is Prettier's job (npm run format:check), not ESLint's.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    "node_modules/**",
    ".next/**",
    ".next-*/**",
    ".bench-nginx/**",
    "lib/db/generated/**",
    "lib/db/generated-pg/**",
    "next-env.d.ts",
    "data/**",
    "uploads/**",
    "reports/**",
    "test-results/**",
    "playwright-report/**",
  ]),
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true },
      ],
      "@typescript-eslint/consistent-type-imports": [
        "error",
        { fixStyle: "inline-type-imports", disallowTypeAnnotations: false },
      ],
    },
  },
  {
    // CommonJS files Next.js or Node load as they are.
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
]);
