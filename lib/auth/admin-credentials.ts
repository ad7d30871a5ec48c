import { config } from "../config";

/** The first administrator. The defaults are for a local demo only; set both in production. */
export function adminCredentials() {
  return config().admin;
}
