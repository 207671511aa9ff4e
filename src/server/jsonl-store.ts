// The embedded default store: one append-only JSON-lines file. Appending a line is the only
// write on the hot path; an erasure appends a marker first (so it holds even if the process
// dies mid-way) and then compacts: the file is rewritten without the record, then renamed.
//
// Several writers may share the file (two handlers in one process, a cluster, several processes
// on one disk, an operator's erase() from a script): every append and rewrite happens under an
// exclusive lock file, and each writer re-reads what the others appended before it writes.
// The file is only ever read as a stream of lines, so its size is bounded by the disk and
// `maxStoreBytes`, never by the longest string V8 can build.
import { createReadStream } from 'node:fs';
import { mkdir, open, readFile, rename, stat, unlink, writeFile, type FileHandle } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { checkReceipt } from './receipt-schema';
import type { StoredReceipt } from './receipt-schema';
import { byTime, receiptKey, retentionCutoff, StoreFullError, type ReceiptEntry, type ReceiptStore, type RetentionOptions } from './store';
import { DAY_MS } from '../shared/consent-record';

export interface JsonLinesStoreOptions extends RetentionOptions {
  /** The file; created with its directory when missing. Its lock is the same path plus `.lock`. */
  readonly path: string;
  /**
   * The most the file may grow to, in bytes. Default 1 GiB. At the cap a new receipt is refused
   * (the handler answers 507 and calls `onError`); stored receipts are never dropped to make room.
   */
  readonly maxStoreBytes?: number;
  /** How long to wait for another writer's lock before failing (the client gets a 503). Default 30,000 ms. */
  readonly lockTimeoutMs?: number;
}

export const DEFAULT_MAX_STORE_BYTES = 2 ** 30;

type Line = { k: string; at: string; r: StoredReceipt } | { erase: string; at: string };
type Entry = ReceiptEntry & { key: string };

/** No receipt line comes near this (a body is at most a few KB): a longer line is not evidence and is skipped unread. */
const MAX_LINE_BYTES = 256 * 1024;
/** A lock from another machine (pid unknowable) older than this was left by a dead writer: locks are held for milliseconds. */
const FOREIGN_LOCK_STALE_MS = 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const isErrno = (e: unknown, code: string) => (e as NodeJS.ErrnoException)?.code === code;

/** Calls `each` with every complete line in bytes [start, end) of the file, in order, reading it in chunks. */
async function forEachLine(path: string, start: number, end: number | undefined, each: (line: string) => void): Promise<void> {
  if (end !== undefined && end <= start) return;
  const stream = createReadStream(path, { start, ...(end !== undefined ? { end: end - 1 } : {}) });
  let parts: Buffer[] = [];
  let size = 0;
  const emit = () => {
    if (size > 0 && size <= MAX_LINE_BYTES) each(Buffer.concat(parts, size).toString('utf8'));
    parts = [];
    size = 0;
  };
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let from = 0;
      for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a, from)) {
        if (size + nl - from <= MAX_LINE_BYTES) parts.push(chunk.subarray(from, nl));
        size += nl - from;
        emit();
        from = nl + 1;
      }
      if (from < chunk.length) {
        if (size + chunk.length - from <= MAX_LINE_BYTES) parts.push(chunk.subarray(from));
        size += chunk.length - from;
      }
    }
  } catch (e) {
    if (!isErrno(e, 'ENOENT')) throw e;
  }
  emit(); // a last line without its newline: torn by a crash, and JSON.parse says so
}

const parse = (raw: string): Line | null => {
  try {
    return JSON.parse(raw) as Line;
  } catch {
    return null; // a line torn by a crash mid-write: not evidence of anything
  }
};

