import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_API_KEY } from '@clipwright/simulator';
import { runChildScript, runProgram } from './child-process.ts';
import type { ScenarioResult } from './scenario-result.ts';
import { median, round } from './summary-stats.ts';

export interface DownloadSizes {
  /** The big file (the throughput figure and the high RSS point). */
  bigBytes: number;
  /** The small file (the low RSS point). */
  smallBytes: number;
  /** Interleaved rounds of curl / ours; medians are reported. */
  rounds: number;
}

interface ChildReport {
  bytes: number;
  ms: number;
  maxRssKiB: number;
}

const MiB = 1024 * 1024;

/**
 * Our `client.download` (in a child process, so peak RSS is its own) against `curl -o` of the
 * same simulator URL, interleaved in rounds. Each side times only its transfer (curl's
 * time_total, ours around `download()`), so process start-up is left out of both. The
 * simulators run as child processes, so the server is scheduled apart from the client (and
 * the client's hashing thread) as it is from curl.
 */
export async function downloadScenario(sizes: DownloadSizes): Promise<ScenarioResult> {
  const [big, small] = await Promise.all([
    simulatorProcess(sizes.bigBytes),
    simulatorProcess(sizes.smallBytes),
  ]);
  const dir = await mkdtemp(path.join(tmpdir(), 'clipwright-bench-download-'));
  try {
    const [bigUrl, smallUrl] = await Promise.all([resultUrl(big), resultUrl(small)]);
    const curl = await curlVersion();
    const ours: ChildReport[] = [];
    const oursSmall: ChildReport[] = [];
    const curls: Array<{ bytes: number; ms: number }> = [];
    const peers: Array<{ bytes: number; ms: number }> = [];
    const openssl = curl ? await opensslVersion() : undefined;
    for (let i = 0; i < sizes.rounds; i++) {
      if (curl) curls.push(await curlDownload(bigUrl, path.join(dir, 'curl.mp4')));
      if (openssl) peers.push(await verifyingPeerDownload(bigUrl, path.join(dir, 'peer.mp4')));
      ours.push(await ourDownload(bigUrl, path.join(dir, 'ours.mp4')));
      oursSmall.push(await ourDownload(smallUrl, path.join(dir, 'ours-small.mp4')));
    }
    for (const r of [...ours, ...curls]) {
      if (r.bytes !== sizes.bigBytes) throw new Error(`a download got ${r.bytes} bytes`);
    }
    const throughput = (r: { bytes: number; ms: number }) => r.bytes / MiB / (r.ms / 1000);
    const oursMiBs = median(ours.map(throughput));
    const curlMiBs = curl ? median(curls.map(throughput)) : Number.NaN;
    const peerMiBs = openssl ? median(peers.map(throughput)) : Number.NaN;
    const bigRss = median(ours.map((r) => r.maxRssKiB)) / 1024;
    const smallRss = median(oursSmall.map((r) => r.maxRssKiB)) / 1024;
    return {
      metrics: {
        throughputRatio: curl ? round(oursMiBs / curlMiBs) : null,
        verifyingPeerRatio: openssl ? round(oursMiBs / peerMiBs) : null,
        rssDeltaMiB: round(bigRss - smallRss, 1),
      },
      ...(!curl && { reason: 'curl is not installed: throughputRatio not measured' }),
      ...(curl &&
        !openssl && { reason: 'openssl is not installed: verifyingPeerRatio not measured' }),
      details: {
        bigMiB: round(sizes.bigBytes / MiB, 1),
        smallMiB: round(sizes.smallBytes / MiB, 1),
        rounds: sizes.rounds,
        oursMiBPerSecond: round(oursMiBs, 1),
        ...(curl && { curlMiBPerSecond: round(curlMiBs, 1), curl }),
        ...(openssl && { verifyingPeerMiBPerSecond: round(peerMiBs, 1), openssl }),
        oursPeakRssMiB: { big: round(bigRss, 1), small: round(smallRss, 1) },
      },
    };
  } finally {
    big.close();
    small.close();
    await rm(dir, { recursive: true, force: true });
  }
}

interface SimulatorProcess {
  url: string;
  close(): void;
}

/**
 * `simulator --result-bytes N` in a child process, at time scale 100 (a 1 s task is quick;
 * the result link still lives 864 real seconds, longer than every round).
 */
function simulatorProcess(resultBytes: number): Promise<SimulatorProcess> {
  const bin = fileURLToPath(new URL('../../packages/simulator/src/bin.ts', import.meta.url));
  const child: ChildProcess = spawn(
    process.execPath,
    ['--conditions=source', '--no-warnings', bin, '--port', '0', '--time-scale', '100'].concat([
      '--result-bytes',
      String(resultBytes),
    ]),
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.once('error', reject);
    child.once('exit', (code) =>
      reject(new Error(`the simulator exited (${code}) before listening`)),
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on (\S+)/.exec(out);
      if (m?.[1]) resolve({ url: m[1], close: () => child.kill() });
    });
  });
}

/** Creates a 1 s task on `sim` and returns its result URL (plain HTTP, independent of our client). */
async function resultUrl(sim: SimulatorProcess): Promise<string> {
  const headers = {
    authorization: `Bearer ${DEFAULT_API_KEY}`,
    'content-type': 'application/json',
  };
  const res = await fetch(new URL('/v1/videos/generations', sim.url), {
    method: 'POST',
    headers,
    body: JSON.stringify({ model: 'sora-2', prompt: 'Download benchmark. sim:seconds=1' }),
  });
  const { id } = (await res.json()) as { id: string };
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    const task = (await (await fetch(new URL(`/v1/tasks/${id}`, sim.url), { headers })).json()) as {
      status: string;
      results?: string[];
    };
    if (task.status === 'completed' && task.results?.[0]) return task.results[0];
    if (task.status === 'failed') throw new Error('the download benchmark task failed');
  }
}

async function ourDownload(url: string, destination: string): Promise<ChildReport> {
  try {
    return await runChildScript<ChildReport>('./download-child.ts', [url, destination]);
  } finally {
    await rm(destination, { force: true });
  }
}

/**
 * The verifying peer: what a careful script does, `curl -o` then `openssl dgst -sha256` of the
 * file (the hash read back from the page cache), timed from curl's start to the digest.
 */
async function verifyingPeerDownload(url: string, destination: string) {
  try {
    const got = await curlDownload(url, destination, { keep: true });
    const hashStart = performance.now();
    await runProgram('openssl', ['dgst', '-sha256', destination]);
    return { bytes: got.bytes, ms: got.ms + (performance.now() - hashStart) };
  } finally {
    await rm(destination, { force: true });
  }
}

async function opensslVersion(): Promise<string | undefined> {
  try {
    return (await runProgram('openssl', ['version'])).trim();
  } catch {
    return undefined;
  }
}

async function curlDownload(url: string, destination: string, options: { keep?: boolean } = {}) {
  try {
    const out = await runProgram('curl', [
      '-sS',
      '--fail',
      '-o',
      destination,
      '-w',
      '%{time_total} %{size_download}',
      url,
    ]);
    const [seconds, bytes] = out.trim().split(' ').map(Number);
    return { ms: (seconds ?? Number.NaN) * 1000, bytes: bytes ?? 0 };
  } finally {
    if (!options.keep) await rm(destination, { force: true });
  }
}

/** curl's first version line, or undefined when curl is not on the PATH. */
async function curlVersion(): Promise<string | undefined> {
  try {
    return (await runProgram('curl', ['--version'])).split('\n')[0]?.split(' (')[0];
  } catch {
    return undefined;
  }
}
