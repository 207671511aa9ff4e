// The build step that splits a vendor's words from the rest (rollup.config.mjs): the core keeps
// every field but the words, the UI chunks keep only the words, and a vendor file it cannot read
// field by field stops the build instead of shipping the words or dropping a field.
// @vitest-environment node
import { rollup, type Plugin } from 'rollup';
import { describe, expect, it } from 'vitest';

type Part = 'core' | 'ui';
const config = '../../../rollup.config.mjs';
const { vendorFields } = (await import(config)) as { vendorFields: (part: Part) => Plugin };

const ACME = `
const tell = () => (win) => win.acme?.optIn();
export const acme = {
  id: 'acme',
  name: 'Acme',
  company: 'Acme Ltd',
  category: 'analytics',
  purpose: 'Counts the anvils you look at.',
  hosts: ['acme.example'],
  cookies: [{ name: '_acme', prefix: true, party: 'first', lifetime: '1 year', purpose: 'Tells anvil fans apart.' }],
  storage: { local: ['_acme*'] },
  policyUrl: 'https://acme.example/privacy',
  leavesUkEea: true,
  onAllow: tell(),
};
`;

/** Bundles `vendors/acme.ts` (as `source`) and any `more` files the way one script-tag build would. */
async function build(part: Part, source: string, entry = `import { acme } from './vendors/acme.ts'; console.log(acme);`, more: Record<string, string> = {}) {
  const files: Record<string, string> = { '/shop/entry.js': entry, '/shop/vendors/acme.ts': source, ...more };
  const virtual: Plugin = {
    name: 'virtual',
    resolveId: (id, from) => (from ? new URL(id, `file://${from}`).pathname : id),
    load: (id) => files[id] ?? null,
  };
  const bundle = await rollup({ input: '/shop/entry.js', plugins: [virtual, vendorFields(part)], onwarn: () => {} });
  const { output } = await bundle.generate({ format: 'es' });
  return output[0].code;
}

describe('vendorFields', () => {
  it('ships the core every field but the words, each word as null', async () => {
    const code = await build('core', ACME);
    for (const kept of ["'acme.example'", "'_acme'", "category: 'analytics'", "party: 'first'", "'_acme*'", 'leavesUkEea: true', 'onAllow: tell()'])
      expect(code).toContain(kept);
    for (const word of ['Acme Ltd', 'Counts the anvils', '1 year', 'Tells anvil fans', 'acme.example/privacy']) expect(code).not.toContain(word);
    expect(code.match(/: null/g)).toHaveLength(5);
  });

  it('ships the UI the words and what matches them up, nothing else', async () => {
    const code = await build('ui', ACME);
    for (const word of ['Acme Ltd', 'Counts the anvils', '1 year', 'Tells anvil fans', 'acme.example/privacy', "'_acme'", 'prefix: true'])
      expect(code).toContain(word);
    for (const gone of ['acme.example\'', 'analytics', 'party', 'storage', 'leavesUkEea', 'onAllow', 'optIn']) expect(code).not.toContain(gone);
  });

  it.each<[string, string, RegExp]>([
    ['a purpose written as a template', ACME.replace("'Counts the anvils you look at.'", '`Counts the anvils you look at.`'), /vendor purpose is not a string literal/],
    ['a purpose kept in a constant', `const P = 'Counts.';\n${ACME.replace("'Counts the anvils you look at.'", 'P')}`, /vendor purpose is not a string literal/],
    ['a field it does not know', ACME.replace("  name: 'Acme',", "  name: 'Acme',\n  description: 'Anvils.',"), /vendor field description is unknown/],
    ['a cookie field it does not know', ACME.replace("party: 'first',", "party: 'first', note: 'x',"), /cookie field note is unknown/],
    ['fields spread in from elsewhere', ACME.replace("  name: 'Acme',", "  ...{ name: 'Acme' },"), /vendor field \(spread or computed\) is unknown/],
    ['cookies built elsewhere', ACME.replace(/cookies: \[.*\],/, 'cookies: [].concat([]),'), /a cookie is not an object literal/],
    ['no policy link', ACME.replace("  policyUrl: 'https://acme.example/privacy',\n", ''), /vendor has no policyUrl/],
    ['an empty purpose', ACME.replace("'Counts the anvils you look at.'", "''"), /vendor purpose is empty/],
    ['two exports', `${ACME}\nexport const other = 1;`, /exports 2 values/],
  ])('stops the build on %s', async (_, source, why) => {
    await expect(build('core', source)).rejects.toThrow(why);
  });

  it('stops the build when a purpose reaches the core another way', async () => {
    const entry = `import { acme } from './vendors/acme.ts'; import { again } from './again.js'; console.log(acme, again);`;
    const again = `export const again = 'Counts the anvils you look at.';`;
    await expect(build('core', ACME, entry, { '/shop/again.js': again })).rejects.toThrow(/vendor text still in the core: Counts the anvils/);
  });

  it('reads only vendors/<id>.ts: the catalog index and other files pass as they are', async () => {
    const index = `export { acme } from './acme.ts';\nexport const note = 'Acme Ltd';`;
    const entry = `import { acme, note } from './vendors/index.ts'; console.log(acme, note);`;
    const code = await build('core', ACME, entry, { '/shop/vendors/index.ts': index });
    expect(code).toContain("'Acme Ltd'");
    expect(code).toContain('company: null');
  });
});
