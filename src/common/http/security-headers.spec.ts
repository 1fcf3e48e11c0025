import type { Request, Response } from 'express';
import { API_CONTENT_SECURITY_POLICY, securityHeaders } from './security-headers';

function headersFor(path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = { setHeader: (name: string, value: string) => (headers[name] = value) } as unknown as Response;
  const next = jest.fn();
  securityHeaders({ path } as Request, res, next);
  expect(next).toHaveBeenCalledTimes(1);
  return headers;
}

describe('securityHeaders', () => {
  it('locks API answers down', () => {
    expect(headersFor('/claims')).toEqual({
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': API_CONTENT_SECURITY_POLICY,
    });
  });

  it('leaves the CSP off Swagger UI only', () => {
    expect(headersFor('/docs')['Content-Security-Policy']).toBeUndefined();
    expect(headersFor('/docs/swagger-ui.css')['Content-Security-Policy']).toBeUndefined();
    expect(headersFor('/docs-json')['Content-Security-Policy']).toBeUndefined();
    expect(headersFor('/docsx')['Content-Security-Policy']).toBe(API_CONTENT_SECURITY_POLICY);
  });
});
