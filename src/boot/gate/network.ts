// Network calls a vendor script makes itself. They are not replayed on consent (the script
// that made them will run again after the page is allowed); they fail as an offline network
// would, so vendor code takes its own error path instead of breaking the page.
import type { Gate } from './gate';

type Win = Window & typeof globalThis;

/** A socket that never opened: the shape vendor code reads, then `error` (and, for a WebSocket, `close`). */
function deadSocket(win: Win, C: { prototype: object }, url: string, ws: boolean): EventTarget {
  const s = Object.setPrototypeOf(new win.EventTarget(), C.prototype) as EventTarget & Record<string, unknown>;
  // Own properties shadow the prototype's accessors, which would throw on an object the browser did not make.
  const own: Record<string, unknown> = { readyState: ws ? 3 : 2, url, bufferedAmount: 0, binaryType: 'blob', send() {}, close() {}, onopen: null, onmessage: null, onerror: null, onclose: null };
  for (const k in own) Object.defineProperty(s, k, { value: own[k], writable: true });
  const fire = (e: Event) => {
    s.dispatchEvent(e);
    (s['on' + e.type] as ((e: Event) => void) | null)?.call(s, e);
  };
  win.setTimeout(() => {
    fire(new win.Event('error'));
    if (ws) fire(new win.CloseEvent('close', { code: 1006 }));
  });
  return s;
}

export function guardNetwork(win: Win, gate: Gate): void {
  const held = (url: unknown, api: string) => {
    const v = gate.blocked(String(url));
    if (v) gate.debug('blocked', v.id, `${api} ${url}`);
    return !!v;
  };

  // Environments without an API (jsdom has no sendBeacon) must not gain a broken one: wrap skips them.
  gate.wrap(win, 'fetch', (fetch) =>
    function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
      return held(input instanceof win.Request ? input.url : input, 'fetch')
        ? Promise.reject(new TypeError('Failed to fetch'))
        : fetch.call(this === undefined ? win : this, input, init);
    },
  );
  gate.wrap(win.Navigator.prototype, 'sendBeacon', (sendBeacon) =>
    function (this: Navigator, url: string, data?: BodyInit | null) {
      return !held(url, 'sendBeacon') && sendBeacon.call(this, url, data);
    },
  );

  const X = win.XMLHttpRequest.prototype;
  const dead = new WeakSet<XMLHttpRequest>();
  gate.wrap(X, 'open', (open) =>
    function (this: XMLHttpRequest, ...args: unknown[]) {
      delete (this as { readyState?: number }).readyState;
      if (held(args[1], 'XMLHttpRequest')) dead.add(this);
      else dead.delete(this);
      return open.apply(this, args);
    },
  );
  gate.wrap(X, 'send', (send) =>
    function (this: XMLHttpRequest, body?: unknown) {
      if (!dead.has(this)) return send.call(this, body);
      win.setTimeout(() => {
        Object.defineProperty(this, 'readyState', { value: 4, configurable: true });
        for (const type of ['readystatechange', 'error', 'loadend']) this.dispatchEvent(new win.ProgressEvent(type));
      });
    },
  );

  for (const name of ['WebSocket', 'EventSource'] as const)
    gate.wrap(win, name, (C) =>
      new Proxy(C, {
        construct: (target, args: unknown[], newTarget) =>
          held(args[0], name)
            ? deadSocket(win, C, String(args[0]), name === 'WebSocket')
            : Reflect.construct(target, args, newTarget === win[name] ? target : newTarget),
      }),
    );
}
