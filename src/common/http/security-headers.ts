import type { NextFunction, Request, Response } from 'express';

/**
 * A few response headers every answer gets. (No Content-Security-Policy: the API
 * serves JSON, and Swagger UI at /docs needs inline scripts.)
 */
export function securityHeaders(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  next();
}
