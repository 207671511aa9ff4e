/** @jsxImportSource react */
// consentry/react in jsdom with @testing-library/react: the hooks follow the record (a choice on
// this page, and one made in another tab), WhenAllowed swaps its fallback for its children, and
// the provider adopts the script tag's window.Consentry.
import { act, cleanup, render, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsentry } from '../../../src/index';
import { encodeRecord } from '../../../src/shared/consent-record';
import type { ConsentryApi, ConsentryConfig } from '../../../src/shared/types';
import { ConsentryProvider, NO_INSTANCE, useConsent, useConsentry, WhenAllowed } from '../../../src/react';

const config: ConsentryConfig = {
  vendors: [
    {
      id: 'youtube',
      name: 'YouTube',
      company: 'Google',
      category: 'marketing',
      purpose: 'Plays videos.',
      hosts: ['youtube.com'],
      cookies: [],
      policyUrl: 'https://policies.google.com/',
      leavesUkEea: true,
    },
  ],
};

const started: Array<{ destroy(): void }> = [];
const start = () => {
  const api = createConsentry(config);
  started.push(api);
  return api;
};

afterEach(() => {
  cleanup();
  started.splice(0).forEach((api) => api.destroy());
  delete (window as { Consentry?: ConsentryApi }).Consentry;
  document.cookie = 'consentry=; max-age=0; path=/';
  vi.restoreAllMocks();
});

function Marketing() {
  const record = useConsent();
  return <p>marketing: {record ? String(record.categories.marketing?.granted) : 'no choice'}</p>;
}

function AcceptButton() {
  const api = useConsentry();
  return (
    <button type="button" onClick={() => api?.acceptAll()}>
      accept
    </button>
  );
}

describe('useConsent', () => {
  it('re-renders when the shopper accepts on this page', async () => {
    render(
      <ConsentryProvider start={start}>
        <Marketing />
        <AcceptButton />
      </ConsentryProvider>,
    );
    expect(screen.getByText('marketing: no choice')).toBeTruthy();
    await act(async () => screen.getByText('accept').click());
    expect(screen.getByText('marketing: true')).toBeTruthy();
  });

  it('re-renders when the shopper chooses in another tab', async () => {
    render(
      <ConsentryProvider start={start}>
        <Marketing />
      </ConsentryProvider>,
    );
    await screen.findByText('marketing: no choice');
    // The other tab writes the shared cookie and tells the site's tabs, as tab sync does.
    const other = {
      version: 1,
      id: 'AAAAAAAAAAAAAAAA',
      consentedAt: Math.floor(Date.now() / 1000) * 1000,
      revision: 0,
      categories: {
        marketing: { granted: true, method: 'banner' },
        analytics: { granted: false, method: 'banner' },
        preferences: { granted: false, method: 'banner' },
      },
      vendors: {},
      seenVendors: ['youtube'],
      signals: [],
    } as const;
    document.cookie = `consentry=${encodeRecord(other)}; path=/`;
    await act(async () => {
      const channel = new BroadcastChannel('consentry:consentry');
      channel.postMessage(0);
      channel.close();
    });
    expect(await screen.findByText('marketing: true')).toBeTruthy();
  });
});

describe('WhenAllowed', () => {
  it('shows its fallback until the vendor is allowed, then its children', async () => {
    render(
      <ConsentryProvider start={start}>
        <WhenAllowed id="youtube" fallback={<p>video held</p>}>
          <p>video player</p>
        </WhenAllowed>
        <AcceptButton />
      </ConsentryProvider>,
    );
    expect(screen.getByText('video held')).toBeTruthy();
    expect(screen.queryByText('video player')).toBeNull();
    await act(async () => screen.getByText('accept').click());
    expect(screen.getByText('video player')).toBeTruthy();
    expect(screen.queryByText('video held')).toBeNull();
  });
});

describe('ConsentryProvider', () => {
  it("adopts the script tag's window.Consentry when given no start", async () => {
    const api = start();
    (window as { Consentry?: ConsentryApi }).Consentry = api;
    api.acceptAll();
    render(
      <ConsentryProvider>
        <Marketing />
      </ConsentryProvider>,
    );
    expect(await screen.findByText('marketing: true')).toBeTruthy();
  });

  it('says what to fix, and allows nothing, when the page has no Consentry', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <ConsentryProvider>
        <WhenAllowed id="youtube" fallback={<p>video held</p>}>
          <p>video player</p>
        </WhenAllowed>
      </ConsentryProvider>,
    );
    await act(async () => {});
    expect(error).toHaveBeenCalledWith(NO_INSTANCE);
    expect(screen.getByText('video held')).toBeTruthy();
  });
});

describe('hydration', () => {
  it('hydrates server HTML without a mismatch warning, then shows what the page allows', async () => {
    const app = (
      <ConsentryProvider>
        <WhenAllowed id="youtube" fallback={<p>video held</p>}>
          <p>video player</p>
        </WhenAllowed>
      </ConsentryProvider>
    );
    const root = document.createElement('div');
    root.innerHTML = renderToString(app);
    document.body.appendChild(root);
    // The script tag's instance already allows YouTube: a first render that read it would not match.
    const api = start();
    api.acceptAll();
    (window as { Consentry?: ConsentryApi }).Consentry = api;
    const error = vi.spyOn(console, 'error');
    const recoverable = vi.fn();
    let hydrated: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => void (hydrated = hydrateRoot(root, app, { onRecoverableError: recoverable })));
    expect(root.innerHTML).toBe('<p>video player</p>');
    expect(error).not.toHaveBeenCalled();
    expect(recoverable).not.toHaveBeenCalled();
    await act(async () => hydrated!.unmount());
    root.remove();
  });
});
