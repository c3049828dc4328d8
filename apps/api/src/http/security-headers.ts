import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The Content-Security-Policy of the built web app (React, antd, echarts; served at `/`): its own scripts
 * only, no inline script, no framing, API calls to this origin. antd and echarts write `style` attributes
 * and `<style>` elements at run time, and index.html carries one inline `<style>`, hence
 * `style-src 'unsafe-inline'` (styles cannot run code). Canvas exports use data: and blob: images.
 */
export const WEB_APP_CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
};

/**
 * Security headers on every response (helmet): the CSP above, `X-Content-Type-Options: nosniff`,
 * `Referrer-Policy: no-referrer`, `X-Frame-Options: DENY` with `frame-ancestors 'none'`, no
 * cross-origin embedding of our resources. HSTS is left to the TLS proxy in front (the API speaks HTTP).
 *
 * Development only: Apollo's Sandbox landing page at GET /graphql loads from Apollo's CDN and sends its
 * own nonce-based CSP in the page, so the app's CSP is not added to that page.
 */
export function securityHeaders(options: { development: boolean }): RequestHandler {
  const common = {
    referrerPolicy: { policy: 'no-referrer' as const },
    frameguard: { action: 'deny' as const },
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  };
  const strict = helmet({ ...common, contentSecurityPolicy: { useDefaults: false, directives: WEB_APP_CSP } });
  if (!options.development) return strict;
  const sandbox = helmet({ ...common, contentSecurityPolicy: false, crossOriginOpenerPolicy: false, crossOriginResourcePolicy: false });
  return (req, res, next) => {
    const landingPage = req.method === 'GET' && (req.path === '/graphql' || req.path === '/graphql/') && (req.headers.accept ?? '').includes('text/html');
    return (landingPage ? sandbox : strict)(req, res, next);
  };
}
