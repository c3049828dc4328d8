import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { type Express, type RequestHandler } from 'express';

/** Paths the API answers itself: never the web app's index.html. */
const API_PREFIXES = ['/graphql', '/exports', '/imports', '/health', '/public'];

/** apps/web/dist, from apps/api/dist/http (built) or apps/api/src/http (tests). */
export function defaultWebAppDir(): string {
  return resolve(__dirname, '..', '..', '..', 'web', 'dist');
}

function isApiPath(path: string): boolean {
  return API_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`));
}

/**
 * Serves the built web app (`npm run build -w @junheng/web`) at `/`: its files, and index.html for
 * every other GET outside the API's paths, so that client-side routes (/schools/…, /scenarios/…) load
 * on reload. Hashed assets are cached for a year, index.html never. Returns false (and mounts nothing)
 * when the build is missing.
 */
export function mountWebApp(app: Express, dir: string = defaultWebAppDir()): boolean {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return false;
  // A missing asset is a plain 404 (not index.html, and no error carrying a file path).
  const missingAsset: RequestHandler = (_req, res) => {
    res.status(404).type('text/plain').send('Not found');
  };
  app.use('/assets', express.static(join(dir, 'assets'), { index: false, immutable: true, maxAge: '365d' }), missingAsset);
  app.use(express.static(dir, { index: false, maxAge: 0 }));
  const fallback: RequestHandler = (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  };
  app.use(fallback);
  return true;
}
