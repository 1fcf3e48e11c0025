/** Workflow ids are built from the claim id, itself derived from business keys when there are some. */
export const CLAIM_WORKFLOW_PREFIX = 'claim-';

export function claimWorkflowId(claimId: string): string {
  return `${CLAIM_WORKFLOW_PREFIX}${claimId}`;
}

export function claimIdFromWorkflowId(workflowId: string): string | null {
  return workflowId.startsWith(CLAIM_WORKFLOW_PREFIX) ? workflowId.slice(CLAIM_WORKFLOW_PREFIX.length) : null;
}
