// Which database an e2e run uses, shared by playwright.config.ts (the server's DATABASE_URL)
// and e2e/support.ts (what tests read and write). Per port, so suites can run side by side.
//   default                     SQLite: data/e2e.db (port 3100) or data/e2e-<port>.db
//   E2E_DATABASE=postgres       PostgreSQL database sahifa_e2e_<port> on the server PG_TEST_URL names
//   E2E_DATABASE_URL=…          exactly this database (either engine)
export const E2E_PORT = Number(process.env.E2E_PORT || 3100);

export function e2eSqliteFile(): string {
  return E2E_PORT === 3100 ? "data/e2e.db" : `data/e2e-${E2E_PORT}.db`;
}

export function e2eDatabaseUrl(): string {
  if (process.env.E2E_DATABASE_URL) return process.env.E2E_DATABASE_URL;
  if (/^(postgres|postgresql|pg)$/i.test(process.env.E2E_DATABASE ?? "")) {
    const server = process.env.PG_TEST_URL;
    if (!server)
      throw new Error("E2E_DATABASE=postgres needs PG_TEST_URL, e.g. postgresql://app@127.0.0.1:5432/postgres");
    const url = new URL(server);
    url.pathname = `/sahifa_e2e_${E2E_PORT}`;
    return url.toString();
  }
  return `file:./${e2eSqliteFile()}`;
}

export const e2eOnPostgres = () => /^postgres(ql)?:\/\//i.test(e2eDatabaseUrl());
