import { ArgumentMetadata, BadRequestException, ForbiddenException, HttpException, HttpStatus, Logger, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import type { ArgumentsHost } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsArray, IsInt, IsObject, IsPositive, IsString, IsUrl, Length, ValidateNested } from 'class-validator';
import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { RequestBodyError, translateBodyParserError } from '../http/request-body';
import { createValidationPipe } from '../validation/validation.pipe';
import { DomainError, type DomainErrorCode } from './domain-error';
import { ProblemDetailsFilter, toProblem } from './problem-details.filter';

const BASE = 'https://warranty-claims.dev/problems/';

describe('toProblem: domain errors', () => {
  const table: [DomainErrorCode, number, string][] = [
    ['invalid_transition', 409, 'invalid-transition'],
    ['not_found', 404, 'not-found'],
    ['idempotency_mismatch', 422, 'idempotency-mismatch'],
    ['idempotency_in_progress', 409, 'idempotency-in-progress'],
    ['validation_failed', 400, 'validation-failed'],
    ['unauthorized', 401, 'unauthorized'],
    ['forbidden', 403, 'forbidden'],
    ['unavailable', 503, 'unavailable'],
    ['payload_too_large', 413, 'payload-too-large'],
    ['rate_limited', 429, 'rate-limited'],
  ];

  it.each(table)('%s → %i %s', (code, status, slug) => {
    const { body, log } = toProblem(new DomainError(code, `detail for ${code}`), '/claims/c1');
    expect(body).toMatchObject({ type: `${BASE}${slug}`, status, detail: `detail for ${code}`, instance: '/claims/c1' });
    expect(body.title).toEqual(expect.any(String));
    expect(log).toBeUndefined();
  });

  it('adds the extras as members, without letting them replace the standard ones', () => {
    const { body } = toProblem(
      new DomainError('invalid_transition', 'cannot complete a remedy while the claim is received', {
        allowedActions: ['triage', 'notes'],
        status: 200,
        type: 'forged',
      }),
      '/claims/c1/remedy/complete',
    );
    expect(body).toEqual({
      type: `${BASE}invalid-transition`,
      title: 'Action not allowed now',
      status: 409,
      detail: 'cannot complete a remedy while the claim is received',
      instance: '/claims/c1/remedy/complete',
      allowedActions: ['triage', 'notes'],
    });
  });

  it('tells a rate-limited client when to retry, in the header and the body', () => {
    const { body, headers } = toProblem(new DomainError('rate_limited', 'slow down', { retryAfterSeconds: 7 }), '/x');
    expect(headers).toEqual({ 'Retry-After': '7' });
    expect(body).toMatchObject({ status: 429, retryAfterSeconds: 7 });
  });

  it('asks a 503 client to retry after 5 seconds', () => {
    expect(toProblem(new DomainError('unavailable', 'try later'), '/x').headers).toEqual({ 'Retry-After': '5' });
  });

  it('challenges a 401 with Bearer, saying invalid_token when a key was presented', () => {
    expect(toProblem(new DomainError('unauthorized', 'no key'), '/x', false).headers['WWW-Authenticate']).toBe(
      'Bearer realm="warranty-claims"',
    );
    expect(toProblem(new DomainError('unauthorized', 'bad key'), '/x', true).headers['WWW-Authenticate']).toBe(
      'Bearer realm="warranty-claims", error="invalid_token"',
    );
  });
});

class OrderDto {
  @IsString()
  orderId: string;

  @IsInt()
  @IsPositive()
  price: number;
}

class IntakeDto {
  @IsObject()
  @ValidateNested()
  @Type(() => OrderDto)
  order: OrderDto;

  @IsArray()
  @IsUrl({}, { each: true })
  attachments: string[];

  @ValidateNested({ each: true })
  @Type(() => OrderDto)
  previousOrders: OrderDto[];

  @Length(1, 10)
  description: string;
}

