/** A valid intake body (the DESIGN example) with fresh business keys; see claim-fixtures.ts. */
export { sampleIntakeBody as claimBody } from './claim-fixtures';
