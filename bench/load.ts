// A closed-loop HTTP load generator: `connections` workers each send one request at a time over
// keep-alive sockets for a fixed duration, recording every latency with hrtime, so the reported
// percentiles are exact (no histogram buckets) and comparable across targets in one run.
import http from 'node:http';

export interface LoadResult {
  requests: number;
  errors: number;
  statuses: Record<string, number>;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  bytes: number;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

function request(agent: http.Agent, base: URL, path: string): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: base.hostname,
        port: base.port,
        path,
        agent,
        method: 'GET',
        headers: { 'accept-language': 'en' },
      },
      (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

export async function runLoad(
  baseUrl: string,
  paths: string[],
  options: { connections: number; durationMs: number; warmupMs: number },
): Promise<LoadResult> {
  const base = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  let bytes = 0;
  let next = 0;
  const warmupEnds = Date.now() + options.warmupMs;
  const ends = warmupEnds + options.durationMs;
  const worker = async () => {
    while (Date.now() < ends) {
      const path = paths[next++ % paths.length]!;
      const started = process.hrtime.bigint();
      try {
        const res = await request(agent, base, path);
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        if (Date.now() < warmupEnds) continue;
        latencies.push(ms);
        bytes += res.bytes;
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        if (res.status >= 400) errors++;
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, worker));
  agent.destroy();
  const sorted = Float64Array.from(latencies).sort();
  return {
    requests: sorted.length,
    errors,
    statuses,
    rps: sorted.length / (options.durationMs / 1000),
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1]! : 0,
    bytes,
  };
}
