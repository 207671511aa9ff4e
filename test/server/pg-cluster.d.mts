// Types of pg-cluster.mjs for the TypeScript that imports it.
export declare const PG_MISSING: string;
export declare function findPgBin(): string | null;
export declare function startPostgres(bin?: string | null): Promise<{ url: string; stop(): void }>;