describe('validation errors', () => {
  const metadata: ArgumentMetadata = { type: 'body', metatype: IntakeDto };

  async function validationProblem(value: unknown) {
    try {
      await createValidationPipe().transform(value, metadata);
    } catch (err) {
      return toProblem(err, '/claims');
    }
    throw new Error('expected the pipe to refuse the body');
  }

  it('lists each invalid field by its path, nested and indexed', async () => {
    const { body } = await validationProblem({
      order: { orderId: 'ORD-1', price: -5 },
      attachments: ['https://files.example.com/a.jpg', 'not a url'],
      previousOrders: [{ orderId: 'ORD-0', price: 10 }, { orderId: 7, price: 3 }],
      description: 'ok',
      extra: true,
    });
    expect(body).toMatchObject({ type: `${BASE}validation-failed`, status: 400, title: 'Validation failed' });
    const errors = body.errors as { field: string; message: string }[];
    expect(errors.map((e) => e.field).sort()).toEqual(['attachments', 'extra', 'order.price', 'previousOrders[1].orderId']);
    expect(errors.find((e) => e.field === 'order.price')?.message).toBe('price must be a positive number');
    expect(errors.find((e) => e.field === 'extra')?.message).toBe('property extra should not exist');
  });

  it('names a missing nested object', async () => {
    const { body } = await validationProblem({ attachments: [], previousOrders: [], description: 'ok' });
    expect(body.errors).toEqual([{ field: 'order', message: 'order must be an object' }]);
    expect(body.detail).toBe('The request has an invalid field: order.');
  });

  it('transforms a valid body into the DTO', async () => {
    const dto = await createValidationPipe().transform(
      { order: { orderId: 'ORD-1', price: 5 }, attachments: [], previousOrders: [], description: 'ok' },
      metadata,
    );
    expect(dto).toBeInstanceOf(IntakeDto);
    expect(dto.order).toBeInstanceOf(OrderDto);
  });
});

describe('toProblem: HTTP and body errors', () => {
  it('keeps the status of a Nest HttpException, with an about:blank type', () => {
    const { body } = toProblem(new NotFoundException('Cannot GET /nope'), '/nope');
    expect(body).toEqual({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'Cannot GET /nope', instance: '/nope' });
    expect(toProblem(new ForbiddenException(), '/x').body).toMatchObject({ status: 403, detail: 'Forbidden' });
  });

  it('turns a message list (Nest pipes) into errors', () => {
    const { body } = toProblem(new BadRequestException(['a must be a string', 'b must be a number']), '/x');
    expect(body).toMatchObject({ status: 400, errors: [{ field: '', message: 'a must be a string' }, { field: '', message: 'b must be a number' }] });
  });

  it('never shows the words of a 5xx HttpException', () => {
    const problem = toProblem(new HttpException('pool exhausted at db-3.internal:5432', HttpStatus.BAD_GATEWAY), '/x');
    expect(problem.body).toMatchObject({ status: 502, title: 'Bad Gateway', detail: 'The server could not complete the request.' });
    expect(JSON.stringify(problem.body)).not.toContain('db-3.internal');
    expect(problem.log).toBeDefined();
    expect(toProblem(new ServiceUnavailableException('x'), '/x').headers['Retry-After']).toBe('5');
  });

  it('maps body-parser errors: malformed JSON 400, too large 413, unreadable charset 415', () => {
    const parseError = Object.assign(new SyntaxError('Unexpected token } in JSON at position 9'), {
      type: 'entity.parse.failed',
      status: 400,
    });
    expect(toProblem(translateBodyParserError(parseError, '256kb'), '/claims').body).toMatchObject({
      type: `${BASE}malformed-body`,
      status: 400,
      detail: expect.stringContaining('not valid JSON'),
    });
    const tooLarge = Object.assign(new Error('request entity too large'), { type: 'entity.too.large', status: 413 });
    expect(toProblem(translateBodyParserError(tooLarge, '256kb'), '/claims').body).toMatchObject({
      type: `${BASE}payload-too-large`,
      status: 413,
      limit: '256kb',
    });
    const charset = Object.assign(new Error('unsupported charset "UTF-7"'), { type: 'charset.unsupported', status: 415 });
    expect(toProblem(translateBodyParserError(charset, '256kb'), '/claims').body).toMatchObject({
      type: `${BASE}unsupported-media-type`,
      status: 415,
    });
    expect(toProblem(new RequestBodyError('unsupported_media_type', 'send JSON'), '/x').body.status).toBe(415);
  });
});

