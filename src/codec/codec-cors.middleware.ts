import type { NextFunction, Request, Response } from 'express';

export const CODEC_CORS_ALLOWED_HEADERS = 'Authorization, Content-Type, X-Namespace';

/**
 * CORS for the remote codec endpoints, so the Temporal web UI (another origin) can
 * call them from the browser: only the listed origins, credentials allowed, and the
 * preflight answered here (before authentication, as browsers send it without a key).
 * Requests from any other origin get no CORS headers, so browsers refuse them.
 */
export function codecCors(allowedOrigins: readonly string[]) {
  const allowed = new Set(allowedOrigins);
  return (req: Request, res: Response, next: NextFunction): void => {
    const origin = req.headers.origin;
    res.vary('Origin');
    if (origin && allowed.has(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      if (req.method === 'OPTIONS') {
        res.setHeader('Access-Control-Allow-Methods', 'POST, OPTIONS');
        res.setHeader('Access-Control-Allow-Headers', CODEC_CORS_ALLOWED_HEADERS);
        res.setHeader('Access-Control-Max-Age', '600');
        res.status(204).end();
        return;
      }
    }
    next();
  };
}
