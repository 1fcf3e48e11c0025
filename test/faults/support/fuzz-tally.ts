/**
 * What the fuzzer reached, per endpoint (method + path template): the answers' statuses,
 * the requests meant as valid / near-valid / junk, and how many got past validation —
 * so that a run can show, and assert, that it reaches the workflows and the repositories
 * behind each endpoint and does not stop at the edge.
 */
import type { Intent } from './fuzz-arbitraries';

export interface Answer {
  status: number;
  body: unknown;
}

/**
 * The request got past authentication and validation: a 2xx, or a refusal that only a
 * handler gives once the body, query and path were accepted — 409 (refused by the claim's
 * or dispute's state, already exists), 410 (gone), or the API's own 404 for an id it
 * looked up (problem type `not-found`; a route Express did not match is `about:blank`).
 * A 400 (validation, malformed body), 401, 403, 405, 413, 415, 422 or 429 did not.
 */
export function passedValidation(answer: Answer): boolean {
  const { status } = answer;
  if (status >= 200 && status < 300) return true;
  if (status === 409 || status === 410) return true;
  if (status === 404) return String((answer.body as { type?: unknown } | undefined)?.type ?? '').endsWith('/not-found');
  return false;
}

interface Row {
  requests: number;
  ms: number;
  passed: number;
  intents: Record<Intent, number>;
  statuses: Record<number, number>;
}

export class FuzzTally {
  private readonly rows = new Map<string, Row>();
  /** why requests meant as valid were refused at validation, a few per endpoint (schema rules the document cannot say) */
  private readonly refusedValid = new Map<string, string[]>();

  record(endpoint: string, intent: Intent, answer: Answer): void {
    let row = this.rows.get(endpoint);
    if (!row) this.rows.set(endpoint, (row = { requests: 0, ms: 0, passed: 0, intents: { valid: 0, 'near-valid': 0, junk: 0 }, statuses: {} }));
    row.requests += 1;
    row.intents[intent] += 1;
    row.statuses[answer.status] = (row.statuses[answer.status] ?? 0) + 1;
    if (passedValidation(answer)) row.passed += 1;
    else if (intent === 'valid' && answer.status === 400) {
      const seen = this.refusedValid.get(endpoint) ?? [];
      const body = answer.body as { detail?: string; errors?: Array<{ field: string; message: string }> } | undefined;
      if (seen.length < 3) seen.push(`${body?.detail ?? ''} ${JSON.stringify(body?.errors ?? [])}`.slice(0, 300));
      this.refusedValid.set(endpoint, seen);
    }
  }

  /** the time the endpoint's property took, requests and checks */
  took(endpoint: string, ms: number): void {
    const row = this.rows.get(endpoint);
    if (row) row.ms += ms;
  }

  passed(endpoint: string): number {
    return this.rows.get(endpoint)?.passed ?? 0;
  }

  /** `endpoint → passed` for the endpoints given, for an assertion that names the ones below a minimum. */
  below(endpoints: string[], minimum: number): Record<string, number> {
    return Object.fromEntries(endpoints.filter((e) => this.passed(e) < minimum).map((e) => [e, this.passed(e)]));
  }

  /** A fixed-width table: endpoint, requests, past validation, time taken, intents, statuses. */
  table(): string {
    const lines = [...this.rows.entries()].map(([endpoint, r]) => {
      const statuses = Object.entries(r.statuses)
        .map(([s, n]) => `${s}×${n}`)
        .join(' ');
      return `${endpoint.padEnd(58)} ${String(r.requests).padStart(4)} ${String(r.passed).padStart(6)} ${String(r.ms).padStart(6)}   ${`${r.intents.valid}/${r.intents['near-valid']}/${r.intents.junk}`.padEnd(9)} ${statuses}`;
    });
    if (process.env.FAULT_VERBOSE === '1') {
      for (const [endpoint, reasons] of this.refusedValid) lines.push(`  valid by its schema, refused: ${endpoint}: ${reasons.join(' | ')}`);
    }
    return [`${'endpoint'.padEnd(58)} reqs passed     ms   v/nv/junk statuses`, ...lines].join('\n');
  }
}
