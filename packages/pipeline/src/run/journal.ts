import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type WriteOptions, writeFileAtomic } from '../output/write-file-atomic.ts';

/** What the journal remembers about one content hash between runs. */
export interface JournalEntry {
  hash: string;
  name: string;
  /** Create attempt number; part of the idempotency key. */
  attempt: number;
  /** The idempotency key of the attempt's create, recorded before it is sent. */
  key?: string;
  /**
   * `unknown`: the create was sent but its answer lost (a reset, a timeout, a 5xx); the task
   * may exist and be charged. The next run sends the same `key` again, so a server that made
   * it answers with that task instead of charging twice.
   */
  outcome?: 'unknown';
  /** Set once the create returned: the task to resume. */
  taskId?: string;
  /** When the task was created (ms, the run's clock). */
  created?: number;
  /** A failure the input must change to avoid (never sent again for this hash unless regenerating). */
  failure?: { code: string; message: string; taskId: string };
}

/** A repository image uploaded through the Files API: reused while its link lives. */
export interface UploadRecord {
  /** The link given as an `image_urls` entry. */
  url: string;
  fileId: string;
  /** When the link expires (ms since the epoch; the Files API's `expires_at`). */
  expiresAt: number;
}

/** Tasks are resumed only while the API still knows them and their links live: 24 hours. */
export const RESUME_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * The run journal, `<stateDir>/journal.json`. Every change is written atomically before the
 * run goes on; writes are serialised so concurrent jobs never interleave.
 */
export class Journal {
  readonly file: string;
  private readonly entries: Map<string, JournalEntry>;
  /** Uploaded images by `<files origin> <sha256>`: kept in the same file, so whatever keeps the journal (the Actions cache) keeps them too. */
  private readonly uploads: Map<string, UploadRecord>;
  private writing: Promise<void> = Promise.resolve();
  private readonly write: WriteOptions;

  private constructor(
    file: string,
    entries: Map<string, JournalEntry>,
    uploads: Map<string, UploadRecord>,
    write: WriteOptions,
  ) {
    this.file = file;
    this.entries = entries;
    this.uploads = uploads;
    this.write = write;
  }

  /** `write`: how the journal is written (`redact` keeps the key out, `fs`). Default: as is. */
  static async open(stateDir: string, write: WriteOptions = {}): Promise<Journal> {
    const file = path.join(stateDir, 'journal.json');
    const entries = new Map<string, JournalEntry>();
    const uploads = new Map<string, UploadRecord>();
    try {
      const data = JSON.parse(await readFile(file, 'utf8')) as {
        entries?: Record<string, JournalEntry>;
        uploads?: Record<string, UploadRecord>;
      };
      for (const [hash, entry] of Object.entries(data.entries ?? {})) entries.set(hash, entry);
      for (const [key, record] of Object.entries(data.uploads ?? {})) {
        if (typeof record?.url === 'string' && typeof record.expiresAt === 'number')
          uploads.set(key, record);
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        throw new Error(
          `cannot read the journal ${file}: ${(error as Error).message}; move it away to start afresh`,
        );
      }
    }
    return new Journal(file, entries, uploads, write);
  }

  get(hash: string): JournalEntry | undefined {
    return this.entries.get(hash);
  }

  /** Records `entry` and resolves once it is on disk. */
  set(entry: JournalEntry): Promise<void> {
    this.entries.set(entry.hash, entry);
    return this.flush();
  }

  upload(key: string): UploadRecord | undefined {
    return this.uploads.get(key);
  }

  /** Records an upload (dropping those expired by `now`) and resolves once it is on disk. */
  setUpload(key: string, record: UploadRecord, now: number): Promise<void> {
    for (const [k, r] of this.uploads) if (r.expiresAt <= now) this.uploads.delete(k);
    this.uploads.set(key, record);
    return this.flush();
  }

  /** Forgets an upload (the Files API no longer knows its link) and resolves once it is on disk. */
  forgetUpload(key: string): Promise<void> {
    this.uploads.delete(key);
    return this.flush();
  }

  delete(hash: string): Promise<void> {
    this.entries.delete(hash);
    return this.flush();
  }

  private flush(): Promise<void> {
    const snapshot = JSON.stringify(
      {
        version: 1,
        entries: Object.fromEntries(this.entries),
        ...(this.uploads.size > 0 && { uploads: Object.fromEntries(this.uploads) }),
      },
      null,
      2,
    );
    const write = this.writing.then(() => writeFileAtomic(this.file, snapshot, this.write));
    // A failed write (ENOSPC, EISDIR) fails this call only: the chain goes on, and the next
    // write carries every entry again, so one failure does not make every later one fail.
    this.writing = write.catch(() => {});
    return write;
  }
}
