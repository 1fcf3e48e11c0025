/**
 * A request for a path the API has, with a method it does not take there, is a 405 with
 * an `Allow` header (RFC 9110 §15.5.6), not a 404 that would say the path does not exist.
 * The routes are read from the OpenAPI document (the one list of what the API offers),
 * once, at the first request.
 */
import type { NextFunction, Request, Response } from 'express';
import { DomainError } from '../errors/domain-error';

interface RouteTemplate {
  pattern: RegExp;
  methods: string[];
}

/** `/claims/{id}/notes` → /^\/claims\/[^/]+\/notes$/ */
export function routeTemplates(paths: Record<string, Record<string, unknown>>): RouteTemplate[] {
  return Object.entries(paths).map(([template, item]) => {
    const pattern = new RegExp(`^${template.split(/\{[^}]+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^/]+')}/?$`);
    const methods = Object.keys(item).map((m) => m.toUpperCase()).filter((m) => ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(m));
    if (methods.includes('GET')) methods.push('HEAD');
    return { pattern, methods };
  });
}

/** The methods `path` takes, or undefined when the API has no such path. */
export function allowedMethods(templates: RouteTemplate[], path: string): string[] | undefined {
  const matching = templates.filter((t) => t.pattern.test(path));
  if (!matching.length) return undefined;
  return [...new Set(matching.flatMap((t) => t.methods))];
}

export function methodNotAllowed(paths: () => Record<string, Record<string, unknown>>) {
  let templates: RouteTemplate[] | undefined;
  return (req: Request, res: Response, next: NextFunction): void => {
    templates ??= routeTemplates(paths());
    const allowed = allowedMethods(templates, req.path);
    // OPTIONS is answered by CORS where it applies (/codec), else it falls through to here too
    if (!allowed || allowed.includes(req.method)) return next();
    res.setHeader('Allow', allowed.join(', '));
    next(new DomainError('method_not_allowed', `${req.method} is not allowed on ${req.path}; allowed: ${allowed.join(', ')}`));
  };
}
