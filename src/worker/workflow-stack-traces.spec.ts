import { runInNewContext } from 'node:vm';
import { withWorkflowStackTraceLimit } from './workflow-stack-traces';

const newContextLimit = (): unknown => runInNewContext('Error.stackTraceLimit');

describe('withWorkflowStackTraceLimit', () => {
  it('gives contexts created meanwhile the limit, and later ones this context’s own again', async () => {
    const own = Error.stackTraceLimit;
    const inside = await withWorkflowStackTraceLimit(3, async () => newContextLimit());
    expect(inside).toBe(3);
    expect(newContextLimit()).toBe(own);
    expect(Error.stackTraceLimit).toBe(own);
  });

  it('puts the flag back when the creation fails', async () => {
    await expect(withWorkflowStackTraceLimit(2, async () => Promise.reject(new Error('no server')))).rejects.toThrow('no server');
    expect(newContextLimit()).toBe(Error.stackTraceLimit);
  });

  it('changes nothing when no limit is configured', async () => {
    expect(await withWorkflowStackTraceLimit(undefined, async () => newContextLimit())).toBe(Error.stackTraceLimit);
  });
});
