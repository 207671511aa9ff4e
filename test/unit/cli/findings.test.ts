// The audit's verdicts on declared cookies and on Google's requests, which it reaches by the same
// matchers and the same vendor list as the gate: a prefix cookie is its name and anything after,
// and Google's vendors are the ones Consent Mode speaks for.
import { describe, expect, it } from 'vitest';
import { judge, type PageRecord, type PassRecord, type SeenCookie } from '../../../src/cli/findings';
import { resolveConfig } from '../../../src/shared/config';
import { googleAnalytics, hotjar } from '../../../vendors';
import { pass } from './passes';

const PAGE = 'https://shop.example/';

const first = (name: string): SeenCookie => ({ name, domain: 'shop.example', path: '/', lifetime: 3600, party: 'first' });
const audit = (config: object, ...passes: PassRecord[]) => {
  const page: PageRecord = { url: PAGE, consentry: true, tags: [], passes };
  return judge(
    [page],
    resolveConfig(config, {}, () => {}),
  );
};

describe('the audit and declared cookies', () => {
  it('counts a declared prefix cookie as seen when a cookie that starts with it appears after "Accept all"', () => {
    const found = audit({ vendors: [hotjar] }, pass('after-accept', { cookies: [first('_hjSessionUser_123'), first('_hjSession_1')] }));
    expect(found.filter((f) => f.kind === 'declared-unseen')).toEqual([]);
  });

  it('reports a declared prefix cookie as declared-unseen when no cookie that starts with it appeared', () => {
    const found = audit({ vendors: [hotjar] }, pass('after-accept', { cookies: [first('_hjSession_1')] }));
    expect(found.filter((f) => f.kind === 'declared-unseen').map((f) => f.cookie)).toEqual(['_hjSessionUser_*']);
  });
});

describe("the audit and Google's requests in Consent Mode", () => {
  const before = pass('before-choice', { requests: ['https://www.google-analytics.com/g/collect?v=2'] });

  it('calls a configured Google vendor’s request before a choice in advanced mode a consent-mode-ping', () => {
    const found = audit({ vendors: [googleAnalytics], googleConsentMode: { mode: 'advanced' } }, before);
    expect(found.filter((f) => f.vendor === 'google-analytics').map((f) => f.kind)).toEqual(['consent-mode-ping']);
  });

  it('calls the same request a leak in basic mode', () => {
    const found = audit({ vendors: [googleAnalytics], googleConsentMode: { mode: 'basic' } }, before);
    expect(found.filter((f) => f.vendor === 'google-analytics').map((f) => f.kind)).toEqual(['leak']);
  });
});
