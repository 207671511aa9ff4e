// The audit reads each iframe's storage inside it (an embed writes on its own origin, which the
// page cannot see), gives it to the vendor whose URL the iframe is, and judges it by the
// vendor's choice and its catalog frameStorage.
import { describe, expect, it } from 'vitest';
import { judge, type PageRecord, type PassName, type PassRecord } from '../../../src/cli/findings';
import { resolveConfig } from '../../../src/shared/config';
import { youtube } from '../../../vendors';
import { pass } from './passes';

const config = resolveConfig({ vendors: [youtube] }, {}, () => {});
const PAGE = 'https://shop.example/product';
const EMBED = 'https://www.youtube-nocookie.com/embed/abc123';

const framesIn = (name: PassName, frames: PassRecord['frames']): PassRecord => pass(name, { frames });
const run = (...passes: PassRecord[]) => {
  const page: PageRecord = { url: PAGE, consentry: true, tags: [], passes };
  return judge([page], config).filter((f) => f.storage);
};

describe("the audit and an embed's storage on its own origin", () => {
  it('reports what an embed wrote in its iframe before it was allowed as a leak, naming the iframe host', () => {
    const found = run(framesIn('before-choice', [{ url: EMBED, local: ['yt-remote-device-id'], session: [], indexedDB: ['YtIdbMeta'] }]));
    expect(found).toEqual([
      {
        kind: 'leak',
        page: PAGE,
        pass: 'before-choice',
        vendor: 'youtube',
        storage: 'local:yt-remote-device-id (www.youtube-nocookie.com)',
      },
      { kind: 'leak', page: PAGE, pass: 'before-choice', vendor: 'youtube', storage: 'indexedDB:YtIdbMeta (www.youtube-nocookie.com)' },
    ]);
  });

  it('accepts after "Accept all" what YouTube’s frameStorage declares, prefixes included', () => {
    const found = run(
      framesIn('after-accept', [
        {
          url: EMBED,
          local: ['yt-remote-device-id', 'yt-player-bandwidth', 'ytidb::LAST_RESULT_ENTRY_KEY'],
          session: ['yt-remote-session-app'],
          indexedDB: ['YtIdbMeta', 'LogsDatabaseV2:a1b2c3||'],
        },
      ]),
    );
    expect(found).toEqual([]);
  });

  it('reports a key the allowed embed wrote that its frameStorage does not declare, and one in the wrong store', () => {
    const found = run(framesIn('after-accept', [{ url: EMBED, local: ['yt-new-key', 'YtIdbMeta'], session: [], indexedDB: [] }]));
    expect(found.map((f) => [f.kind, f.vendor, f.storage])).toEqual([
      ['undeclared-cookie', 'youtube', 'local:yt-new-key (www.youtube-nocookie.com)'],
      ['undeclared-cookie', 'youtube', 'local:YtIdbMeta (www.youtube-nocookie.com)'],
    ]);
  });

  it('leaves alone the storage of an iframe no vendor claims', () => {
    expect(
      run(framesIn('before-choice', [{ url: 'https://widgets.shop.example/size-guide', local: ['seen'], session: [], indexedDB: [] }])),
    ).toEqual([]);
  });
});
