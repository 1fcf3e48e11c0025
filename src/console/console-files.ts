import { existsSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';

/**
 * The console's content security policy: its own scripts, styles and images, calls to its
 * own origin (the API) and nothing else — no inline script, no outside host, no framing.
 */
export const CONSOLE_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Hashed build assets never change under their name; the page that names them is revalidated on every load. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
export const REVALIDATE_CACHE = 'no-cache';

export type ConsoleFile =
  | { kind: 'asset'; file: string }
  | { kind: 'page'; file: string }
  | { kind: 'missing' }
  | { kind: 'not_built' };

/**
 * What answers `/console/<rest>`: a built file under `assets/` (hashed names), a 404 for
 * any other asset-like path, and the single page (`index.html`) for every route of the app
 * (`/console/claims/CL-…` is a page of the console, not a file). Never a path outside `root`.
 */
export function resolveConsoleFile(root: string, rest: string): ConsoleFile {
  const index = join(root, 'index.html');
  if (!existsSync(index)) return { kind: 'not_built' };
  const clean = rest.replace(/^\/+/, '');
  if (clean.startsWith('assets/') || /\.[a-z0-9]+$/i.test(clean)) {
    const full = resolve(root, clean);
    if (!full.startsWith(root + sep) || clean.split('/').some((p) => p.startsWith('.'))) return { kind: 'missing' };
    return existsSync(full) && clean.startsWith('assets/') ? { kind: 'asset', file: full } : { kind: 'missing' };
  }
  return { kind: 'page', file: index };
}
