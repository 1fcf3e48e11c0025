import type { NextFunction, Request, Response } from 'express';

/** Answers of the API are JSON (or exports): nothing to run, embed or frame. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Swagger UI (under /docs) needs its own scripts and inline styles. */
const DOCS_PREFIX = /^\/docs(?:[/?-]|$)/;

/**
 * Response headers every answer gets: no MIME sniffing, no framing, no referrer, HTTPS
 * only (HSTS; ignored over plain HTTP), no caching (answers carry customer data and
 * audit records; a route may still set its own Cache-Control), and a locked-down CSP
 * except for Swagger UI.
 */
export function securityHeaders(req: Request, res: Response, next: NextFunction): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  res.setHeader('Cache-Control', 'no-store');
  if (!DOCS_PREFIX.test(req.path)) res.setHeader('Content-Security-Policy', API_CONTENT_SECURITY_POLICY);
  next();
}
