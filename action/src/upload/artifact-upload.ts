import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, link as hardLink, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve, sep } from 'node:path';
import { type ArtifactClient, DefaultArtifactClient } from '@actions/artifact';
import type { Shard } from '@clipwright/pipeline/internal';

export interface UploadedArtifact {
  name: string;
  id: number;
  size?: number;
  digest?: string;
  url?: string;
}

/** Options for {@link uploadArtifacts}. */
export interface UploadArtifactsOptions {
  /** Default: new DefaultArtifactClient() (reads ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL). */
  client?: ArtifactClient;
  /** Base artifact name; a shard appends -k-of-n so matrix jobs never collide. */
  name: string;
  shard?: Shard;
  /** Directory holding the videos, manifest.json and index.html. */
  outDir: string;
  /** The videos (absolute, or relative to outDir). */
  videos: string[];
  /** Poster frames (JPEG) that go into the zip beside their videos. Default none. */
  posters?: string[];
  manifestPath?: string;
  /**
   * One unzipped artifact per video instead of one zip, named after the video's path under
   * outDir (see {@link perVideoArtifactNames}). Default false.
   */
  perVideo?: boolean;
  retentionDays?: number;
  /** For the artifact URL (GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID). Default process.env. */
  env?: NodeJS.ProcessEnv;
  log?: (message: string) => void;
}

/** The artifact name for a shard: unique across a matrix. */
export function shardArtifactName(name: string, shard?: Shard): string {
  return shard ? `${name}-${shard.index}-of-${shard.total}` : name;
}

/** Uploads the step's videos as workflow artifacts through @actions/artifact. */
export async function uploadArtifacts(
  options: UploadArtifactsOptions,
): Promise<UploadedArtifact[]> {
  const client = options.client ?? new DefaultArtifactClient();
  const env = options.env ?? process.env;
  const outDir = resolve(options.outDir);
  const videos = options.videos.map((v) => resolve(outDir, v));
  const retention = options.retentionDays ? { retentionDays: options.retentionDays } : {};
  const link = (id: number) =>
    env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${id}`
      : undefined;
  const uploaded: UploadedArtifact[] = [];
  if (options.perVideo) {
    const names = perVideoArtifactNames(
      videos.map((v) => relative(outDir, v).split(sep).join('/')),
    );
    // skipArchive: the artifact is the file itself and @actions/artifact names it after the
    // file's base name, whatever name is passed. A video whose name differs from its path's
    // base name is linked (or copied) under that name in a staging folder first.
    const staging = await mkdtemp(
      join(options.env?.RUNNER_TEMP ?? tmpdir(), 'clipwright-artifacts-'),
    );
    try {
      for (const [i, video] of videos.entries()) {
        const name = names[i] as string;
        const file = join(staging, name);
        await hardLink(video, file).catch(() => copyFile(video, file));
        const response = await client.uploadArtifact(name, [file], staging, {
          ...retention,
          skipArchive: true,
        });
        uploaded.push(describe(name, response, link));
        options.log?.(`Uploaded artifact ${name}`);
      }
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
    return uploaded;
  }
  const gallery = join(outDir, 'index.html');
  const files = [
    ...videos,
    ...(options.posters ?? []).map((p) => resolve(outDir, p)),
    ...(options.manifestPath && existsSync(options.manifestPath)
      ? [resolve(options.manifestPath)]
      : []),
    ...(existsSync(gallery) ? [gallery] : []),
  ];
  if (files.length === 0) return [];
  const name = shardArtifactName(options.name, options.shard);
  // Videos are already compressed: zipping them again only costs time.
  const response = await client.uploadArtifact(name, files, outDir, {
    ...retention,
    compressionLevel: 0,
  });
  uploaded.push(describe(name, response, link));
  options.log?.(`Uploaded artifact ${name} (${files.length} files)`);
  return uploaded;
}

/**
 * The artifact name of each video when each is its own artifact: its path under outDir with
 * `/` as `-` (artifact names cannot hold `/`), so `a/intro.mp4` and `b/intro.mp4` are
 * `a-intro.mp4` and `b-intro.mp4`. Should two paths still give one name (`a-intro.mp4` beside
 * `a/intro.mp4`), each of them gets 8 hex digits of its path's SHA-256 before the extension.
 * @example perVideoArtifactNames(['a/intro.mp4', 'b/intro.mp4']) // ['a-intro.mp4', 'b-intro.mp4']
 */
export function perVideoArtifactNames(paths: string[]): string[] {
  const flat = paths.map((p) => p.replaceAll('/', '-'));
  const count = new Map<string, number>();
  for (const name of flat) count.set(name, (count.get(name) ?? 0) + 1);
  return flat.map((name, i) => {
    if (count.get(name) === 1) return name;
    const ext = extname(name);
    const hash = createHash('sha256')
      .update(paths[i] as string)
      .digest('hex')
      .slice(0, 8);
    return `${name.slice(0, name.length - ext.length)}-${hash}${ext}`;
  });
}

function describe(
  name: string,
  response: { id?: number; size?: number; digest?: string },
  link: (id: number) => string | undefined,
): UploadedArtifact {
  const id = response.id ?? 0;
  const url = link(id);
  return {
    name,
    id,
    ...(response.size !== undefined ? { size: response.size } : {}),
    ...(response.digest ? { digest: response.digest } : {}),
    ...(url ? { url } : {}),
  };
}
