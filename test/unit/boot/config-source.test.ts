import { afterEach, describe, expect, it } from 'vitest';
import { findConfig } from '../../../src/boot/config-source';
import { wording } from '../../../src/shared/messages';

const w = window as Window & { consentryConfig?: unknown };

afterEach(() => {
  document.head.innerHTML = '';
  delete w.consentryConfig;
});

function element(json: string) {
  const el = document.createElement('script');
  el.type = 'application/json';
  el.id = 'consentry-config';
  el.textContent = json;
  document.head.append(el);
}

describe('where the script tag finds its configuration', () => {
  it('reads the JSON element', () => {
    element('{"vendors":["hotjar"]}');
    expect(findConfig(document, window, () => {})).toEqual({ vendors: ['hotjar'] });
  });

  it('reads window.consentryConfig when there is no element', () => {
    w.consentryConfig = { revision: 2 };
    expect(findConfig(document, window, () => {})).toEqual({ revision: 2 });
  });

  it('takes the element and ignores window.consentryConfig when both exist: sources never merge', () => {
    element('{"revision":1}');
    w.consentryConfig = { revision: 2, vendors: ['hotjar'] };
    expect(findConfig(document, window, () => {})).toEqual({ revision: 1 });
  });

  it('reports JSON it cannot parse and falls back to the defaults', () => {
    element('{vendors: [hotjar]}');
    const problems: string[] = [];
    expect(findConfig(document, window, (...p) => problems.push(wording(p)))).toBeUndefined();
    expect(problems[0]).toMatch(/consentry-config.*not valid JSON/);
  });
});
