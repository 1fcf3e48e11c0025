/**
 * No personal data in any log line (docs/security.md): the logs of a scenario's
 * processes (API, worker, Temporal, PostgreSQL) scanned for the customers' names, phones
 * and e-mail addresses the test claims carry. Reports file and line, never the data.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CREATE_CLAIM_EXAMPLE } from '../../../src/claims/dto/create-claim.dto';

/** What the test claims' customers are called and reached at (claim-fixtures.ts). */
export const PERSONAL_DATA_PATTERNS: Array<{ what: string; pattern: RegExp }> = [
  { what: 'a customer name', pattern: new RegExp(CREATE_CLAIM_EXAMPLE.customer.name) },
  { what: 'a customer e-mail', pattern: new RegExp(CREATE_CLAIM_EXAMPLE.customer.email.replace('.', '\\.')) },
  { what: 'a customer phone', pattern: /\+7916\d{7}/ },
];

/** Every `*.log` file under `dir` with a line holding personal data: "worker.log:120 a customer phone". */
export function personalDataInLogs(dir: string): string[] {
  const found: string[] = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.log'))) {
    const lines = fs.readFileSync(path.join(dir, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      for (const { what, pattern } of PERSONAL_DATA_PATTERNS) if (pattern.test(line)) found.push(`${file}:${i + 1} ${what}`);
    });
  }
  return found;
}
