import { sampleProc, type ProcSample } from '../../test/support/stack/child-service';
import type { Stack } from '../../test/support/stack/stack';

/** CPU and RSS of the stack's processes now, from /proc: the worker, the API and, when the bench started it, the Temporal dev server. */
export function sampleStack(stack: Stack): { worker: ProcSample; api: ProcSample; temporal?: ProcSample } {
  return { worker: sampleProc(stack.worker!.pid), api: sampleProc(stack.api!.pid), ...(stack.temporal && { temporal: sampleProc(stack.temporal.pid) }) };
}
