/**
 * Refuses, before any route runs, a request carrying text that cannot be stored (a NUL
 * character or an unpaired surrogate: domain/text/text-safety.ts) in its body, query,
 * path or headers, and a body nested deeper than MAX_DEPTH: 400 problem+json naming each
 * field. Such a request changes nothing.
 */
import type { NextFunction, Request, Response } from 'express';
import { MAX_DEPTH, UNSAFE_TEXT_MESSAGE, hasUnsafeText, unsafeTextFields, type UnsafeField } from '../../../domain/text/text-safety';
import { DomainError, type FieldError } from '../errors/domain-error';

const messageFor = (f: UnsafeField): string => (f.reason === 'too_deep' ? `nests deeper than ${MAX_DEPTH} levels` : UNSAFE_TEXT_MESSAGE);

function decodedPath(req: Request): string | undefined {
  try {
    return decodeURIComponent(req.path);
  } catch {
    return undefined; // malformed escapes: the router answers those itself
  }
}

/** The refused fields of a request: body fields by path, `query.<name>`, `path`, `header <name>`. */
export function unsafeRequestFields(req: Request): FieldError[] {
  const errors: FieldError[] = [];
  const add = (prefix: string, found: UnsafeField[]) => {
    for (const f of found) errors.push({ field: prefix ? (f.field ? `${prefix}.${f.field}` : prefix) : f.field || 'body', message: messageFor(f) });
  };
  if (req.body !== undefined) add('', unsafeTextFields(req.body));
  add('query', unsafeTextFields(req.query));
  const path = decodedPath(req);
  if (path !== undefined && hasUnsafeText(path)) errors.push({ field: 'path', message: UNSAFE_TEXT_MESSAGE });
  for (const [name, value] of Object.entries(req.headers)) {
    if ([value].flat().some((v) => typeof v === 'string' && hasUnsafeText(v))) errors.push({ field: `header ${name}`, message: UNSAFE_TEXT_MESSAGE });
  }
  return errors;
}

export function refuseUnsafeText(req: Request, _res: Response, next: NextFunction): void {
  const errors = unsafeRequestFields(req);
  if (!errors.length) return next();
  const detail = errors.length === 1 ? `The request has an invalid field: ${errors[0].field}.` : `The request has ${errors.length} invalid fields.`;
  next(new DomainError('validation_failed', detail, { errors }));
}
