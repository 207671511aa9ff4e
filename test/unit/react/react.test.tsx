/** @jsxImportSource react */
// consentry/react in jsdom with @testing-library/react: the hooks follow the record (a choice on
// this page, and one made in another tab), WhenAllowed swaps its fallback for its children, and
// the provider adopts the script tag's window.Consentry, and focus follows "Load video" to the player.
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConsentry } from '../../../src/index';
import { encodeRecord } from '../../../src/shared/consent-record';
import type { ConsentryApi, ConsentryConfig, VendorDefinition } from '../../../src/shared/types';
import { ConsentryProvider, EmbedPlaceholder, NO_INSTANCE, useConsent, useConsentry, WhenAllowed } from '../../../src/react';
import { stubResizeObserver } from '../jsdom-gaps';

const youtube: VendorDefinition = {
  id: 'youtube',
  name: 'YouTube',
  company: 'Google',
  category: 'marketing',
  purpose: 'Plays videos.',
  hosts: ['youtube.com'],
  cookies: [],
  policyUrl: 'https://policies.google.com/',
  leavesUkEea: true,
};
const config: ConsentryConfig = { vendors: [youtube] };

beforeEach(stubResizeObserver);

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
  vi.unstubAllGlobals();
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

/** A fallback of the page's own: a button that allows the vendor. */
function Allow({ id }: { id: string }) {
  const api = useConsentry();
  return (
    <button type="button" onClick={() => api?.setConsent({ [id]: true })}>
      Show the video
    </button>
  );
}

/** Another tab allows marketing: it writes the shared cookie and tells the site's tabs, as tab sync does. */
async function grantMarketingInAnotherTab(seen: string) {
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
    seenVendors: [seen],
    signals: [],
  } as const;
  document.cookie = `consentry=${encodeRecord(other)}; path=/`;
  await act(async () => {
    const channel = new BroadcastChannel('consentry:consentry');
    channel.postMessage(0);
    channel.close();
  });
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
    await grantMarketingInAnotherTab('youtube');
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

describe('EmbedPlaceholder', () => {
  const VIDEO = 'https://www.youtube.com/embed/camera-review';
  const video = (
    <WhenAllowed id="youtube" fallback={<EmbedPlaceholder vendor="youtube" title="Camera review" width={560} height={315} />}>
      <iframe title="Camera review" width={560} height={315} src={VIDEO} />
    </WhenAllowed>
  );
  /** Every URL any iframe on the page holds, loaded or waiting. */
  const frameUrls = () =>
    [...document.querySelectorAll('iframe')].flatMap((f) => [f.getAttribute('src'), f.getAttribute('data-src')]).filter(Boolean);

  it("renders a held iframe of the vendor and the given size, the markup Consentry's placeholder covers", () => {
    render(<EmbedPlaceholder vendor="youtube" title="Camera review" width={560} height={315} />);
    const frame = document.querySelector('iframe')!;
    expect(frame.outerHTML).toBe(
      '<iframe title="Camera review" width="560" height="315" data-consentry="youtube" data-src="about:blank"></iframe>',
    );
    // Its wrapper takes no box of its own: the page lays the frame out as if it stood alone.
    expect((frame.parentElement as HTMLElement).style.display).toBe('contents');
  });

  it('keeps a title with quotes and markup in it as the title, and adds no element', () => {
    const title = '"><img src=x onerror=alert(1)> & <b>';
    render(<EmbedPlaceholder vendor={'youtube" onload="alert(1)'} title={title} />);
    const frame = document.querySelector('iframe')!;
    expect([frame.title, frame.getAttribute('data-consentry'), frame.getAttributeNames()]).toEqual([
      title,
      'youtube" onload="alert(1)',
      ['title', 'data-consentry', 'data-src'],
    ]);
    expect(document.querySelector('img, b')).toBeNull();
  });

  it("as WhenAllowed's fallback, puts the vendor's URL in the page only once the vendor is allowed, in one iframe", async () => {
    render(
      <ConsentryProvider start={start}>
        {video}
        <AcceptButton />
      </ConsentryProvider>,
    );
    await act(async () => {});
    expect(frameUrls()).toEqual(['about:blank']);
    await act(async () => screen.getByText('accept').click());
    expect(frameUrls()).toEqual([VIDEO]);
  });

  /** Server HTML of the video, changed as Consentry changes it before React runs, then hydrated. */
  async function hydrateAfter(change: (frame: HTMLIFrameElement) => void, allowed: boolean) {
    const app = (
      <ConsentryProvider>
        <main>
          {video}
          <p>after the video</p>
        </main>
      </ConsentryProvider>
    );
    const root = document.createElement('div');
    root.innerHTML = renderToString(app);
    document.body.appendChild(root);
    const api = start();
    if (allowed) api.acceptAll();
    (window as { Consentry?: ConsentryApi }).Consentry = api;
    change(root.querySelector('iframe')!);
    const untouched = root.querySelector('p');
    const error = vi.spyOn(console, 'error');
    const recoverable = vi.fn();
    let hydrated: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => void (hydrated = hydrateRoot(root, app, { onRecoverableError: recoverable })));
    const result = {
      errors: error.mock.calls,
      recoverable: recoverable.mock.calls,
      kept: root.querySelector('p') === untouched,
      urls: frameUrls(),
    };
    await act(async () => hydrated!.unmount());
    root.remove();
    return result;
  }

  it("hydrates with no mismatch and keeps the server's nodes when Consentry's box was drawn before hydration", async () => {
    // What the placeholder does: its host goes in just before the held iframe.
    const drawn = await hydrateAfter((frame) => frame.before(Object.assign(document.createElement('div'), { id: 'box' })), false);
    expect(drawn).toEqual({ errors: [], recoverable: [], kept: true, urls: ['about:blank'] });
  });

  it("hydrates with no mismatch when a returning shopper's consentry.js released it first, then shows the player", async () => {
    // What the gate does to a held frame whose vendor is allowed, before React runs.
    const released = await hydrateAfter((frame) => frame.setAttribute('src', 'about:blank'), true);
    expect(released).toEqual({ errors: [], recoverable: [], kept: true, urls: [VIDEO] });
  });
});

