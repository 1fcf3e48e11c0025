export * from './claim-enums.openapi';
export * from './create-claim.dto';
export * from './triage-claim.dto';
export * from './choose-remedy.dto';
export * from './claim-actions.dto';
export * from './list-claims.query';
export * from './claim-response.dto';
export * from './correct-order.dto';
