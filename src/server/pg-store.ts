// The PostgreSQL store, for sites that run more than one server: the database keeps receipts
// unique (a primary key on the receipt's hash), so parallel writers cannot duplicate one.
// It takes any `pg`-style pool, so `pg` stays an optional peer dependency of this package.
import { DAY_MS } from '../shared/consent-record';
import { checkReceipt } from './receipt-schema';
import { byTime, receiptKey, retentionCutoff, type ReceiptStore, type RetentionOptions } from './store';

/** What the store needs of a connection: `pg.Pool` and `pg.Client` both fit. */
export interface Queryable {
  query(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[]; rowCount: number | null }>;
}

export interface PostgresStoreOptions extends RetentionOptions {
  /** A `pg.Pool` (or Client). The store never ends a pool it was given. */
  readonly pool?: Queryable;
  /** Without `pool`: a connection string; the store then loads `pg`, owns the pool and ends it on close(). */
  readonly connectionString?: string;
  /** Table name, created when missing. Default `consentry_receipts`. */
  readonly table?: string;
}

export function postgresStore(options: PostgresStoreOptions): ReceiptStore {
  const table = options.table ?? 'consentry_receipts';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(table)) throw new TypeError('table must be a plain lower-case SQL name such as consentry_receipts');
  if (!options.pool && !options.connectionString) throw new TypeError('postgresStore needs a pool (new pg.Pool()) or a connectionString');
  const cutoff = retentionCutoff(options);
  const now = options.now ?? Date.now;
  let owned: { end(): Promise<void> } | null = null;
  let lastPurge = 0;

  const connect = async (): Promise<Queryable> => {
    if (options.pool) return options.pool;
    let pg: { Pool: typeof import('pg').Pool };
    try {
      const mod = await import('pg');
      pg = mod.default ?? mod;
    } catch {
      throw new Error('postgresStore needs the pg package: npm install pg');
    }
    const pool = new pg.Pool({ connectionString: options.connectionString });
    owned = pool;
    return pool as unknown as Queryable;
  };

  let ready: Promise<Queryable> | null = null;
  const db = () =>
    (ready ??= connect().then(async (q) => {
      await q.query(`CREATE TABLE IF NOT EXISTS ${table} (
        key text PRIMARY KEY,
        record_id text NOT NULL,
        time timestamptz NOT NULL,
        received_at timestamptz NOT NULL,
        receipt jsonb NOT NULL)`);
      await q.query(`CREATE INDEX IF NOT EXISTS ${table}_record_id ON ${table} (record_id)`);
      await q.query(`CREATE INDEX IF NOT EXISTS ${table}_time ON ${table} (time)`);
      return q;
    })).catch((e: unknown) => {
      ready = null; // the next call tries again (the database may be back)
      throw e;
    });

  const purge = async (q: Queryable) => {
    lastPurge = now();
    const res = await q.query(`DELETE FROM ${table} WHERE time < $1`, [new Date(cutoff())]);
    return res.rowCount ?? 0;
  };

  return {
    append: async (receipt, receivedAt) => {
      if (Date.parse(receipt.time) < cutoff()) return false;
      const q = await db();
      const res = await q.query(
        `INSERT INTO ${table} (key, record_id, time, received_at, receipt) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (key) DO NOTHING`,
        [receiptKey(receipt), receipt.recordId, receipt.time, receivedAt, JSON.stringify(receipt)],
      );
      // Retention is enforced even if nobody calls purgeExpired(): at most a purge a day.
      if (now() - lastPurge > DAY_MS) await purge(q);
      return res.rowCount === 1;
    },
    lookup: async (recordId) => {
      const q = await db();
      const res = await q.query(`SELECT key, received_at, receipt FROM ${table} WHERE record_id = $1 AND time >= $2`, [
        recordId,
        new Date(cutoff()),
      ]);
      const entries = [];
      for (const row of res.rows) {
        // jsonb reorders keys; rebuild the receipt in its own key order, checked like any input.
        const checked = checkReceipt(row.receipt);
        if (checked.ok)
          entries.push({
            key: String(row.key),
            receivedAt: new Date(row.received_at as Date | string).toISOString(),
            receipt: checked.value,
          });
      }
      return entries.sort(byTime).map(({ receipt, receivedAt }) => ({ receipt, receivedAt }));
    },
    erase: async (recordId) => {
      const res = await (await db()).query(`DELETE FROM ${table} WHERE record_id = $1`, [recordId]);
      return res.rowCount ?? 0;
    },
    purgeExpired: async () => purge(await db()),
    close: async () => {
      await owned?.end();
      owned = null;
      ready = null;
    },
  };
}
