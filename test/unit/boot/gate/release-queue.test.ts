import { beforeEach, describe, expect, it } from 'vitest';
import { releaseQueue, type ReleaseQueue } from '../../../../src/boot/gate/release-queue';

/** A window whose frames, timers and clock the test advances by hand. */
function fakeWindow() {
  let now = 0;
  let frames: Array<() => void> = [];
  let timers = new Map<number, () => void>();
  let next = 1;
  const win = {
    performance: { now: () => now },
    requestAnimationFrame: (fn: () => void) => void frames.push(fn),
    setTimeout: (fn: () => void) => {
      timers.set(next, fn);
      return next++;
    },
    clearTimeout: (id: number) => void timers.delete(id),
  } as unknown as Window;
  return {
    win,
    advance: (ms: number) => void (now += ms),
    paint: () => {
      const f = frames;
      frames = [];
      f.forEach((fn) => fn());
    },
    tick: () => {
      const t = timers;
      timers = new Map();
      t.forEach((fn) => fn());
    },
  };
}

let allowed: Set<string>;
let ran: string[];
let fake: ReturnType<typeof fakeWindow>;
let queue: ReleaseQueue;
const entry = (id: string, name = id, inline = false) => ({ id, inline, go: () => void ran.push(name) });
const afterPaint = () => {
  fake.paint();
  fake.tick();
};

beforeEach(() => {
  allowed = new Set();
  ran = [];
  fake = fakeWindow();
  queue = releaseQueue(fake.win, (id) => allowed.has(id));
});

describe('the release queue', () => {
  it('runs nothing while its id is not allowed', () => {
    queue.hold(entry('heat'));
    queue.release();
    afterPaint();
    expect(ran).toEqual([]);
  });

  it('releases after the next paint, not during the choice', () => {
    queue.hold(entry('heat'));
    allowed.add('heat');
    queue.release();
    expect(ran).toEqual([]);
    afterPaint();
    expect(ran).toEqual(['heat']);
  });

  it('releases in the order the tags were held', () => {
    for (const name of ['a', 'b', 'c']) queue.hold(entry('heat', name));
    allowed.add('heat');
    queue.release();
    afterPaint();
    expect(ran).toEqual(['a', 'b', 'c']);
  });

  it('runs each tag once, however often consent is given', () => {
    queue.hold(entry('heat'));
    allowed.add('heat');
    queue.release();
    queue.release();
    afterPaint();
    queue.release();
    afterPaint();
    expect(ran).toEqual(['heat']);
  });

  it('keeps tags of vendors still refused for a later choice', () => {
    queue.hold(entry('heat'));
    queue.hold(entry('ads'));
    allowed.add('heat');
    queue.release();
    afterPaint();
    allowed.add('ads');
    queue.release();
    afterPaint();
    expect(ran).toEqual(['heat', 'ads']);
  });

  it('releases a tag held while its vendor is already allowed', () => {
    allowed.add('heat');
    queue.hold(entry('heat'));
    afterPaint();
    expect(ran).toEqual(['heat']);
  });

  it('holds an inline script back until the library before it has loaded', () => {
    const lib = new EventTarget() as HTMLScriptElement;
    queue.hold({
      id: 'heat',
      go: () => {
        ran.push('lib');
        queue.loading(lib);
      },
    });
    queue.hold(entry('heat', 'inline', true));
    queue.hold(entry('heat', 'after'));
    allowed.add('heat');
    queue.release();
    afterPaint();
    expect(ran).toEqual(['lib']);
    lib.dispatchEvent(new Event('load'));
    expect(ran).toEqual(['lib', 'inline', 'after']);
  });

  it('lets the inline script run when the library fails to load, as the parser does', () => {
    const lib = new EventTarget() as HTMLScriptElement;
    queue.hold({
      id: 'heat',
      go: () => {
        ran.push('lib');
        queue.loading(lib);
      },
    });
    queue.hold(entry('heat', 'inline', true));
    allowed.add('heat');
    queue.release();
    afterPaint();
    lib.dispatchEvent(new Event('error'));
    expect(ran).toEqual(['lib', 'inline']);
  });

  it('splits a long release into short tasks', () => {
    for (let i = 0; i < 5; i++)
      queue.hold({
        id: 'heat',
        go: () => {
          ran.push(String(i));
          fake.advance(5);
        },
      });
    allowed.add('heat');
    queue.release();
    afterPaint();
    expect(ran).toEqual(['0', '1']);
    fake.tick();
    expect(ran).toEqual(['0', '1', '2', '3']);
    fake.tick();
    expect(ran).toHaveLength(5);
  });
});
