// The index and the search queries on SQLite (the cases are in search-suite.ts).
import { searchSuite } from "./search-suite";

searchSuite("sqlite");