describe('WhenAllowed and focus', () => {
  const VIDEO = 'https://www.youtube.com/embed/camera-review';
  // Each test's video has a vendor id of its own, so a box an earlier test's instance drew could
  // never pass for this test's.
  let id = 'video';
  let n = 0;
  const startVideo = () => {
    const api = createConsentry({ vendors: [{ ...youtube, id, embed: 'video' }] });
    started.push(api);
    return api;
  };
  const held = () => <EmbedPlaceholder vendor={id} title="Camera review" width={560} height={315} />;

  // jsdom lays nothing out: the held frame gets the size a browser gives it, so Consentry draws its
  // box over it, as on a real page.
  beforeEach(() => {
    id = `video-${++n}`;
    vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(560);
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(315);
  });

  /** A button of the click-to-load box Consentry drew in `container`, inside the box's shadow root. */
  const boxButton = (container: HTMLElement, name: string) =>
    waitFor(
      () => {
        const button = [...container.querySelectorAll('[data-consentry-ui]')]
          .flatMap((host) => [...(host.shadowRoot?.querySelectorAll('button') ?? [])])
          .find((b) => b.textContent === name);
        if (!button) throw new Error(`no "${name}" button in a box yet`);
        return button;
        // The first box of a run waits for the UI chunk's modules to be transformed: seconds on a busy machine.
      },
      { timeout: 10_000 },
    );

  it('moves focus from "Load video" to the player that replaces the box', async () => {
    const { container } = render(
      <ConsentryProvider start={startVideo}>
        <WhenAllowed id={id} fallback={held()}>
          <iframe title="Camera review" width={560} height={315} src={VIDEO} />
        </WhenAllowed>
      </ConsentryProvider>,
    );
    const load = await boxButton(container, 'Load video');
    load.focus();
    await act(async () => load.click());
    const player = screen.getByTitle('Camera review');
    expect(player.getAttribute('src')).toBe(VIDEO);
    expect(document.activeElement).toBe(player);
  });

  it('moves focus to the first control of the children when they hold no iframe', async () => {
    const { container } = render(
      <ConsentryProvider start={startVideo}>
        <WhenAllowed id={id} fallback={held()}>
          <p>The review, as a video:</p>
          <a href="https://www.youtube.com/watch?v=camera-review">Watch on YouTube</a>
        </WhenAllowed>
      </ConsentryProvider>,
    );
    const load = await boxButton(container, 'Load video');
    load.focus();
    await act(async () => load.click());
    expect(document.activeElement).toBe(screen.getByText('Watch on YouTube'));
  });

  it("moves focus from a control of the page's own fallback to the children", async () => {
    render(
      <ConsentryProvider start={startVideo}>
        <WhenAllowed id={id} fallback={<Allow id={id} />}>
          <iframe title="Camera review" width={560} height={315} src={VIDEO} />
        </WhenAllowed>
      </ConsentryProvider>,
    );
    const allow = await screen.findByText('Show the video');
    allow.focus();
    await act(async () => allow.click());
    expect(document.activeElement).toBe(screen.getByTitle('Camera review'));
  });

  it('leaves focus on the control the shopper used when the vendor is allowed outside the box', async () => {
    const { container } = render(
      <ConsentryProvider start={startVideo}>
        <WhenAllowed id={id} fallback={held()}>
          <iframe title="Camera review" width={560} height={315} src={VIDEO} />
        </WhenAllowed>
        <AcceptButton />
      </ConsentryProvider>,
    );
    await boxButton(container, 'Load video');
    const accept = screen.getByText('accept');
    accept.focus();
    await act(async () => accept.click());
    expect(screen.getByTitle('Camera review').getAttribute('src')).toBe(VIDEO);
    expect(document.activeElement).toBe(accept);
  });

  it('leaves focus where the shopper put it after a fallback that held focus went before the vendor was allowed', async () => {
    const video = (fallback: ReactNode) => (
      <ConsentryProvider start={startVideo}>
        <input aria-label="Search the shop" />
        <WhenAllowed id={id} fallback={fallback}>
          <iframe title="Camera review" width={560} height={315} src={VIDEO} />
        </WhenAllowed>
        <AcceptButton />
      </ConsentryProvider>
    );
    const { rerender } = render(video(<Allow id={id} />));
    (await screen.findByText('Show the video')).focus();
    rerender(video(null));
    const search = screen.getByLabelText('Search the shop');
    search.focus();
    await act(async () => screen.getByText('accept').click());
    expect(screen.getByTitle('Camera review').getAttribute('src')).toBe(VIDEO);
    expect(document.activeElement).toBe(search);
  });

  it('leaves focus where it is when the shopper allows the vendor in another tab', async () => {
    const { container } = render(
      <ConsentryProvider start={startVideo}>
        <input aria-label="Search the shop" />
        <WhenAllowed id={id} fallback={held()}>
          <iframe title="Camera review" width={560} height={315} src={VIDEO} />
        </WhenAllowed>
      </ConsentryProvider>,
    );
    await boxButton(container, 'Load video');
    const search = screen.getByLabelText('Search the shop');
    search.focus();
    await grantMarketingInAnotherTab(id);
    await waitFor(() => expect(screen.getByTitle('Camera review').getAttribute('src')).toBe(VIDEO));
    expect(document.activeElement).toBe(search);
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
