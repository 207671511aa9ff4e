// What the Node side of the audit knows of the functions it runs inside the audited page: their
// signatures, in types without the DOM, and no code (the bundle and the tests load in-page.ts).
// src/cli/tsconfig.json resolves `./in-page` here (its moduleSuffixes), so the CLI's own code is
// checked with Node's globals only; the bodies, which use the page's globals, are checked under
// tsconfig.page.json, where in-page.ts is typed by this file (a signature that drifts fails there).
import type { SeenStores, StaticTag } from './findings';

/** The page's (or one frame's) localStorage and sessionStorage keys and IndexedDB databases. */
export declare function readStores(): Promise<SeenStores>;
/** Whether `window.Consentry` is there: whether the page runs Consentry at all. */
export declare function hasConsentry(): boolean;
/** Makes the visitor's choice through the page's own API. */
export declare function choose(method: 'acceptAll' | 'rejectAll'): void;
/** The served HTML as the browser's own parser reads it, with the configuration it carries. */
export declare function readServed(source: string): { tags: StaticTag[]; links: string[]; config: unknown };
