/** The query string of GET /audit/events from the auditor's filter (pure: unit-tested in events-query.spec.ts). */
import type { operations } from '../api/schema';
import { dayBoundary } from '../format/time';

export interface EventFilter {
  fromDay?: string;
  toDay?: string;
  claimId?: string;
  actor?: string;
  role?: string;
  action?: string;
  supplierId?: string;
}

type Query = NonNullable<operations['AuditEventsController_list']['parameters']['query']>;

/** The query string of GET /audit/events: days of the policy's zone sent with its offset, empty fields left out. */
export function eventsQuery(filter: EventFilter, timeZone: string): Query {
  const q: Record<string, string> = {};
  if (filter.fromDay) q.from = dayBoundary(filter.fromDay, timeZone, false);
  if (filter.toDay) q.to = dayBoundary(filter.toDay, timeZone, true);
  for (const k of ['claimId', 'actor', 'role', 'action', 'supplierId'] as const) {
    const v = filter[k]?.trim();
    if (v) q[k] = v;
  }
  return q as Query;
}
