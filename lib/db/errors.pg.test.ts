// On PostgreSQL when PG_TEST_URL names a server (npm test under .ci/run always has one).
import { describe } from "vitest";
import { prismaErrorSuite } from "./errors-suite";
import { pgTestUrl } from "./test-database";

describe.skipIf(!pgTestUrl())("unlessPrisma on PostgreSQL", () => prismaErrorSuite("postgresql"));
