import { AppLogger, configureLogging, formatLine, withLogContext } from './app-log';
import { requestLogContext } from './request-context';

const AT = new Date('2031-03-03T06:00:00.000Z');

describe('log lines', () => {
  afterEach(() => configureLogging({ format: 'json', level: 'log' }));

  it('are one JSON object with the ids of the context they were written in', () => {
    const line = withLogContext({ requestId: 'r-1', claimId: 'c-1', workflowId: 'claim-c-1' }, () =>
      formatLine('warn', 'Claims', 'refused', { status: 409 }, 'json', AT),
    );
    expect(JSON.parse(line)).toEqual({ time: AT.toISOString(), level: 'warn', context: 'Claims', msg: 'refused', requestId: 'r-1', claimId: 'c-1', workflowId: 'claim-c-1', status: 409 });
    expect(JSON.parse(formatLine('log', 'Api', 'up', {}, 'json', AT))).not.toHaveProperty('requestId');
  });

  it('nest contexts and write errors as name and message only', () => {
    const line = withLogContext({ requestId: 'r-1' }, () =>
      withLogContext({ claimId: 'c-9' }, () => formatLine('error', 'Worker', 'failed', { error: new TypeError('bad') }, 'json', AT)),
    );
    expect(JSON.parse(line)).toMatchObject({ requestId: 'r-1', claimId: 'c-9', error: { name: 'TypeError', message: 'bad' } });
    expect(line).not.toContain('at ');
  });

  it('read as text lines in the text format', () => {
    expect(withLogContext({ requestId: 'r-2' }, () => formatLine('log', 'Api', 'listening', { port: 3000 }, 'text', AT))).toBe(
      `${AT.toISOString()} LOG   [Api] listening requestId=r-2 port=3000`,
    );
  });

  it("honour the level, and Nest's context argument", () => {
    const out: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
    try {
      configureLogging({ format: 'json', level: 'log' });
      new AppLogger().debug('hidden', 'Nest');
      new AppLogger().log('shown', 'RoutesResolver');
    } finally {
      spy.mockRestore();
    }
    expect(out).toHaveLength(1);
    expect(JSON.parse(out[0])).toMatchObject({ level: 'log', context: 'RoutesResolver', msg: 'shown' });
  });
});

describe('the request log context', () => {
  it("takes a plain caller id, else makes one; on a claim's route adds the claim and its workflow", () => {
    const id = '3f2b8c1e-8d6a-4c3b-9a1e-2b7c9d0e1f2a';
    expect(requestLogContext(`/claims/${id}/triage`, 'abc-123')).toEqual({ requestId: 'abc-123', claimId: id, workflowId: `claim-${id}` });
    expect(requestLogContext(`/audit/claims/${id}/verify`, undefined)).toMatchObject({ claimId: id });
    const made = requestLogContext('/claims', 'has spaces and "quotes"');
    expect(made.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(made).not.toHaveProperty('claimId');
  });
});

describe('a request served with the request context', () => {
  it('logs its lines with the request id it answers with, and the claim of its route', async () => {
    const express = (await import('express')).default;
    const request = (await import('supertest')).default;
    const { requestContext } = await import('./request-context');
    const { loggerFor } = await import('./app-log');
    const app = express();
    app.use(requestContext);
    app.get('/claims/:id/history', async (_req, res) => {
      await new Promise((r) => setTimeout(r, 5)); // across an await, as a real handler
      loggerFor('Claims').log('history read');
      res.json({ ok: true });
    });
    const lines: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => (lines.push(String(chunk)), true));
    const id = '3f2b8c1e-8d6a-4c3b-9a1e-2b7c9d0e1f2a';
    let res;
    try {
      res = await request(app).get(`/claims/${id}/history`).set('X-Request-Id', 'trace-42');
      await request(app).get(`/claims/${id}/history`);
    } finally {
      spy.mockRestore();
    }
    expect(res.headers['x-request-id']).toBe('trace-42');
    const logged = lines.map((l) => JSON.parse(l)).filter((l) => l.msg === 'history read');
    expect(logged).toHaveLength(2);
    expect(logged[0]).toMatchObject({ context: 'Claims', requestId: 'trace-42', claimId: id, workflowId: `claim-${id}` });
    expect(logged[1].requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
