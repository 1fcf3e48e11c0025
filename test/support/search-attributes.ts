import type { Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { CLAIM_SEARCH_ATTRIBUTES } from '../../workflows/claim/search-attributes';

const INDEXED = temporal.api.enums.v1.IndexedValueType;

/** Registers the claim search attributes on a server that has none yet (the time-skipping test server). */
export async function registerClaimSearchAttributes(connection: Connection, namespace: string): Promise<void> {
  const searchAttributes: Record<string, temporal.api.enums.v1.IndexedValueType> = {};
  for (const { name, cliType } of CLAIM_SEARCH_ATTRIBUTES) {
    searchAttributes[name] = cliType === 'Bool' ? INDEXED.INDEXED_VALUE_TYPE_BOOL : INDEXED.INDEXED_VALUE_TYPE_KEYWORD;
  }
  await connection.operatorService.addSearchAttributes({ namespace, searchAttributes });
}
