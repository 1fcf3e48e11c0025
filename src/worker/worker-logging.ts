/**
 * The worker's activity logs: every line written while an activity runs carries its claim
 * and workflow ids (an activity interceptor sets the log context). The Temporal runtime's
 * own lines go through src/temporal/temporal-runtime-logger.ts.
 */
import type { ActivityInterceptorsFactory } from '@temporalio/worker';
import { claimIdFromWorkflowId } from '../../workflows/claim/claim.ids';
import { withLogContext } from '../common/logging/app-log';

/** Runs each activity in a log context with its workflow's id and, for a claim's workflow, the claim id. */
export const activityLogContext: ActivityInterceptorsFactory = (ctx) => ({
  inbound: {
    execute: (input, next) => {
      const workflowId = ctx.info.workflowExecution?.workflowId;
      if (!workflowId) return next(input);
      return withLogContext({ workflowId, claimId: claimIdFromWorkflowId(workflowId) ?? undefined }, () => next(input));
    },
  },
});
