/** The auditor's calls to the API, through the typed client. */
import { api, type Schemas } from '../api/client';
import { unwrap } from '../api/problem';
import { eventsQuery, type EventFilter } from './events-query';

export type { EventFilter } from './events-query';

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
