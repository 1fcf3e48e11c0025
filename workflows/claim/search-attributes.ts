import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/**
 * Search attributes of a claim workflow, so the Temporal UI can filter claims.
 * They are not encrypted: never put personal data in them.
 */
export const ClaimStatusKey = defineSearchAttributeKey('ClaimStatus', SearchAttributeType.KEYWORD);
export const ClaimChannelKey = defineSearchAttributeKey('ClaimChannel', SearchAttributeType.KEYWORD);
export const ClaimSupplierIdKey = defineSearchAttributeKey('ClaimSupplierId', SearchAttributeType.KEYWORD);
export const ClaimDefectCodeKey = defineSearchAttributeKey('ClaimDefectCode', SearchAttributeType.KEYWORD);
export const ClaimSlaBreachedKey = defineSearchAttributeKey('ClaimSlaBreached', SearchAttributeType.BOOL);

/** Every key above with the type name the `temporal` CLI expects (`--search-attribute Name=Type`). */
export const CLAIM_SEARCH_ATTRIBUTES: ReadonlyArray<{ name: string; cliType: 'Keyword' | 'Bool' }> = [
  { name: ClaimStatusKey.name, cliType: 'Keyword' },
  { name: ClaimChannelKey.name, cliType: 'Keyword' },
  { name: ClaimSupplierIdKey.name, cliType: 'Keyword' },
  { name: ClaimDefectCodeKey.name, cliType: 'Keyword' },
  { name: ClaimSlaBreachedKey.name, cliType: 'Bool' },
];
