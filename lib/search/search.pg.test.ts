// The index and the search queries on PostgreSQL, when PG_TEST_URL names a server
// (npm test under .ci/run always has one). The cases are in search-suite.ts.
import { describe } from "vitest";
import { pgTestUrl } from "@/lib/db/test-database";
import { searchSuite } from "./search-suite";

describe.skipIf(!pgTestUrl())("on PostgreSQL", () => searchSuite("postgresql"));
