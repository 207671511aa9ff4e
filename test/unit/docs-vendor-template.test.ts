// @vitest-environment node
// The vendor-file template in docs/vendors.md must be a vendor the checks accept (esbuild needs
// node's own TextEncoder, hence this file's environment).
import { readFileSync } from 'node:fs';
import { transform } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_CATEGORIES, vendorFrom } from '../../src/shared/config';

const doc = readFileSync(new URL('../../docs/vendors.md', import.meta.url), 'utf8');
const template = [...doc.matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((m) => m[1]!).find((c) => c.includes(': Vendor = {'));

describe('the vendor-file template in docs/vendors.md is a valid vendor', () => {
  it('passes the checks a configured or registered vendor passes', async () => {
    expect(template).toBeDefined();
    const { code: js } = await transform(template!, { loader: 'ts', format: 'cjs' });
    const module = { exports: {} as Record<string, unknown> };
    new Function('module', 'exports', 'require', js)(module, module.exports, () => ({}));
    const [vendor] = Object.values(module.exports);
    const problems: string[] = [];
    const checked = vendorFrom(vendor, undefined, BUILT_IN_CATEGORIES, 'template', (p, m) => problems.push(`${p} ${m}`));
    expect(problems).toEqual([]);
    expect(checked).toMatchObject({ id: 'example-chat', category: 'preferences' });
  });
});
