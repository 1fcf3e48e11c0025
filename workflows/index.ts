/** Entry point the worker bundles: every workflow type this engine runs. */
export { claimWorkflow } from './claim/claim.workflow';
export { supplierDisputeWorkflow } from './supplier-dispute/dispute.workflow';
