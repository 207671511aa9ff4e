// `consentry/server`: the receipt endpoint, its stores, and the consent cookie for server-side
// code. Node only; nothing here ships to the browser.
export { createReceiptHandler, type ReceiptHandler, type ReceiptHandlerOptions } from './handler';
export { DEFAULT_MAX_STORE_BYTES, jsonLinesStore, type JsonLinesStoreOptions } from './jsonl-store';
export { postgresStore, type PostgresStoreOptions, type Queryable } from './pg-store';
export { DEFAULT_RETENTION_DAYS, StoreFullError, type ReceiptEntry, type ReceiptStore, type RetentionOptions } from './store';
export { checkReceipt, type Checked, type StoredReceipt } from './receipt-schema';
export {
  consentSetCookie,
  cookieValue,
  isAllowed,
  readConsent,
  type CookieOptions,
  type IsAllowedOptions,
  type SetCookieOptions,
} from './cookie';
export type { CategoryId, ConsentId, ConsentMethod, ConsentReceipt, ConsentRecord, SignalName, VendorId } from '../shared/types';
