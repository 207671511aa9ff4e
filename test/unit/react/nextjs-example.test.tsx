/** @jsxImportSource react */
// @vitest-environment node
// The Next.js App Router example (docs/examples/nextjs) rendered as Next renders it on the server,
// with react-dom/server: consentry.js is the first script in <head>, plain and synchronous, its
// configuration is a JSON script before it, and the page's client parts render their fallbacks.
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveConfig } from '../../../src/shared/config';
import { catalog } from '../../../vendors';
import RootLayout from '../../../docs/examples/nextjs/app/layout';
import Page from '../../../docs/examples/nextjs/app/page';

// The example imports the package by name, as an app does; here that name is this repository's source.
vi.mock('consentry/react', () => import('../../../src/react'));
vi.mock('consentry/vendors', () => import('../../../vendors'));

afterEach(() => vi.restoreAllMocks());

const renderExample = () =>
  renderToString(
    <RootLayout>
      <Page />
    </RootLayout>,
  );

describe('the Next.js App Router example', () => {
  it('renders on the server with no error', () => {
    const error = vi.spyOn(console, 'error');
    renderExample();
    expect(error).not.toHaveBeenCalled();
  });

  it('puts consentry.js first among the scripts in <head>, with no async or defer, after its configuration', () => {
    const head = renderExample().match(/<head>(.*)<\/head>/)![1]!;
    const scripts = [...head.matchAll(/<script([^>]*)>/g)].map((m) => m[1]!);
    expect(scripts).toEqual([' type="application/json" id="consentry-config"', ' src="/consentry/consentry.js"']);
  });

  it("embeds a configuration consentry.js accepts, with the held video's vendor", () => {
    const json = renderExample().match(/<script type="application\/json" id="consentry-config">(.*?)<\/script>/)![1]!;
    const problems: string[][] = [];
    const config = resolveConfig(
      JSON.parse(json),
      catalog,
      (path, code, ...details) => void problems.push([path, String(code), ...details]),
    );
    expect(problems).toEqual([]);
    expect(config.vendors.map((v) => v.id)).toEqual(['google-analytics', 'youtube']);
  });

  it("sends the video's held placeholder frame, which the boot and the placeholder find, without the player's URL, and the note as its fallback", () => {
    const html = renderExample();
    expect(html).toContain(
      '<iframe title="Camera review" width="560" height="315" data-consentry="youtube" data-src="about:blank"></iframe>',
    );
    // The configuration names the host; the page's markup must not.
    expect(html.match(/<main>.*<\/main>/)![0]).not.toContain('youtube-nocookie.com');
    expect(html).toContain('Statistics are off.');
    expect(html).not.toContain('Thank you: statistics');
  });
});
