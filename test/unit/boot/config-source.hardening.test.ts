// Where the script-tag build looks for its configuration is page state anyone can break: a
// getter on window.consentryConfig that throws must not keep Consentry from starting.
import { afterEach, describe, expect, it } from 'vitest';
import { findConfig } from '../../../src/boot/config-source';
import { wording } from '../../../src/shared/messages';

afterEach(() => void delete (window as { consentryConfig?: unknown }).consentryConfig);

describe('finding the configuration', () => {
  it('reports, and starts on safe defaults, when window.consentryConfig throws on read', () => {
    Object.defineProperty(window, 'consentryConfig', {
      configurable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    const problems: string[] = [];
    expect(findConfig(document, window, (...p) => problems.push(wording(p)))).toBeUndefined();
    expect(problems).toEqual([expect.stringMatching(/^window\.consentryConfig .*boom/)]);
  });
});
