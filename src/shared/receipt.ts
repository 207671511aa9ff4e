// What a receipt says about one choice (proof of consent, GDPR Art. 7(1)), derived from the
// record alone: the boot builds it for `exportConsent()`, the receipts feature sends it.
import type { ConsentMethod, ConsentReceipt, ConsentRecord } from './types';

/** Categories, then vendors where the shopper's choice differs from their category. */
const choicesOf = (record: ConsentRecord): Record<string, boolean> => {
  const choices: Record<string, boolean> = {};
  for (const id in record.categories) choices[id] = record.categories[id]!.granted;
  return Object.assign(choices, record.vendors);
};

export const receiptOf = (
  record: ConsentRecord,
  method: ConsentMethod,
  page: string | null,
  textHash: string | null,
  userAgent: string,
): ConsentReceipt => ({
  recordId: record.id,
  time: new Date(record.consentedAt).toISOString(),
  revision: record.revision,
  choices: choicesOf(record),
  method,
  page,
  textHash,
  userAgent,
  signals: [...record.signals],
});
