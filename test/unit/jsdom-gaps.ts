// What a browser has and jsdom lacks, for specs that run Consentry's UI.
import { vi } from 'vitest';

/**
 * A ResizeObserver that watches nothing: without one the placeholders fail to start, and say so on
 * the console in whichever test is running by then. Undone by `vi.unstubAllGlobals()`.
 */
export const stubResizeObserver = (): void =>
  void vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
