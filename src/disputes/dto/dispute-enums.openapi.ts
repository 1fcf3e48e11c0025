/** The dispute vocabularies as named OpenAPI enums (one schema component each). */
import { DISPUTE_ACTIONS, DISPUTE_KINDS, DISPUTE_STATUSES, SUPPLIER_REMEDIES } from '../../../domain/dispute/dispute.types';

const named = (values: readonly string[], enumName: string, description: string) => ({ enum: [...values], enumName, enumSchema: { description } });

export const DISPUTE_KIND_ENUM = named(DISPUTE_KINDS, 'DisputeKind', 'What the supplier is held responsible for');
export const DISPUTE_STATUS_ENUM = named(
  DISPUTE_STATUSES,
  'DisputeStatus',
  'awaiting_supplier → accepted | rejected → settled; written_off from any open status',
);
export const DISPUTE_ACTION_ENUM = named(DISPUTE_ACTIONS, 'DisputeAction', 'accept and reject are the supplier\'s; settle, escalate and write_off are staff\'s');
export const SUPPLIER_REMEDY_ENUM = named(SUPPLIER_REMEDIES, 'SupplierRemedy', 'What a supplier offers when it accepts a dispute');
