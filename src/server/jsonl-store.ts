// The embedded default store: one append-only JSON-lines file. Appending a line is the only
// write on the hot path; an erasure appends a marker first (so it holds even if the process
// dies mid-way) and then compacts: the file is rewritten without the record, then renamed.
//
// One process owns the file: operations are queued in order inside it. Several processes or
// machines writing receipts need the PostgreSQL store.
import { mkdir, open, readFile, rename, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { checkReceipt } from './receipt-schema';
import type { StoredReceipt } from './receipt-schema';
import { byTime, receiptKey, retentionCutoff, type ReceiptEntry, type ReceiptStore, type RetentionOptions } from './store';
import { DAY_MS } from '../shared/consent-record';

export interface JsonLinesStoreOptions extends RetentionOptions {
  /** The file; created with its directory when missing. */
  readonly path: string;
}

type Line = { k: string; at: string; r: StoredReceipt } | { erase: string; at: string };
type Entry = ReceiptEntry & { key: string };

export function jsonLinesStore(options: JsonLinesStoreOptions): ReceiptStore {
  const { path } = options;
  const cutoff = retentionCutoff(options);
  const now = options.now ?? Date.now;
  let file: FileHandle | null = null;
  /** Keys of stored receipts, so a retried send is recognised without reading the file. */
  let keys: Set<string> | null = null;
  let lastPurge = 0;
  let queue: Promise<unknown> = Promise.resolve();

  /** Runs operations one at a time, in order; one failing does not block the next. */
  const serial = <T>(op: () => Promise<T>): Promise<T> => {
    const run = queue.then(op, op);
    queue = run.catch(() => {});
    return run;
  };

  /** Every receipt still standing, in file order: erasure markers apply to the lines before them. */
  const readAll = async (): Promise<Entry[]> => {
    let text = '';
    try {
      text = await readFile(path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    let entries: Entry[] = [];
    for (const raw of text.split('\n')) {
      if (!raw) continue;
      let line: Line;
      try {
        line = JSON.parse(raw) as Line;
      } catch {
        continue; // a line torn by a crash mid-write: not evidence of anything
      }
      if ('erase' in line) entries = entries.filter((e) => e.receipt.recordId !== line.erase);
      else {
        const checked = checkReceipt(line.r);
        if (checked.ok && typeof line.at === 'string') entries.push({ key: line.k, receivedAt: line.at, receipt: checked.value });
      }
    }
    return entries;
  };

  const handle = async (): Promise<FileHandle> => {
    if (file) return file;
    await mkdir(dirname(path), { recursive: true });
    const h = await open(path, 'a+');
    // A crash can leave a last line without its newline; start ours on a fresh line.
    const { size } = await h.stat();
    if (size > 0) {
      const last = Buffer.alloc(1);
      await h.read(last, 0, 1, size - 1);
      if (last[0] !== 0x0a) await h.appendFile('\n');
    }
    file = h;
    return h;
  };

  const loadKeys = async (): Promise<Set<string>> => (keys ??= new Set((await readAll()).map((e) => e.key)));

  const writeLine = async (line: Line) => (await handle()).appendFile(JSON.stringify(line) + '\n');

  /**
   * Group commit: one fdatasync covers every line written before it starts, so a burst of
   * receipts costs one disk flush, not one each. It queues behind the writes it covers.
   */
  let syncing: Promise<void> | null = null;
  const synced = (): Promise<void> =>
    (syncing ??= serial(async () => {
      syncing = null;
      await file?.datasync();
    }));

  /** Rewrites the file with only what stands and is within retention; atomic by rename. */
  const compact = async (): Promise<number> => {
    const entries = await readAll();
    const limit = cutoff();
    const kept = entries.filter((e) => Date.parse(e.receipt.time) >= limit);
    const tmp = `${path}.${process.pid}.tmp`;
    const out = await open(tmp, 'w');
    try {
      await out.writeFile(kept.map((e) => JSON.stringify({ k: e.key, at: e.receivedAt, r: e.receipt }) + '\n').join(''));
      await out.sync();
    } finally {
      await out.close();
    }
    await file?.close();
    file = null;
    await rename(tmp, path);
    keys = new Set(kept.map((e) => e.key));
    lastPurge = now();
    return entries.length - kept.length;
  };

  return {
    append: async (receipt, receivedAt) => {
      const stored = await serial(async () => {
        if (Date.parse(receipt.time) < cutoff()) return false;
        const known = await loadKeys();
        const k = receiptKey(receipt);
        if (known.has(k)) return false;
        await writeLine({ k, at: receivedAt.toISOString(), r: receipt });
        known.add(k);
        // Retention is enforced even if nobody calls purgeExpired(): at most a compaction a day.
        if (now() - lastPurge > DAY_MS) await compact();
        return true;
      });
      // Answer only once the line is on disk: a 201 is a promise that the receipt is kept.
      if (stored) await synced();
      return stored;
    },
    lookup: (recordId) =>
      serial(async () => {
        const limit = cutoff();
        return (await readAll())
          .filter((e) => e.receipt.recordId === recordId && Date.parse(e.receipt.time) >= limit)
          .sort(byTime)
          .map(({ receipt, receivedAt }) => ({ receipt, receivedAt }));
      }),
    erase: (recordId) =>
      serial(async () => {
        const count = (await readAll()).filter((e) => e.receipt.recordId === recordId).length;
        // The marker makes the erasure durable at once; compaction then removes the lines.
        await writeLine({ erase: recordId, at: new Date(now()).toISOString() });
        await file?.datasync();
        await compact();
        return count;
      }),
    purgeExpired: () => serial(compact),
    close: () =>
      serial(async () => {
        await file?.close();
        file = null;
      }),
  };
}
