// Measuring helpers for the benchmark: one autocannon cell, sequential timings.
import autocannon from "autocannon";

export type Cell = {
  target: string;
  via: "static" | "next" | "nginx";
  connections: number;
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  non2xx: number;
};

export async function hammer(
  target: string,
  via: Cell["via"],
  url: string,
  connections: number,
  duration: number,
): Promise<Cell> {
  const r = await autocannon({ url, connections, duration, pipelining: 1, timeout: 10 });
  return {
    target,
    via,
    connections,
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    requests: r.requests.total,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}

/** Load in the background on several paths of one server, cycled per connection. */
export function background(base: string, paths: string[], connections: number, duration: number) {
  return autocannon({ url: base, connections, duration, requests: paths.map((path) => ({ method: "GET", path })) });
}

/** Time to the last byte of one request, in ms. */
export async function timed(url: string): Promise<{ ms: number; status: number; body: string }> {
  const t = performance.now();
  const res = await fetch(url, { redirect: "manual" });
  const body = await res.text();
  return { ms: performance.now() - t, status: res.status, body };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
