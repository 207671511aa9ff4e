// Reads a request body up to a limit. A body past the limit is not buffered: reading stops at
// the limit and the caller answers 413, so a huge or endless upload costs a few kilobytes.
import type { IncomingMessage } from 'node:http';

export type Body = { ok: true; text: string } | { ok: false; status: 400 | 408 | 413; problem: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** `timeoutMs`: the whole body must arrive within it, so a client trickling bytes cannot hold a socket open. */
export function readBody(req: IncomingMessage, maxBytes: number, timeoutMs: number): Promise<Body> {
  const tooLarge: Body = { ok: false, status: 413, problem: `a receipt is at most ${maxBytes} bytes` };
  const declared = Number(req.headers['content-length']);
  if (declared > maxBytes) return Promise.resolve(tooLarge);

  // A framework may have read the body already (express.json(), Fastify's parsers).
  if (req.readableEnded) {
    const pre = (req as { body?: unknown }).body;
    if (typeof pre === 'string' || Buffer.isBuffer(pre)) return Promise.resolve(decode(Buffer.from(pre), maxBytes, tooLarge));
    if (pre !== undefined && typeof pre === 'object') return Promise.resolve(decode(Buffer.from(JSON.stringify(pre)), maxBytes, tooLarge));
    return Promise.resolve({
      ok: false,
      status: 400,
      problem: 'the body was read before the receipt handler; mount it before body parsers',
    });
  }

  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const timer = setTimeout(() => {
      req.resume();
      done({ ok: false, status: 408, problem: `the body did not arrive within ${timeoutMs} ms` });
    }, timeoutMs);
    const done = (body: Body) => {
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      resolve(body);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        // Stop buffering; the rest of the upload is drained, not stored, until the socket closes.
        req.resume();
        done(tooLarge);
      } else chunks.push(chunk);
    };
    const onEnd = () => done(decode(Buffer.concat(chunks), maxBytes, tooLarge));
    req.on('data', onData);
    req.on('end', onEnd);
    // An aborted upload: nothing to answer, but the error must not become an uncaught exception.
    req.on('error', () => done({ ok: false, status: 400, problem: 'the upload was aborted' }));
  });
}

function decode(bytes: Buffer, maxBytes: number, tooLarge: Body): Body {
  if (bytes.length > maxBytes) return tooLarge;
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return { ok: false, status: 400, problem: 'the body is not UTF-8 text' };
  }
}
