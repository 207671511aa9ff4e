/** @jsxImportSource react */
// @vitest-environment node
// consentry/react on the server: importing and rendering touch no window (this file has none),
// and the HTML holds only the fallbacks. Hydration is in react.test.tsx, which has a DOM.
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConsentryProvider, WhenAllowed } from '../../../src/react';

const app = (
  <ConsentryProvider>
    <main>
      <WhenAllowed id="youtube" fallback={<p>video held</p>}>
        <p>video player</p>
      </WhenAllowed>
    </main>
  </ConsentryProvider>
);

afterEach(() => vi.restoreAllMocks());

describe('server rendering', () => {
  it('renders the fallback with no window, and no error', () => {
    const error = vi.spyOn(console, 'error');
    expect(typeof window).toBe('undefined');
    // The fallback's span lays nothing out; WhenAllowed knows by it whether focus was in the fallback.
    expect(renderToString(app)).toBe('<main><span style="display:contents"><p>video held</p></span></main>');
    expect(error).not.toHaveBeenCalled();
  });
});
