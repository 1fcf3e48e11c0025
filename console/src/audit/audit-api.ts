/** The auditor's calls to the API, through the typed client. */
import { api, type Schemas } from '../api/client';
import { unwrap } from '../api/problem';
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

/** One page of events (JSON: the operation also documents its NDJSON and CSV answers, hence the narrowing). */
export async function eventsPage(filter: EventFilter, timeZone: string, cursor?: string): Promise<Schemas['AuditEventPageDto']> {
  const page = unwrap(await api.GET('/audit/events', { params: { query: { ...eventsQuery(filter, timeZone), limit: 50, ...(cursor ? { cursor } : {}) } } }));
  if (typeof page === 'string') throw new Error('expected a JSON page of events');
  return page;
}

/** The whole export as a file (the API streams it), or a thrown ProblemError. */
export async function exportEvents(filter: EventFilter, timeZone: string, format: 'ndjson' | 'csv'): Promise<Blob> {
  const result = await api.GET('/audit/events', { params: { query: { ...eventsQuery(filter, timeZone), format } }, parseAs: 'blob' });
  return unwrap(result as { data?: Blob; error?: unknown; response: Response });
}
