// acquire(): one Consentry per window, counted. The last reference given back stops it; each
// handle gives its reference back once, however often destroy() is called on it.
import { describe, expect, it, vi } from 'vitest';
import { acquire } from '../../../src/boot/instance';
import type { Core } from '../../../src/boot/core';
import type { ConsentryApi } from '../../../src/shared/types';

const fakeWindow = () => ({}) as Window;

function fakeCore(): Core & { stop: ReturnType<typeof vi.fn> } {
  const api = { isAllowed: vi.fn(() => false), acceptAll: vi.fn() } as unknown as ConsentryApi;
  return { api, stop: vi.fn() };
}

describe('acquire', () => {
  it('starts the instance on the first acquire only, and hands later callers the same one', () => {
    const win = fakeWindow();
    const core = fakeCore();
    const start = vi.fn(() => core);
    const a = acquire(win, start);
    const b = acquire(win, () => fakeCore());
    expect(start).toHaveBeenCalledTimes(1);
    expect(b.isAllowed).toBe(a.isAllowed);
    expect(a.acceptAll).toBe(core.api.acceptAll);
  });

  it('keeps running while another reference is held', () => {
    const win = fakeWindow();
    const core = fakeCore();
    const a = acquire(win, () => core);
    acquire(win, () => fakeCore());
    a.destroy();
    expect(core.stop).not.toHaveBeenCalled();
  });

  it('stops once, when the last reference is given back', () => {
    const win = fakeWindow();
    const core = fakeCore();
    const a = acquire(win, () => core);
    const b = acquire(win, () => fakeCore());
    const c = acquire(win, () => fakeCore());
    a.destroy();
    c.destroy();
    expect(core.stop).not.toHaveBeenCalled();
    b.destroy();
    expect(core.stop).toHaveBeenCalledTimes(1);
  });

  it('gives a handle back only once, however often destroy() is called on it', () => {
    const win = fakeWindow();
    const core = fakeCore();
    const a = acquire(win, () => core);
    const b = acquire(win, () => fakeCore());
    a.destroy();
    a.destroy();
    a.destroy();
    expect(core.stop).not.toHaveBeenCalled();
    b.destroy();
    b.destroy();
    expect(core.stop).toHaveBeenCalledTimes(1);
  });

  it('a destroy() on a handle from before a stop does not touch the instance started after it', () => {
    const win = fakeWindow();
    const first = fakeCore();
    const a = acquire(win, () => first);
    a.destroy();
    const second = fakeCore();
    const b = acquire(win, () => second);
    const c = acquire(win, () => fakeCore());
    a.destroy();
    c.destroy();
    expect(second.stop).not.toHaveBeenCalled();
    b.destroy();
    expect(second.stop).toHaveBeenCalledTimes(1);
    expect(first.stop).toHaveBeenCalledTimes(1);
  });

  it('starts a new instance after the last one stopped', () => {
    const win = fakeWindow();
    const start = vi.fn(() => fakeCore());
    acquire(win, start).destroy();
    acquire(win, start);
    expect(start).toHaveBeenCalledTimes(2);
  });

  it('a permanent reference (the script tag) has no destroy() and is never given back', () => {
    const win = fakeWindow();
    const core = fakeCore();
    const tag = acquire(win, () => core, true);
    expect('destroy' in tag).toBe(false);
    expect(tag).toBe(core.api);
    const bundle = acquire(win, () => fakeCore());
    bundle.destroy();
    expect(core.stop).not.toHaveBeenCalled();
  });

  it('the script tag shares an instance a bundle started, which then outlives the bundle', () => {
    const win = fakeWindow();
    const core = fakeCore();
    const bundle = acquire(win, () => core);
    const start = vi.fn(() => fakeCore());
    const tag = acquire(win, start, true);
    expect(start).not.toHaveBeenCalled();
    expect(tag).toBe(core.api);
    bundle.destroy();
    expect(core.stop).not.toHaveBeenCalled();
  });

  it('keeps the count on the window under a registered symbol, so separate copies of the code share it', () => {
    const win = fakeWindow();
    const core = fakeCore();
    acquire(win, () => core);
    expect(Object.getOwnPropertySymbols(win)).toEqual([Symbol.for('consentry.running')]);
  });

  it('keeps one instance per window', () => {
    const start = vi.fn(() => fakeCore());
    const a = acquire(fakeWindow(), start);
    const b = acquire(fakeWindow(), start);
    expect(start).toHaveBeenCalledTimes(2);
    a.destroy();
    expect(start.mock.results[1]!.value.stop).not.toHaveBeenCalled();
    b.destroy();
  });

  it('a start that throws leaves no instance behind, so the next acquire starts again', () => {
    const win = fakeWindow();
    expect(() =>
      acquire(win, () => {
        throw new Error('broken config');
      }),
    ).toThrow('broken config');
    const start = vi.fn(() => fakeCore());
    acquire(win, start);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it("leaves nothing on the window that could end the script tag's instance, nor lets its entry be removed", () => {
    const win = fakeWindow();
    const core = fakeCore();
    acquire(win, () => core, true);
    const holder = win as unknown as Record<symbol, Record<string, unknown>>;
    const entry = holder[Symbol.for('consentry.running')]!;
    // What a hostile page script would try: every function it finds there, then removing the entry.
    for (const value of Object.values(entry)) if (typeof value === 'function') value();
    expect(() => delete holder[Symbol.for('consentry.running')]).toThrow(TypeError);
    expect(holder[Symbol.for('consentry.running')]).toBe(entry);
    expect(core.stop).not.toHaveBeenCalled();
  });

  it("puts no teardown on the window for a bundle's instance either: only its own destroy() ends it", () => {
    const win = fakeWindow();
    const core = fakeCore();
    const bundle = acquire(win, () => core);
    const entry = (win as unknown as Record<symbol, Record<string, unknown>>)[Symbol.for('consentry.running')]!;
    for (const value of Object.values(entry)) if (typeof value === 'function') value();
    expect(core.stop).not.toHaveBeenCalled();
    bundle.destroy();
    expect(core.stop).toHaveBeenCalledTimes(1);
  });

  it('never ends an instance another copy of Consentry started: after the last destroy() here it runs on', () => {
    const win = fakeWindow();
    const other = { api: fakeCore().api, refs: 1 };
    Object.defineProperty(win, Symbol.for('consentry.running'), { value: other, configurable: true });
    const here = acquire(win, () => fakeCore());
    expect(here.isAllowed).toBe(other.api.isAllowed);
    other.refs--;
    here.destroy();
    expect((win as unknown as Record<symbol, unknown>)[Symbol.for('consentry.running')]).toBe(other);
  });
});
