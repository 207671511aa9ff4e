// Network calls a vendor script makes itself. They are not replayed on consent (the script
// that made them will run again after the page is allowed); they fail as an offline network
// would, so vendor code takes its own error path instead of breaking the page.
import type { Gate } from './gate';

type Win = Window & typeof globalThis;

/**
 * A connection that never opened: the shape vendor code reads, then `error` (and, for a WebSocket,
 * `close`); a WebTransport's promises reject, as when its server cannot be reached.
 */
function deadSocket(win: Win, C: { prototype: object }, url: string, ws: boolean): EventTarget {
  const s = Object.setPrototypeOf(new win.EventTarget(), C.prototype) as EventTarget & Record<string, unknown>;
  const failed = Promise.reject(new win.DOMException('Opening handshake failed.', 'NetworkError'));
  // Handled here: a real transport that cannot connect adds no unhandled rejection either.
  failed.catch(() => {});
  // Own properties shadow the prototype's accessors, which would throw on an object the browser did not make.
  const own: Record<string, unknown> = {
    readyState: ws ? 3 : 2,
    url,
    bufferedAmount: 0,
    binaryType: 'blob',
    send() {},
    close() {},
    onopen: null,
    onmessage: null,
    onerror: null,
    onclose: null,
    ready: failed,
    closed: failed,
  };
  for (const k in own) Object.defineProperty(s, k, { value: own[k], writable: true });
  const fire = (e: Event) => {
    s.dispatchEvent(e);
    (s[`on${e.type}`] as ((e: Event) => void) | null)?.call(s, e);
  };
  win.setTimeout(() => {
    fire(new win.Event('error'));
    if (ws) fire(new win.CloseEvent('close', { code: 1006 }));
  });
  return s;
}

export function guardNetwork(win: Win, gate: Gate): void {
  // Each URL is turned into a string once, and that string is both checked and passed on: a
  // value whose toString() answers differently the second time cannot pass one and send another.
  // A relative URL resolves against this window's document, as the call does.
  const held = (url: string, api: string, base = win.document.baseURI) => !!gate.blocked(url, base, api);

  // A Request's URL as the platform reads it: a subclass's own `url` getter, or a Request made
  // in another frame's realm (which fails `instanceof`), cannot hide it. Anything else is passed
  // on as the one string that was checked.
  const url = win.Request && Object.getOwnPropertyDescriptor(win.Request.prototype, 'url')!.get!;
  const input = (x: unknown): [unknown, string] => {
    try {
      return [x, url!.call(x)];
    } catch {
      const s = String(x);
      return [s, s];
    }
  };
  const offline = () => Promise.reject(new TypeError('Failed to fetch'));

  // Environments without an API (jsdom has no sendBeacon) must not gain a broken one: wrap skips them.
  gate.wrap(
    win,
    'fetch',
    (fetch) =>
      function (this: unknown, x: unknown, init?: RequestInit) {
        const [i, u] = input(x);
        return held(u, 'fetch') ? offline() : fetch.call(this === undefined ? win : this, i, init);
      },
  );
  // A cache's add() and addAll() fetch what they are given (caches exist on secure pages only).
  for (const name of ['add', 'addAll'])
    if (win.Cache)
      gate.wrap(
        win.Cache.prototype,
        name,
        (orig) =>
          function (this: Cache, r: unknown) {
            const list = (name === 'add' ? [r] : [...(r as Iterable<unknown>)]).map(input);
            return list.some(([, u]) => held(u, name)) ? offline() : orig.call(this, name === 'add' ? list[0]![0] : list.map(([i]) => i));
          },
      );
  gate.wrap(
    win.Navigator.prototype,
    'sendBeacon',
    (sendBeacon) =>
      function (this: Navigator, url: unknown, data?: BodyInit | null) {
        return !held((url = String(url)), 'sendBeacon') && sendBeacon.call(this, url, data);
      },
  );

  const X = win.XMLHttpRequest.prototype;
  const dead = new WeakSet<XMLHttpRequest>();
  gate.wrap(
    X,
    'open',
    (open) =>
      function (this: XMLHttpRequest, ...args: unknown[]) {
        delete (this as { readyState?: number }).readyState;
        if (held((args[1] = String(args[1])), 'XMLHttpRequest')) dead.add(this);
        else dead.delete(this);
        return open.apply(this, args);
      },
  );
  gate.wrap(
    X,
    'send',
    (send) =>
      function (this: XMLHttpRequest, body?: unknown) {
        if (!dead.has(this)) return send.call(this, body);
        win.setTimeout(() => {
          Object.defineProperty(this, 'readyState', { value: 4, configurable: true });
          for (const type of ['readystatechange', 'error', 'loadend']) this.dispatchEvent(new win.ProgressEvent(type));
        });
      },
  );

  for (const name of ['WebSocket', 'EventSource', 'WebTransport'] as const)
    gate.wrap(
      win,
      name,
      (C) =>
        new Proxy(C, {
          construct: (target, args: unknown[], newTarget) =>
            held((args[0] = String(args[0])), name)
              ? deadSocket(win, C, args[0] as string, name === 'WebSocket')
              : Reflect.construct(target, args, newTarget === win[name] ? target : newTarget),
        }),
    );
  // A payment method named by URL makes the browser fetch its manifest (on canMakePayment(),
  // show()...): a held vendor's method is left out of the request. With none left, the request
  // has a method no browser supports, so it fails as for a method that is not installed. The
  // methods are copied once, so what is checked is what the browser reads; a method name such
  // as 'secure-payment-confirmation' is not a URL and never resolves against the page.
  gate.wrap(
    win,
    'PaymentRequest',
    (C) =>
      new Proxy(C, {
        construct: (target, [methods, ...rest]: unknown[], newTarget) => {
          const kept = [...(methods as Iterable<PaymentMethodData>)]
            .map((m) => ({ ...m, supportedMethods: String(m?.supportedMethods) }))
            .filter((m) => !held(m.supportedMethods, 'PaymentRequest', 'x:'));
          return Reflect.construct(
            target,
            [kept.length ? kept : [{ supportedMethods: 'consentry-held' }], ...rest],
            newTarget === win.PaymentRequest ? target : newTarget,
          );
        },
      }),
  );
}
