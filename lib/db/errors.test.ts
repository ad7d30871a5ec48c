import { describe } from "vitest";
import { prismaErrorSuite } from "./errors-suite";

describe("unlessPrisma on SQLite", () => prismaErrorSuite("sqlite"));