describe('toProblem: unexpected errors', () => {
  it('answers a database error with a bare 500: no SQL, message or stack', () => {
    const driverError = Object.assign(new Error('duplicate key value violates unique constraint "api_keys_key_hash_key"'), {
      code: '23505',
      detail: 'Key (key_hash)=(abc) already exists.',
    });
    const err = new QueryFailedError('INSERT INTO "api_keys" ("name") VALUES ($1)', ['secret-name'], driverError);
    const { body, log } = toProblem(err, '/admin/api-keys');
    expect(body).toEqual({
      type: `${BASE}internal-error`,
      title: 'Internal error',
      status: 500,
      detail: 'The server could not complete the request.',
      instance: '/admin/api-keys',
      errorId: log?.errorId,
    });
    const text = JSON.stringify(body);
    for (const leak of ['INSERT', 'api_keys', 'secret-name', 'duplicate key', 'at ', '23505']) expect(text).not.toContain(leak);
    expect(log?.error).toBe(err);
  });

  it('answers a thrown non-Error the same way', () => {
    expect(toProblem('boom', '/x').body).toMatchObject({ status: 500, title: 'Internal error' });
  });

  it('answers 503 when a backing service cannot be reached', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const problem = toProblem(refused, '/claims');
    expect(problem.body).toMatchObject({ status: 503, type: `${BASE}unavailable` });
    expect(JSON.stringify(problem.body)).not.toContain('5432');
    expect(problem.headers['Retry-After']).toBe('5');
    const adminShutdown = new QueryFailedError('SELECT 1', [], Object.assign(new Error('terminating connection'), { code: '57P01' }));
    expect(toProblem(adminShutdown, '/x').body.status).toBe(503);
  });

  it.each([
    ['a database starting up', Object.assign(new Error('the database system is starting up'), { code: '57P03' })],
    ['a pool connect timeout', new Error('Connection terminated due to connection timeout')],
    // a transaction's client whose connection died between two of its statements (the API's promotion of staged events)
    ['a client that lost its connection mid-transaction', new QueryFailedError('SELECT 1', [], new Error('Client has encountered a connection error and is not queryable'))],
    ['a client closed under a transaction', new Error('Client was closed and is not queryable')],
    ['a transaction whose connection TypeORM released when it failed', new QueryRunnerProviderAlreadyReleasedError()],
    // seen in the database-crash scenario (2026-12-04): the promotion's next statement on the released runner
    ['a query on a transaction\'s runner TypeORM released when it failed', new QueryRunnerAlreadyReleasedError()],
  ])('answers 503 for %s', (_, error) => {
    const problem = toProblem(error, '/claims');
    expect(problem.body.status).toBe(503);
    expect(problem.headers['Retry-After']).toBe('5');
  });

  it('answers 503 when an intake or action was not confirmed in time', () => {
    const problem = toProblem(new DomainError('unavailable', 'the action was not confirmed durable within 15000 ms'), '/claims/x/triage');
    expect(problem.body).toMatchObject({ status: 503, detail: 'the action was not confirmed durable within 15000 ms' });
    expect(problem.headers['Retry-After']).toBe('5');
  });
});

describe('ProblemDetailsFilter', () => {
  function fakeHttp(headersSent = false) {
    const res = {
      headersSent,
      statusCode: 0,
      headers: {} as Record<string, string>,
      sent: undefined as string | undefined,
      destroyed: false,
      status(code: number) {
        this.statusCode = code;
        return this;
      },
      setHeader(name: string, value: string) {
        this.headers[name] = value;
      },
      send(body: string) {
        this.sent = body;
      },
      destroy() {
        this.destroyed = true;
      },
    };
    const req = { method: 'POST', originalUrl: '/claims?x=1', url: '/claims?x=1', headers: {} };
    const host = {
      getType: () => 'http',
      switchToHttp: () => ({ getRequest: () => req, getResponse: () => res }),
    } as unknown as ArgumentsHost;
    return { res, host };
  }

  beforeEach(() => jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('writes application/problem+json with the status and headers', () => {
    const { res, host } = fakeHttp();
    new ProblemDetailsFilter().catch(new DomainError('unauthorized', 'no key'), host);
    expect(res.statusCode).toBe(401);
    expect(res.headers['Content-Type']).toBe('application/problem+json; charset=utf-8');
    expect(res.headers['WWW-Authenticate']).toBe('Bearer realm="warranty-claims"');
    expect(JSON.parse(res.sent!)).toMatchObject({ status: 401, instance: '/claims?x=1' });
  });

  it('logs a 500 with its stack server-side', () => {
    const { res, host } = fakeHttp();
    new ProblemDetailsFilter().catch(new Error('kaboom'), host);
    expect(res.statusCode).toBe(500);
    expect(res.sent).not.toContain('kaboom');
    expect(Logger.prototype.error).toHaveBeenCalledWith(expect.stringContaining('POST /claims?x=1 → 500'), expect.stringContaining('kaboom'));
  });

  it('cuts the connection when the response had already started', () => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const { res, host } = fakeHttp(true);
    new ProblemDetailsFilter().catch(new Error('stream broke'), host);
    expect(res.destroyed).toBe(true);
    expect(res.sent).toBeUndefined();
  });
});
