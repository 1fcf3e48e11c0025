import { setFlagsFromString } from 'node:v8';

/**
 * Runs `create` (the Temporal Worker's creation) with V8's stack-trace limit set to `limit`
 * for every context created meanwhile: the worker's workflow threads and their sandbox.
 *
 * Why: the SDK's promise hook builds an `Error` and formats its stack for every promise a
 * workflow creates (for the `__stack_trace` query), and the sandbox's `Error` is frozen, so
 * workflow code cannot lower its `stackTraceLimit` itself. V8 reads its `--stack-trace-limit`
 * flag when it creates a context; contexts that exist already (this process's main one:
 * the API's and the activities' errors) keep theirs. The flag is put back afterwards to this
 * context's own limit, so later contexts (a test runner's) are not affected.
 */
export async function withWorkflowStackTraceLimit<T>(limit: number | undefined, create: () => Promise<T>): Promise<T> {
  if (limit === undefined) return create();
  const own = Error.stackTraceLimit;
  setFlagsFromString(`--stack-trace-limit=${limit}`);
  try {
    return await create();
  } finally {
    setFlagsFromString(`--stack-trace-limit=${typeof own === 'number' ? own : 10}`);
  }
}
