import { type Random, randomAlnum } from '../random.ts';

/** One file uploaded through the Files API. */
export interface StoredFile {
  id: string;
  apiKey: string;
  bytes: Buffer;
  mimeType: string;
  /** `.png`, `.jpg`, `.gif`, `.webp`. */
  extension: string;
  originalName: string;
  fileName: string;
  uploadPath: string;
  uploadedAt: number;
  expiresAt: number;
}

/** The image types the Files API stores, by their first bytes (the docs: "the system identifies the file type"). */
const signatures: { mimeType: string; extension: string; test: (b: Buffer) => boolean }[] = [
  {
    mimeType: 'image/png',
    extension: '.png',
    test: (b) => b.subarray(0, 8).equals(Buffer.from('89504e470d0a1a0a', 'hex')),
  },
  {
    mimeType: 'image/jpeg',
    extension: '.jpg',
    test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  },
  {
    mimeType: 'image/gif',
    extension: '.gif',
    test: (b) => ['GIF87a', 'GIF89a'].includes(b.subarray(0, 6).toString('latin1')),
  },
  {
    mimeType: 'image/webp',
    extension: '.webp',
    test: (b) =>
      b.subarray(0, 4).toString('latin1') === 'RIFF' &&
      b.subarray(8, 12).toString('latin1') === 'WEBP',
  },
];

/** The type of an uploaded file from its content, or `undefined` for anything but the four images. */
export function sniffImage(bytes: Buffer): { mimeType: string; extension: string } | undefined {
  const found = signatures.find((s) => s.test(bytes));
  return found && { mimeType: found.mimeType, extension: found.extension };
}

/** Uploaded files by id; each lives `ttlMs` (simulated) and counts against its key's quota until then. */
export class FileStore {
  readonly #files = new Map<string, StoredFile>();
  readonly #random: Random;
  readonly #now: () => number;
  readonly ttlMs: number;
  /** Files one key may hold at once. */
  readonly quota: number;
  /** Largest file accepted, in bytes. */
  readonly maxBytes: number;
  constructor(options: {
    random: Random;
    now: () => number;
    ttlMs: number;
    quota: number;
    maxBytes: number;
  }) {
    this.#random = options.random;
    this.#now = options.now;
    this.ttlMs = options.ttlMs;
    this.quota = options.quota;
    this.maxBytes = options.maxBytes;
  }

  /** Files of `apiKey` still alive (what the quota counts). */
  liveCount(apiKey: string): number {
    const now = this.#now();
    let n = 0;
    for (const f of this.#files.values()) if (f.apiKey === apiKey && f.expiresAt > now) n++;
    return n;
  }

  add(file: Omit<StoredFile, 'id' | 'uploadedAt' | 'expiresAt'>): StoredFile {
    const now = this.#now();
    const stored: StoredFile = {
      ...file,
      id: `file_${randomAlnum(this.#random, 16)}`,
      uploadedAt: now,
      expiresAt: now + this.ttlMs,
    };
    this.#files.set(stored.id, stored);
    return stored;
  }

  /** The file, while it lives. */
  get(id: string): StoredFile | undefined {
    const file = this.#files.get(id);
    return file && file.expiresAt > this.#now() ? file : undefined;
  }

  /** Whether the id was ever issued (to tell "expired" from "never issued"). */
  issued(id: string): boolean {
    return this.#files.has(id);
  }

  get size(): number {
    return this.#files.size;
  }
}

/** The two links the Files API returns for a file: `file_url` (by name) and `download_url` (by id). */
export function fileLinks(
  base: string,
  file: StoredFile,
): { fileUrl: string; downloadUrl: string } {
  return {
    fileUrl: `${base}/uploads/${file.id}${file.extension}`,
    downloadUrl: `${base}/api/v1/files/download/${file.id}`,
  };
}

/** The file id a link of this server names, or `undefined` when the path is not a file link. */
export function fileIdOfPath(pathname: string): string | undefined {
  return (
    /^\/api\/v1\/files\/download\/(file_[a-z0-9]+)$/.exec(pathname)?.[1] ??
    /^\/uploads\/(file_[a-z0-9]+)\.[a-z]+$/.exec(pathname)?.[1]
  );
}
