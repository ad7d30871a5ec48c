// The one logger: one line of JSON per event on standard output (pino), for whatever collects the server's
// output (journald, docker, a file). LOG_LEVEL (lib/config.ts) sets how much.
import pino from "pino";
import { config } from "../config";

export const logger = pino({
  level: config().logLevel,
  base: { app: "sahifa" },
  timestamp: pino.stdTimeFunctions.isoTime,
});
