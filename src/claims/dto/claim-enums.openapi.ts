/**
 * The claim vocabularies as named OpenAPI enums. Every DTO refers to the same
 * `enumName`, so the document holds each list once (components.schemas.Channel, …)
 * and a generated client gets one type per list.
 */
import {
  CHANNELS,
  CLAIM_ACTIONS,
  CLAIM_STATUSES,
  CLAIM_TYPES,
  REMEDY_KINDS,
  RESPONSIBLE_UNITS,
  SEVERITIES,
} from '../../../domain/claim.types';

export interface NamedEnum {
  enum: string[];
  enumName: string;
  /** the shared component's own description (else it takes the first property's) */
  enumSchema: { description: string };
}

function named(values: readonly string[], enumName: string, description: string): NamedEnum {
  return { enum: [...values], enumName, enumSchema: { description } };
}

export const CHANNEL_ENUM = named(CHANNELS, 'Channel', 'Intake channel of a claim');
export const CLAIM_TYPE_ENUM = named(CLAIM_TYPES, 'ClaimType', 'What a claim is about');
export const RESPONSIBLE_UNIT_ENUM = named(RESPONSIBLE_UNITS, 'ResponsibleUnit', 'Who is responsible for what went wrong');
export const SEVERITY_ENUM = named(SEVERITIES, 'Severity', 'How bad the problem is');
export const REMEDY_KIND_ENUM = named(
  REMEDY_KINDS,
  'RemedyKind',
  'A remedy under the consumer protection law; `rejected` means the claim is unfounded (with a written reason)',
);
export const CLAIM_STATUS_ENUM = named(CLAIM_STATUSES, 'ClaimStatus', 'Lifecycle status of a claim');
export const CLAIM_ACTION_ENUM = named(CLAIM_ACTIONS, 'ClaimAction', 'A care-staff lifecycle action on a claim');
export const CLOSED_REASON_ENUM = named(['completed', 'withdrawn'], 'ClaimClosedReason', 'Why a claim closed');
export const WARRANTY_BASIS_ENUM = named(['delivery', 'purchase'], 'WarrantyBasis', 'What the warranty period runs from');
