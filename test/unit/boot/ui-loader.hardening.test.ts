// The loader's answers to a hostile network and a strict page: a UI chunk that never answers
// gives way to the plain fallback in bounded time, and under Trusted Types the chunk's URL goes
// through a policy that vouches for that URL alone.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Feature } from '../../../src/boot/context';
import { createCore } from '../../../src/boot/core';
import { UI_READY_EVENT, UI_TIMEOUT_MS } from '../../../src/boot/ui-handle';
import { uiFeature } from '../../../src/boot/ui-loader';

const stops: Array<() => void> = [];
const tracked: Feature = (ctx) => void stops.push(uiFeature(ctx) ?? (() => {}));

/** What the cores of a test wrote through `CoreOptions.log` (the console in production). */
const logged: string[] = [];
function start(): void {
  const script = document.createElement('script');
  script.src = 'https://cdn.shop.example/consentry/consentry.js';
  createCore({}, { features: [tracked], script, log: (m) => logged.push(m) });
}
const hosts = () => document.querySelectorAll('[data-consentry-ui]');
const buttons = () =>
  Array.from(hosts()[0]?.shadowRoot?.querySelectorAll('button') ?? [])
    .filter((b) => !b.closest('[hidden]'))
    .map((b) => b.textContent);
const chunk = () => document.querySelector<HTMLScriptElement>('script[src*="consentry-ui"]')!;

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  stops.splice(0).forEach((s) => s());
  logged.length = 0;
  delete (window as { trustedTypes?: unknown }).trustedTypes;
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  document.cookie = 'consentry=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});

describe('a UI chunk that never answers', () => {
  it('gives way to the plain fallback with the three buttons once the wait is over', async () => {
    start();
    await vi.advanceTimersByTimeAsync(UI_TIMEOUT_MS - 1);
    expect(hosts().length).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(buttons()).toEqual(['Accept all', 'Reject all', 'Manage preferences']);
    expect(logged).toContainEqual(
      expect.stringMatching(
        /^Consentry: the consent UI could not start \(https:\/\/cdn\.shop\.example\/consentry\/consentry-ui\.js did not arrive within 5 s\)/,
      ),
    );
  });

  it('does not put up a second banner when the chunk turns up after all', async () => {
    start();
    await vi.advanceTimersByTimeAsync(UI_TIMEOUT_MS);
    const late = vi.fn(() => ({ showBanner: late, showPreferences: late, fillCookieTables: late }));
    chunk().dispatchEvent(new CustomEvent(UI_READY_EVENT, { detail: late }));
    chunk().dispatchEvent(new Event('load'));
    await vi.advanceTimersByTimeAsync(0);
    expect(late).not.toHaveBeenCalled();
    expect(hosts().length).toBe(1);
  });

  it('leaves a chunk that arrives in time alone: no fallback later', async () => {
    start();
    const mounted = vi.fn(() => ({
      showBanner: () => {},
      showPreferences: () => {},
      fillCookieTables: () => {},
      placeholders: () => {},
      stop: () => {},
    }));
    chunk().dispatchEvent(new CustomEvent(UI_READY_EVENT, { detail: mounted }));
    chunk().dispatchEvent(new Event('load'));
    await vi.advanceTimersByTimeAsync(UI_TIMEOUT_MS * 2);
    expect(mounted).toHaveBeenCalledOnce();
    expect(hosts().length).toBe(0);
  });
});

describe('under Trusted Types', () => {
  it('sets the chunk src through a policy named "consentry" that vouches for that URL only', () => {
    const policies: Array<{ name: string; createScriptURL(u: string): string }> = [];
    (window as { trustedTypes?: unknown }).trustedTypes = {
      createPolicy: (name: string, rules: { createScriptURL(u: string): string }) => {
        policies.push({ name, ...rules });
        return { createScriptURL: (u: string) => ({ toString: () => rules.createScriptURL(u) }) };
      },
    };
    start();
    expect(policies.map((p) => p.name)).toEqual(['consentry']);
    expect(chunk().src).toBe('https://cdn.shop.example/consentry/consentry-ui.js');
    expect(policies[0]!.createScriptURL('https://evil.example/x.js')).toBe('');
  });
});
