import { defineSearchAttributeKey, SearchAttributeType, type SearchAttributePair } from '@temporalio/common';
import type { ClaimWorkflowInput } from './claim.messages';

/**
 * Search attributes of a claim workflow, so the Temporal UI can filter claims.
 * They are not encrypted: never put personal data in them.
 */
export const ClaimStatusKey = defineSearchAttributeKey('ClaimStatus', SearchAttributeType.KEYWORD);
export const ClaimChannelKey = defineSearchAttributeKey('ClaimChannel', SearchAttributeType.KEYWORD);
export const ClaimSupplierIdKey = defineSearchAttributeKey('ClaimSupplierId', SearchAttributeType.KEYWORD);
export const ClaimDefectCodeKey = defineSearchAttributeKey('ClaimDefectCode', SearchAttributeType.KEYWORD);
export const ClaimSlaBreachedKey = defineSearchAttributeKey('ClaimSlaBreached', SearchAttributeType.BOOL);
/** supplier disputes of the claim not yet settled or written off */
export const ClaimOpenDisputesKey = defineSearchAttributeKey('ClaimOpenDisputes', SearchAttributeType.INT);
/** an open dispute's supplier deadline passed without an answer */
export const ClaimDisputeOverdueKey = defineSearchAttributeKey('ClaimDisputeOverdue', SearchAttributeType.BOOL);
/** an open dispute is escalated to supervisors */
export const ClaimDisputeEscalatedKey = defineSearchAttributeKey('ClaimDisputeEscalated', SearchAttributeType.BOOL);

export type SearchAttributeCliType = 'Keyword' | 'Bool' | 'Int';

/** Every key above with the type name the `temporal` CLI expects (`--search-attribute Name=Type`). */
export const CLAIM_SEARCH_ATTRIBUTES: ReadonlyArray<{ name: string; cliType: SearchAttributeCliType }> = [
  { name: ClaimStatusKey.name, cliType: 'Keyword' },
  { name: ClaimChannelKey.name, cliType: 'Keyword' },
  { name: ClaimSupplierIdKey.name, cliType: 'Keyword' },
  { name: ClaimDefectCodeKey.name, cliType: 'Keyword' },
  { name: ClaimSlaBreachedKey.name, cliType: 'Bool' },
  { name: ClaimOpenDisputesKey.name, cliType: 'Int' },
  { name: ClaimDisputeOverdueKey.name, cliType: 'Bool' },
  { name: ClaimDisputeEscalatedKey.name, cliType: 'Bool' },
];

/** The SDK's type for each CLI type name. */
export const SEARCH_ATTRIBUTE_TYPE_OF_CLI: Readonly<Record<SearchAttributeCliType, SearchAttributeType>> = {
  Keyword: SearchAttributeType.KEYWORD,
  Bool: SearchAttributeType.BOOL,
  Int: SearchAttributeType.INT,
};

/**
 * A new claim's search attributes, set by the API with the workflow's start so that the
 * claim is searchable at once; the workflow (claims started under its epoch patch) does
 * not upsert them again while they are unchanged.
 */
export function startSearchAttributes(input: ClaimWorkflowInput): SearchAttributePair[] {
  const attributes: SearchAttributePair[] = [
    { key: ClaimStatusKey, value: 'received' },
    { key: ClaimChannelKey, value: input.intake.channel },
    { key: ClaimSlaBreachedKey, value: false },
  ];
  if (input.intake.order.supplierId) attributes.push({ key: ClaimSupplierIdKey, value: input.intake.order.supplierId });
  return attributes;
}
