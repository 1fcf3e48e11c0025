import type { Connection } from '@temporalio/client';
import { encodeSearchAttributeIndexedValueType } from '@temporalio/common/lib/search-attributes';
import type { temporal } from '@temporalio/proto';
import { CLAIM_SEARCH_ATTRIBUTES, SEARCH_ATTRIBUTE_TYPE_OF_CLI } from '../../workflows/claim/search-attributes';

/** Registers the claim search attributes on a server that has none yet (the time-skipping test server). */
export async function registerClaimSearchAttributes(connection: Connection, namespace: string): Promise<void> {
  const searchAttributes: Record<string, temporal.api.enums.v1.IndexedValueType> = {};
  for (const { name, cliType } of CLAIM_SEARCH_ATTRIBUTES) {
    searchAttributes[name] = encodeSearchAttributeIndexedValueType(SEARCH_ATTRIBUTE_TYPE_OF_CLI[cliType]) as temporal.api.enums.v1.IndexedValueType;
  }
  await connection.operatorService.addSearchAttributes({ namespace, searchAttributes });
}
