/**
 * A claim workflow's input as the API builds it for an intake (the body, the warranty
 * checked at the moment of intake, the policy snapshot, the actor), for tests and the
 * bench that start claim workflows without the API.
 */
import { randomUUID } from 'node:crypto';
import type { Actor, ClaimIntake } from '../../domain/claim.types';
import type { ClaimsPolicy } from '../../domain/policy/policy.types';
import { parsePolicy } from '../../domain/policy/policy.schema';
import { checkWarranty } from '../../domain/warranty/warranty';
import defaultPolicyJson from '../../policy/default-policy.json';
import type { ClaimWorkflowInput } from '../../workflows/claim/claim.messages';

/** policy/default-policy.json, parsed as the app reads it */
export const defaultPolicy = parsePolicy(defaultPolicyJson);

export function claimWorkflowInput(intake: ClaimIntake, options: { actor: Actor; policy?: ClaimsPolicy; now?: number }): ClaimWorkflowInput {
  const policy = options.policy ?? defaultPolicy;
  return {
    claimId: randomUUID(),
    requestId: randomUUID(),
    intake,
    warranty: checkWarranty(policy, intake.order, new Date(options.now ?? Date.now())),
    policy,
    actor: options.actor,
  };
}
