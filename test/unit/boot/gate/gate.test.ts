// The gate wired into the core, in jsdom: where attributes land and when. What the network sees
// is proven in Chromium (test/browser/gate-*.test.ts); jsdom fetches nothing.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import Cookies from 'js-cookie';
import { createCore } from '../../../../src/boot/core';
import { gateModuleFeature } from '../../../../src/boot/gate';
import type { ConsentryApi } from '../../../../src/shared/types';
import { catalog } from '../../fixtures';

let c: ConsentryApi;
const HEAT = 'https://heat.example/h.js';

beforeAll(() => {
  // Patches are per window, once: one gate for this file, its decisions reset before each test.
  c = createCore({ vendors: ['stats', 'heatmap', 'ads'] }, { catalog, features: [gateModuleFeature], log: () => {} });
});
beforeEach(() => {
  c.reset();
  document.body.innerHTML = '';
  for (const name of Object.keys(Cookies.get())) Cookies.remove(name, { path: '/' });
});

describe('the gate in the DOM', () => {
  it('keeps a vendor URL off an element until the vendor is allowed, then sets it', async () => {
    const img = document.createElement('img');
    img.src = 'https://ads.example/p.gif';
    document.body.append(img);
    expect(img.hasAttribute('src')).toBe(false);
    c.setConsent({ ads: true });
    await vi.waitFor(() => expect(img.getAttribute('src')).toBe('https://ads.example/p.gif'));
  });

  it('leaves a URL no vendor claims on the element at once', () => {
    const img = document.createElement('img');
    img.setAttribute('src', 'https://cdn.shop.example/p.gif');
    expect(img.getAttribute('src')).toBe('https://cdn.shop.example/p.gif');
  });

  it('activates marked-up tags by category id, moving data-srcset to srcset', async () => {
    document.body.innerHTML = `<img data-consentry="analytics" data-srcset="https://stats.example/a.png 2x" alt="">`;
    const img = document.querySelector('img')!;
    await Promise.resolve();
    c.setConsent({ marketing: true });
    expect(img.hasAttribute('srcset')).toBe(false);
    c.setConsent({ analytics: true });
    await vi.waitFor(() => expect(img.getAttribute('srcset')).toBe('https://stats.example/a.png 2x'));
  });

  it('holds a vendor script in parsed markup by its type, keeping its src', () => {
    const frag = document.createRange().createContextualFragment(`<script src="${HEAT}"></script>`);
    const s = frag.querySelector('script')!;
    expect(s.getAttribute('src')).toBe(HEAT);
    expect(s.type).toBe('text/plain');
  });

  it('holds the copy of a held element, and sets the URL on both when allowed', async () => {
    const frame = document.createElement('iframe');
    frame.src = 'https://heat.example/f.html';
    const copy = frame.cloneNode() as HTMLIFrameElement;
    expect(copy.hasAttribute('src')).toBe(false);
    c.setConsent({ heatmap: true });
    await vi.waitFor(() => expect([frame.src, copy.src]).toEqual(['https://heat.example/f.html', 'https://heat.example/f.html']));
  });

  it('replaces innerHTML with held nodes only when they hold a vendor URL', () => {
    const box = document.createElement('div');
    box.innerHTML = '<p>Hello</p><iframe src="https://ads.example/f"></iframe>';
    expect(box.innerHTML).toBe('<p>Hello</p><iframe></iframe>');
    box.innerHTML = '<img src="/a.png">';
    expect(box.innerHTML).toBe('<img src="/a.png">');
  });
});
