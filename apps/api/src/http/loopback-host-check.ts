import type { RequestHandler } from 'express';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The host name of a Host header (`localhost:4000` -> `localhost`, `[::1]:4000` -> `[::1]`), lowercased. */
export function hostName(header: string | undefined): string | null {
  if (!header) return null;
  const m = /^(\[[0-9a-fA-F:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(header.trim());
  return m ? m[1]!.toLowerCase() : null;
}

export function isLoopbackHost(header: string | undefined): boolean {
  const name = hostName(header);
  return name !== null && LOOPBACK_NAMES.has(name);
}

/**
 * `npm run dev` only (DNS-rebinding defence): a request whose Host header is not localhost, 127.0.0.1
 * or [::1] (any port: the web's Vite dev server proxies from 5173) is refused with 421 before anything
 * else runs. A page on another site that rebinds its name to 127.0.0.1 still sends its own name as Host.
 */
export function loopbackHostCheck(): RequestHandler {
  return (req, res, next) => {
    if (isLoopbackHost(req.headers.host)) return next();
    res.status(421).json({
      errors: [{ message: 'Development server: only requests to localhost, 127.0.0.1 or [::1] are answered (Host header refused)', extensions: { code: 'MISDIRECTED_REQUEST' } }],
    });
  };
}
