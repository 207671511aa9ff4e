// The site's other tabs hear of a choice at once, and a tab that missed it (hidden, or restored
// from the back/forward cache) reads the cookie again when it is shown.
import type { Feature } from './context';

export const tabSyncFeature: Feature = (ctx) => {
  const { win, doc, reread } = ctx;
  const topic = `consentry:${ctx.config.cookie.name}`;
  const onShow = (e: Event) => (e as PageTransitionEvent).persisted && reread();
  const onVisible = () => doc.visibilityState === 'visible' && reread();
  // Read again a moment later too: the news can outrun the cookie change it announces (Chromium
  // may still answer this tab's document.cookie from its cache), and a tab that read the old
  // record would keep a withdrawn vendor allowed until its next page view.
  let second = 0;
  const hear = () => {
    reread();
    second = win.setTimeout(reread, 99);
  };
  const onStorage = (e: StorageEvent) => e.key === topic && hear();
  win.addEventListener('pageshow', onShow);
  doc.addEventListener('visibilitychange', onVisible);
  let channel: BroadcastChannel | null = null;
  try {
    channel = new win.BroadcastChannel(topic);
    channel.onmessage = hear;
  } catch {
    // No BroadcastChannel (Safari before 15.4, some sandboxes): a localStorage write raises the
    // storage event in the site's other tabs instead.
    win.addEventListener('storage', onStorage);
  }
  const stop = ctx.onStored(() => {
    if (channel) return channel.postMessage(0);
    try {
      // Set and removed at once: the event reaches the other tabs and nothing stays behind.
      win.localStorage.setItem(topic, '1');
      win.localStorage.removeItem(topic);
    } catch {
      // No storage either: the other tabs catch up when they are next shown.
    }
  });
  return () => {
    stop();
    win.clearTimeout(second);
    channel?.close();
    win.removeEventListener('pageshow', onShow);
    win.removeEventListener('storage', onStorage);
    doc.removeEventListener('visibilitychange', onVisible);
  };
};
