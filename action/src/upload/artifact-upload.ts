import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
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
  /** One unzipped artifact per video (named after the file) instead of one zip. Default false. */
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
    for (const video of videos) {
      // skipArchive: the artifact is the file itself and takes the file's name.
      const response = await client.uploadArtifact(basename(video), [video], outDir, {
        ...retention,
        skipArchive: true,
      });
      uploaded.push(describe(basename(video), response, link));
      options.log?.(`Uploaded artifact ${basename(video)}`);
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
