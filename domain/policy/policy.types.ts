/**
 * The claims policy's types, inferred from its schema (policy.schema.ts, where each field
 * is described): every duration the lifecycle uses, as strings the Temporal SDK accepts
 * ("24h", "10d", "45 days"). Loaded from CLAIMS_POLICY_FILE, validated at start-up, and
 * snapshotted into each claim's workflow at intake. Type-only: nothing of zod reaches the
 * workflow bundle.
 */
import type { z } from 'zod';
import type { POLICY_SCHEMA } from './policy.schema';

export type DurationString = string;

type Parsed = z.output<typeof POLICY_SCHEMA>;

export type RemedyDeadlines = Parsed['remedyDeadlines'];
export type BusinessCalendarPolicy = Parsed['businessCalendar'];
export type SupplierDisputePolicy = Parsed['supplierDisputes'];
export type FollowUpPolicy = Parsed['followUp'];
export type ReviewPlatformRule = FollowUpPolicy['reviewPlatforms']['default'];

/**
 * A policy snapshot as a claim holds it. The optional sections are always set by
 * parsePolicy; a snapshot taken before one existed lacks it (policy.rules.ts reads it
 * with the defaults). A claim whose snapshot has no `followUp` closes as soon as it is
 * resolved.
 */
export type ClaimsPolicy = Omit<Parsed, 'businessCalendar' | 'supplierDisputes' | 'followUp'> &
  Partial<Pick<Parsed, 'businessCalendar' | 'supplierDisputes' | 'followUp'>>;
