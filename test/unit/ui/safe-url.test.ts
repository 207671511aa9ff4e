import { describe, expect, it } from 'vitest';
import { safeUrl } from '../../../src/ui/safe-url';

const base = 'https://shop.example/basket';

describe('safeUrl', () => {
  it('keeps https and http URLs', () => {
    expect(safeUrl('https://shop.example/cookies', base)).toBe('https://shop.example/cookies');
    expect(safeUrl('http://shop.example/cookies', base)).toBe('http://shop.example/cookies');
  });
  it('resolves relative URLs against the page', () => expect(safeUrl('/cookies', base)).toBe('https://shop.example/cookies'));
  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
  ])('drops %j', (url) => expect(safeUrl(url, base)).toBeNull());
  it('drops a missing URL', () => expect(safeUrl(null, base)).toBeNull());
});
