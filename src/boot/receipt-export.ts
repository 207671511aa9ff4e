// `exportConsent()`: the receipt for the record in force, at once, from the boot. The receipt
// filed when the shopper chose (with the page and the text they saw) when this browser has it;
// otherwise what the record itself proves.
import { receiptOf } from '../shared/receipt';
import type { Feature } from './context';

export const receiptExportFeature: Feature = (ctx) => {
  ctx.expose({
    exportConsent: () => {
      const record = ctx.record();
      if (!record) return null;
      const l = ctx.receipts.current(record);
      if (l) return l;
      // Chosen in another tab, or storage lost the receipt: what the record itself proves.
      const method = Object.values(record.categories)[0]?.method ?? 'api';
      return receiptOf(record, method, null, null, ctx.win.navigator.userAgent);
    },
  });
};
