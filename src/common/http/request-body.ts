/**
 * Request body parsing: JSON (and URL-encoded forms) up to the configured limit, and
 * a translation of the parsers' errors into errors the problem filter understands.
 */
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { DomainError } from '../errors/domain-error';
import { refuseUnsafeText } from './text-safety.middleware';

/** Media types a request body may have; anything else is a 415. */
export const ACCEPTED_BODY_TYPES = ['application/json', 'application/*+json', 'application/x-www-form-urlencoded'];

/** A body that could not be read: malformed, or of a media type the API does not take. */
export class RequestBodyError extends Error {
  constructor(
    public readonly kind: 'malformed' | 'unsupported_media_type',
    message: string,
  ) {
    super(message);
    this.name = 'RequestBodyError';
  }
}

/** The error objects body-parser and raw-body raise (built with http-errors). */
interface BodyParserError {
  type: string;
  status?: number;
  message: string;
}

function isBodyParserError(err: unknown): err is BodyParserError {
  return (
    err instanceof Error &&
    typeof (err as Partial<BodyParserError>).type === 'string' &&
    typeof (err as Partial<BodyParserError>).status === 'number'
  );
}

/**
 * Maps a body-parser error to a DomainError or RequestBodyError. Anything else is
 * returned unchanged. (Nest would turn the JSON SyntaxError into a bare
 * BadRequestException; translating it first keeps the problem type precise.)
 */
export function translateBodyParserError(err: unknown, limit: string): unknown {
  if (!isBodyParserError(err)) return err;
  switch (err.type) {
    case 'entity.too.large':
      return new DomainError('payload_too_large', `The request body is larger than the ${limit} limit.`, { limit });
    case 'parameters.too.many':
      return new DomainError('payload_too_large', 'The form body has too many parameters.', { limit });
    case 'entity.parse.failed':
      return new RequestBodyError('malformed', `The request body is not valid JSON: ${err.message}`);
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return new RequestBodyError('unsupported_media_type', `The request body cannot be read: ${err.message}.`);
    case 'request.aborted':
    case 'request.size.invalid':
      return new RequestBodyError('malformed', 'The request body was incomplete.');
    default:
      // stream.* errors are server bugs: leave them for the filter's generic 500
      return err;
  }
}

/** Refuses a body of a media type no parser reads, instead of silently ignoring it. */
function rejectUnsupportedMediaTypes(req: Request, _res: Response, next: NextFunction): void {
  // req.is() is null when the request has no body, false when its type is not listed;
  // an empty body (Content-Length: 0, as clients send on a bodiless POST) is no body
  if (req.headers['content-length'] === '0') {
    next();
    return;
  }
  if (req.is(ACCEPTED_BODY_TYPES) === false) {
    const contentType = req.headers['content-type'];
    next(
      new RequestBodyError(
        'unsupported_media_type',
        contentType
          ? `Content-Type ${contentType} is not supported; send application/json.`
          : 'The request has a body but no Content-Type; send application/json.',
      ),
    );
    return;
  }
  next();
}

/**
 * Installs the body parsers on an app created with `bodyParser: false`. Must run
 * before `app.init()` so that the parsers come before the routes.
 */
export function installBodyParsers(app: NestExpressApplication, limit: string): void {
  app.use(rejectUnsupportedMediaTypes);
  app.useBodyParser('json', { limit, type: ['application/json', 'application/*+json'] });
  app.useBodyParser('urlencoded', { limit, extended: true });
  app.use((err: unknown, _req: Request, _res: Response, next: NextFunction) => next(translateBodyParserError(err, limit)));
  app.use(refuseUnsafeText);
}