export function jsonLinesStore(options: JsonLinesStoreOptions): ReceiptStore {
  const { path } = options;
  const lockPath = `${path}.lock`;
  const cutoff = retentionCutoff(options);
  const now = options.now ?? Date.now;
  const maxBytes = options.maxStoreBytes ?? DEFAULT_MAX_STORE_BYTES;
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 1)
    throw new TypeError('maxStoreBytes must be a whole number of bytes, such as 1073741824 (1 GiB)');
  const lockTimeout = options.lockTimeoutMs ?? 30_000;
  const host = hostname();

  /** Standing receipt keys and their record ids, as of `seen` (the file's inode and size when last read). */
  let keys: Map<string, string> | null = null;
  let seen = { ino: -1, size: 0 };
  let lastPurge = 0;
  let queue: Promise<unknown> = Promise.resolve();

  /** Runs this store's operations one at a time, in order; one failing does not block the next. */
  const serial = <T>(op: () => Promise<T>): Promise<T> => {
    const run = queue.then(op, op);
    queue = run.catch(() => {});
    return run;
  };

  /** A lock whose holder is gone: a dead process on this host, or an old lock from another. */
  const clearStale = async () => {
    let holder: string;
    let age: number;
    try {
      // Real time, not the store's clock (`now`, which tests move): the file system dates the lock.
      [holder, age] = [await readFile(lockPath, 'utf8'), Date.now() - (await stat(lockPath)).mtimeMs];
    } catch {
      return; // released meanwhile
    }
    const [pid, lockHost] = holder.split(' ');
    let dead = age > FOREIGN_LOCK_STALE_MS;
    if (lockHost === host && Number(pid) > 0) {
      try {
        process.kill(Number(pid), 0);
        dead = false;
      } catch (e) {
        dead = isErrno(e, 'ESRCH');
      }
    }
    // Re-read first: another writer may have cleared it and taken a fresh lock meanwhile.
    if (dead && (await readFile(lockPath, 'utf8').catch(() => null)) === holder) await unlink(lockPath).catch(() => {});
  };

  /** Runs `op` holding the file's exclusive lock (a lock file created with `wx`). */
  const locked = async <T>(op: () => Promise<T>): Promise<T> => {
    await mkdir(dirname(path), { recursive: true });
    const token = `${process.pid} ${host} ${randomUUID()}`;
    const deadline = Date.now() + lockTimeout;
    for (let wait = 1; ; wait = Math.min(wait * 2, 25)) {
      try {
        await writeFile(lockPath, token, { flag: 'wx' });
        break;
      } catch (e) {
        if (!isErrno(e, 'EEXIST')) throw e;
      }
      if (Date.now() > deadline)
        throw new Error(
          `the receipt file ${path} stayed locked for ${lockTimeout} ms: if no Consentry process is running, delete ${lockPath}`,
        );
      await clearStale();
      await sleep(wait * (0.5 + Math.random()));
    }
    try {
      return await op();
    } finally {
      if ((await readFile(lockPath, 'utf8').catch(() => null)) === token) await unlink(lockPath).catch(() => {});
    }
  };

  /** Brings `keys` up to date with what every writer has put in the file. Under the lock only. */
  const refresh = async (): Promise<{ size: number }> => {
    let info: { ino: number; size: number };
    try {
      info = await stat(path);
    } catch (e) {
      if (!isErrno(e, 'ENOENT')) throw e;
      keys = new Map();
      seen = { ino: -1, size: 0 };
      return seen;
    }
    // Rewritten by another writer (a new inode) or truncated: read it all again.
    const from = keys && info.ino === seen.ino && info.size >= seen.size ? seen.size : 0;
    if (from === 0) keys = new Map();
    const known = keys!;
    await forEachLine(path, from, info.size, (raw) => {
      const line = parse(raw);
      if (!line) return;
      if ('erase' in line) {
        for (const [k, id] of known) if (id === line.erase) known.delete(k);
      } else if (typeof line.k === 'string' && typeof line.r?.recordId === 'string') known.set(line.k, line.r.recordId);
    });
    seen = { ino: info.ino, size: info.size };
    return seen;
  };

  /** Appends lines (and syncs them to disk) under the lock. */
  const writeLines = async (lines: Line[]): Promise<void> => {
    if (lines.length === 0) return;
    const h: FileHandle = await open(path, 'a+');
    try {
      const { size, ino } = await h.stat();
      let text = lines.map((l) => `${JSON.stringify(l)}\n`).join('');
      // A crash can leave a last line without its newline; start ours on a fresh line.
      if (size > 0) {
        const last = Buffer.alloc(1);
        await h.read(last, 0, 1, size - 1);
        if (last[0] !== 0x0a) text = `\n${text}`;
      }
      const bytes = Buffer.from(text);
      await h.write(bytes);
      // Answer only once the lines are on disk: a 201 is a promise that the receipt is kept.
      await h.datasync();
      if (ino === seen.ino && size === seen.size) seen = { ino, size: size + bytes.length };
    } finally {
      await h.close();
    }
  };

  /**
   * Rewrites the file with only what stands and is within retention; atomic by rename. Two
   * streaming passes (which erasures apply to which lines, then the copy), so no size is too big.
   * Under the lock only. Resolves to how many standing receipts were past retention.
   */
  const compact = async (): Promise<number> => {
    const lastErase = new Map<string, number>();
    let n = 0;
    await forEachLine(path, 0, undefined, (raw) => {
      const line = parse(raw);
      if (line && 'erase' in line && typeof line.erase === 'string') lastErase.set(line.erase, n);
      n++;
    });
    const limit = cutoff();
    const tmp = `${path}.${process.pid}.${randomUUID()}.tmp`;
    const out = await open(tmp, 'w');
    const kept = new Map<string, string>();
    let expired = 0;
    try {
      let buffer: string[] = [];
      let pending = 0;
      let writes: Promise<unknown> = Promise.resolve();
      let i = 0;
      await forEachLine(path, 0, undefined, (raw) => {
        const index = i++;
        const line = parse(raw);
        if (!line || 'erase' in line) return;
        const checked = checkReceipt(line.r);
        if (!checked.ok || typeof line.at !== 'string' || typeof line.k !== 'string' || kept.has(line.k)) return;
        if ((lastErase.get(checked.value.recordId) ?? -1) > index) return;
        if (Date.parse(checked.value.time) < limit) {
          expired++;
          return;
        }
        kept.set(line.k, checked.value.recordId);
        const text = `${JSON.stringify({ k: line.k, at: line.at, r: checked.value })}\n`;
        buffer.push(text);
        pending += text.length;
        if (pending > 64 * 1024) {
          const chunk = buffer.join('');
          buffer = [];
          pending = 0;
          // Chained, so the chunks reach the file in order.
          writes = writes.then(() => out.write(chunk));
        }
      });
      await writes;
      if (buffer.length) await out.write(buffer.join(''));
      await out.sync();
    } finally {
      await out.close();
    }
    await rename(tmp, path);
    const info = await stat(path);
    keys = kept;
    seen = { ino: info.ino, size: info.size };
    lastPurge = now();
    return expired;
  };

  // Group commit: appends that arrive while a write is under way go out together, under one
  // lock and one disk flush.
  type Waiting = { receipt: StoredReceipt; at: Date; done: (stored: boolean) => void; fail: (e: unknown) => void };
  let batch: Waiting[] = [];
  const flush = async () => {
    const items = batch;
    batch = [];
    try {
      await locked(async () => {
        const { size } = await refresh();
        const known = keys!;
        let total = size + 1; // room for a newline after a torn last line
        const lines: Line[] = [];
        const outcomes: Array<() => void> = [];
        for (const item of items) {
          const k = receiptKey(item.receipt);
          if (known.has(k)) {
            outcomes.push(() => item.done(false));
            continue;
          }
          const line: Line = { k, at: item.at.toISOString(), r: item.receipt };
          const bytes = Buffer.byteLength(JSON.stringify(line)) + 1;
          if (total + bytes > maxBytes) {
            outcomes.push(() => item.fail(new StoreFullError(maxBytes)));
            continue;
          }
          total += bytes;
          known.set(k, item.receipt.recordId);
          lines.push(line);
          outcomes.push(() => item.done(true));
        }
        try {
          await writeLines(lines);
        } catch (e) {
          keys = null; // not known to be written: read the file again next time
          throw e;
        }
        // Retention is enforced even if nobody calls purgeExpired(): at most a compaction a day.
        if (now() - lastPurge > DAY_MS) await compact();
        for (const outcome of outcomes) outcome();
      });
    } catch (e) {
      for (const item of items) item.fail(e);
    }
  };

  return {
    append: async (receipt, receivedAt) => {
      if (Date.parse(receipt.time) < cutoff()) return false;
      return new Promise<boolean>((done, fail) => {
        batch.push({ receipt, at: receivedAt, done, fail });
        if (batch.length === 1) void serial(flush);
      });
    },
    // A reader needs no lock: appends are whole lines and a rewrite replaces the file by rename,
    // so an open stream reads one consistent file.
    lookup: async (recordId) => {
      const limit = cutoff();
      let entries: Entry[] = [];
      await forEachLine(path, 0, undefined, (raw) => {
        if (!raw.includes(recordId)) return;
        const line = parse(raw);
        if (!line) return;
        if ('erase' in line) {
          if (line.erase === recordId) entries = [];
        } else if (line.r?.recordId === recordId) {
          const checked = checkReceipt(line.r);
          if (checked.ok && typeof line.at === 'string' && !entries.some((e) => e.key === line.k))
            entries.push({ key: line.k, receivedAt: line.at, receipt: checked.value });
        }
      });
      return entries
        .filter((e) => Date.parse(e.receipt.time) >= limit)
        .sort(byTime)
        .map(({ receipt, receivedAt }) => ({ receipt, receivedAt }));
    },
    erase: (recordId) =>
      serial(() =>
        locked(async () => {
          await refresh();
          let count = 0;
          for (const id of keys!.values()) if (id === recordId) count++;
          // The marker makes the erasure durable at once; compaction then removes the lines.
          await writeLines([{ erase: recordId, at: new Date(now()).toISOString() }]);
          await compact();
          return count;
        }),
      ),
    purgeExpired: () => serial(() => locked(compact)),
    close: () => serial(async () => {}),
  };
}
