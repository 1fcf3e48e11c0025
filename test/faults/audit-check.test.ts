/** The fault scenarios' own judge must be able to say no: each defect it looks for is caught. */
import { auditEventHash, GENESIS_HASH } from '../../src/audit/audit-chain';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { auditLogProblems } from '../support/stack/audit-check';
import { personalDataInLogs } from '../support/stack/log-scan';

const actor = { id: 'a1', name: 'Agent', role: 'agent' as const };
const ACTIONS = ['claim.received', 'claim.triaged', 'claim.closed'];

function chain(actions: string[]) {
  let prev = GENESIS_HASH;
  return actions.map((action, i) => {
    const at = new Date(Date.UTC(2026, 10, 23, 12, 0, i)).toISOString();
    const hash = auditEventHash(prev, { claimId: 'c1', seq: i + 1, at, actor, action, data: { i } });
    const row = { claim_id: 'c1', seq: i + 1, occurred_at: new Date(at), actor_id: actor.id, actor_name: actor.name, actor_role: actor.role, action, data: { i }, prev_hash: prev, hash };
    prev = hash;
    return row;
  });
}

describe('auditLogProblems', () => {
  it('passes a sound log, with system events between the expected ones', () => {
    expect(auditLogProblems('c1', chain(['claim.received', 'sla.breached', 'claim.triaged', 'claim.closed']), ACTIONS)).toEqual([]);
  });

  it('catches a gap, a duplicate, a missing or reordered event, and a broken chain', () => {
    const gap = chain(ACTIONS);
    gap[2].seq = 4;
    expect(auditLogProblems('c1', gap, ACTIONS).join()).toMatch(/seq 4 at position 3/);
    expect(auditLogProblems('c1', chain(['claim.received', 'claim.triaged', 'claim.triaged', 'claim.closed']), ACTIONS).join()).toMatch(/actions/);
    expect(auditLogProblems('c1', chain(['claim.received', 'claim.closed']), ACTIONS).join()).toMatch(/actions/);
    expect(auditLogProblems('c1', chain(['claim.triaged', 'claim.received', 'claim.closed']), ACTIONS).join()).toMatch(/actions/);
    const tampered = chain(ACTIONS);
    tampered[1].data = { i: 99 };
    expect(auditLogProblems('c1', tampered, ACTIONS).join()).toMatch(/seq 2 hash mismatch/);
    const relinked = chain(ACTIONS);
    relinked[2].prev_hash = GENESIS_HASH;
    expect(auditLogProblems('c1', relinked, ACTIONS).join()).toMatch(/seq 3 prev_hash does not link/);
  });
});

describe('personalDataInLogs', () => {
  it('names the file and line of a name, phone or e-mail in any log, and passes clean logs', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wce-logs-'));
    fs.writeFileSync(path.join(dir, 'worker.log'), 'started\n[notification n1] survey_link (ru) to the customer\'s e-mail\n');
    expect(personalDataInLogs(dir)).toEqual([]);
    fs.writeFileSync(path.join(dir, 'api.log'), 'ok\nsent to +79161234567\nfor Анна Петрова <anna@example.com>\n');
    expect(personalDataInLogs(dir)).toEqual(['api.log:2 a customer phone', 'api.log:3 a customer name', 'api.log:3 a customer e-mail']);
  });
});
