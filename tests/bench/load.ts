// Helpers for loading a server in a child process with autocannon, as `npm run bench` does.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

export const CONNECTIONS = 50;

export function startServer(entry: string, env: Record<string, string>) {
  return spawn(process.execPath, ['--import', 'tsx', entry], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

export async function stopServer(child: ChildProcess) {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}

export async function waitForHealth(url: string, child: ChildProcess) {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error('server exited during start-up');
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not start');
}

export function postRequests(path: string, bodies: string[]) {
  return bodies.map((body) => ({
    method: 'POST' as const,
    path,
    headers: { 'content-type': 'application/json' },
    body,
  }));
}

export interface LoadResult {
  seconds: number;
  created: number;
  perSecond: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  p50: number;
  p99: number;
}

/**
 * A fixed number of requests (`amount`), not a duration: autocannon drops the requests in flight
 * when a duration ends, which the server may still store, and then 201s and rows could not match.
 */
export async function load(
  url: string,
  requests: ReturnType<typeof postRequests>,
  amount: number,
  child: ChildProcess,
): Promise<LoadResult> {
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      // A generous timeout: a request autocannon gives up on may still be stored.
      {
        url,
        connections: CONNECTIONS,
        amount: Math.max(amount, 2 * CONNECTIONS),
        requests,
        timeout: 120,
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    // Requests to a server that died would be retried for ever.
    const died = () => {
      instance.stop();
      reject(new Error(`the server exited (code ${child.exitCode}) under load`));
    };
    child.once('exit', died);
    instance.once('done', () => child.off('exit', died));
  });
  const created = result.statusCodeStats?.['201']?.count ?? 0;
  return {
    seconds: result.duration,
    created,
    perSecond: created / result.duration,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

/**
 * Load for at least `seconds`, in parts of about ten seconds each sized by the rate reached so far
 * (each by request count, see `load`). p50 is the parts' mean weighted by requests; p99 is the
 * worst part's, an upper bound.
 */
export async function loadFor(
  url: string,
  requests: ReturnType<typeof postRequests>,
  seconds: number,
  startRate: number,
  child: ChildProcess,
): Promise<LoadResult> {
  const parts: LoadResult[] = [];
  let elapsed = 0;
  let rate = startRate;
  while (elapsed < seconds) {
    const part = await load(
      url,
      requests,
      Math.round(rate * Math.min(10, seconds - elapsed)),
      child,
    );
    parts.push(part);
    elapsed += part.seconds;
    rate = Math.max(part.perSecond, 20);
  }
  const sum = (pick: (r: LoadResult) => number) => parts.reduce((n, r) => n + pick(r), 0);
  const created = sum((r) => r.created);
  return {
    seconds: Number(elapsed.toFixed(2)),
    created,
    perSecond: created / elapsed,
    non2xx: sum((r) => r.non2xx),
    errors: sum((r) => r.errors),
    timeouts: sum((r) => r.timeouts),
    p50: Math.round(sum((r) => r.p50 * r.created) / Math.max(created, 1)),
    p99: Math.max(...parts.map((r) => r.p99)),
  };
}

/**
 * Warms the server up and returns the rate it reached: three seconds of load, then about two more
 * by request count, which ends only once every answer is back, after the server has also finished
 * the requests dropped when the first part ended. Nothing is left in flight to be stored later.
 */
export async function warmUp(
  url: string,
  requests: ReturnType<typeof postRequests>,
  child: ChildProcess,
) {
  const probe = await autocannon({ url, connections: CONNECTIONS, duration: 3, requests });
  const rate = Math.max(probe['2xx'] / probe.duration, 20);
  const settle = await load(url, requests, Math.round(rate * 2), child);
  return Math.max(settle.perSecond, rate);
}

/** Samples the resident memory of a process once a second (Linux /proc) until stopped. */
export function sampleRss(pid: number) {
  const samples: number[] = [];
  const read = () => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
      if (Number.isFinite(kb)) samples.push(Math.round(kb / 1024));
    } catch {}
  };
  read();
  const timer = setInterval(read, 1000);
  return {
    stop() {
      clearInterval(timer);
      read();
      return {
        startMb: samples[0] ?? 0,
        maxMb: Math.max(0, ...samples),
        endMb: samples[samples.length - 1] ?? 0,
        samples: samples.length,
      };
    },
  };
}
