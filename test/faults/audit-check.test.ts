/** The fault scenarios' own judge must be able to say no: each defect it looks for is caught. */
import { auditEventHash, GENESIS_HASH } from '../../domain/audit/audit-chain';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { auditLogProblems, deliveryCounts, notificationProblems, supplierWebhookProblems, type NotificationRow } from '../support/stack/audit-check';
import { personalDataInLogs } from '../support/stack/log-scan';

const actor = { id: 'a1', name: 'Agent', role: 'agent' as const };
const ACTIONS = ['claim.received', 'claim.triaged', 'claim.closed'];

/** A well-chained log of these actions; `data[i]` replaces event i's data (default `{ i }`). */
function chain(actions: string[], data: Record<number, unknown> = {}) {
  let prev = GENESIS_HASH;
  return actions.map((action, i) => {
    const at = new Date(Date.UTC(2026, 10, 23, 12, 0, i)).toISOString();
    const eventData = i in data ? data[i] : { i };
    const hash = auditEventHash(prev, { claimId: 'c1', seq: i + 1, at, actor, action, data: eventData });
    const row = { claim_id: 'c1', seq: i + 1, occurred_at: new Date(at), actor_id: actor.id, actor_name: actor.name, actor_role: actor.role, action, data: eventData, prev_hash: prev, hash };
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

describe('auditLogProblems: no event twice, system ones included', () => {
  it('catches a second timer event (sla.breached, deadline.*) even when its data differs', () => {
    for (const system of ['sla.breached', 'deadline.warning', 'deadline.breached', 'survey.sent', 'survey.reminder_sent', 'survey.expired']) {
      const log = chain(['claim.received', system, 'claim.triaged', system, 'claim.closed']);
      expect(auditLogProblems('c1', log, ACTIONS).join()).toContain(`${system} 2 times`);
    }
  });

  it('catches any action twice with the same data, whatever the action', () => {
    const log = chain(['claim.received', 'claim.triaged', 'note.added', 'note.added', 'claim.closed'], { 2: { text: 'called back' }, 3: { text: 'called back' } });
    expect(auditLogProblems('c1', log, ACTIONS)).toEqual(['c1: duplicate event note.added at seq 4 (same as seq 3)']);
    const twoNotes = chain(['claim.received', 'claim.triaged', 'note.added', 'note.added', 'claim.closed'], { 2: { text: 'called back' }, 3: { text: 'photos in' } });
    expect(auditLogProblems('c1', twoNotes, ACTIONS)).toEqual([]);
  });

  it('catches a repeated penalty accrual (a late timer may skip days, never repeat or go back)', () => {
    const penalties = (...days: number[]) =>
      chain(['claim.received', 'claim.triaged', ...days.map(() => 'penalty.accrued'), 'claim.closed'], Object.fromEntries(days.map((d, i) => [i + 2, { penaltyDays: d, penaltyAmount: d * 10 }])));
    expect(auditLogProblems('c1', penalties(1, 2, 3), ACTIONS)).toEqual([]);
    expect(auditLogProblems('c1', penalties(4, 5), ACTIONS)).toEqual([]);
    expect(auditLogProblems('c1', penalties(1, 2, 2), ACTIONS).join()).toMatch(/duplicate event penalty.accrued at seq 5.*#3 says day 2 after day 2/);
    const sameDayOtherAmount = chain(['claim.received', 'claim.triaged', 'penalty.accrued', 'penalty.accrued', 'claim.closed'], { 2: { penaltyDays: 3, penaltyAmount: 30 }, 3: { penaltyDays: 3, penaltyAmount: 31 } });
    expect(auditLogProblems('c1', sameDayOtherAmount, ACTIONS)).toEqual(['c1: penalty.accrued #2 says day 3 after day 3']);
    expect(auditLogProblems('c1', penalties(3, 2), ACTIONS)).toEqual(['c1: penalty.accrued #2 says day 2 after day 3']);
  });

  it('demands each unordered action (a dispute\'s) exactly once', () => {
    const once = chain(['claim.received', 'dispute.opened', 'claim.triaged', 'dispute.settled', 'claim.closed']);
    expect(auditLogProblems('c1', once, ACTIONS, ['dispute.opened', 'dispute.settled'])).toEqual([]);
    const twice = chain(['claim.received', 'dispute.opened', 'claim.triaged', 'dispute.opened', 'claim.closed']);
    expect(auditLogProblems('c1', twice, ACTIONS, ['dispute.opened', 'dispute.settled']).join()).toMatch(/dispute.opened 2 times, expected once.*dispute.settled 0 times/);
  });
});

describe('notificationProblems', () => {
  const KINDS = ['claim_received', 'remedy_chosen'];
  const row = (seq: number, kind: string, status = 'sent'): NotificationRow => ({ id: `c1:${seq}`, claim_id: 'c1', kind, status });
  const seqs = new Set([1, 2, 3]);
  const sound = [row(1, 'claim_received'), row(3, 'remedy_chosen')];
  const deliveredOnce = new Map([['c1:1', 1], ['c1:3', 1]]);

  it('passes each kind recorded once, sent, delivered once', () => {
    expect(notificationProblems('c1', sound, KINDS, seqs, deliveredOnce)).toEqual([]);
  });

  it('catches a notification recorded twice, one missing, one unsent, one not from the log', () => {
    expect(notificationProblems('c1', [...sound, row(2, 'remedy_chosen')], KINDS, seqs).join()).toMatch(/notifications \["claim_received","remedy_chosen","remedy_chosen"\]/);
    expect(notificationProblems('c1', [row(1, 'claim_received')], KINDS, seqs).join()).toMatch(/expected each of/);
    expect(notificationProblems('c1', [row(1, 'claim_received'), row(3, 'remedy_chosen', 'pending')], KINDS, seqs)).toEqual(['c1: notification c1:3 (remedy_chosen) is pending']);
    expect(notificationProblems('c1', [row(1, 'claim_received'), row(9, 'remedy_chosen')], KINDS, seqs)).toEqual(["c1: notification c1:9 is not from an event of the claim's log"]);
  });

  it('catches a notification delivered twice, or never', () => {
    expect(notificationProblems('c1', sound, KINDS, seqs, new Map([['c1:1', 2], ['c1:3', 1]]))).toEqual(['c1: notification c1:1 (claim_received) delivered 2 times']);
    expect(notificationProblems('c1', sound, KINDS, seqs, new Map([['c1:1', 1]]))).toEqual(['c1: notification c1:3 (remedy_chosen) delivered 0 times']);
  });
});

describe('deliveryCounts', () => {
  const d = (id: string, at: number, body = `{"id":"${id}"}`) => ({ id, body, at });

  it('counts an identical repeat across a crash of the sender as a redelivery', () => {
    const got = [d('c1:1', 100), d('c1:2', 150), d('c1:1', 300)];
    expect(deliveryCounts(got, [200])).toEqual({ counts: new Map([['c1:1', 1], ['c1:2', 1]]), redeliveries: 1, problems: [] });
  });

  it('fails a repeat with no crash in between, or of a delivery made long before the crash', () => {
    expect(deliveryCounts([d('c1:1', 100), d('c1:1', 300)]).problems).toEqual(['c1:1 delivered again 200 ms later with no crash of its sender just after the first delivery']);
    expect(deliveryCounts([d('c1:1', 100), d('c1:1', 300)], [50, 400]).problems).toHaveLength(1);
    expect(deliveryCounts([d('c1:1', 100), d('c1:1', 100_000)], [90_000]).problems).toHaveLength(1);
    expect(deliveryCounts([d('c1:1', 100), d('c1:1', 100_000)], [50_000]).problems).toEqual([]);
  });

  it('counts a repeat of a delivery made while the database was down (it could not be recorded) as a redelivery', () => {
    const outage = { from: 1_000, to: 11_000 };
    expect(deliveryCounts([d('c1:1', 5_000), d('c1:1', 20_000)], [outage]).problems).toEqual([]);
    expect(deliveryCounts([d('c1:1', 12_000), d('c1:1', 20_000)], [outage]).problems).toHaveLength(1); // made after it was back: recorded
    expect(deliveryCounts([d('c1:1', 5_000), d('c1:1', 20_000)], [1_000]).problems).toHaveLength(1); // a crash at 1 s alone does not explain it
  });

  it('counts a second delivery with other content under the same id as a second notification', () => {
    const { counts, redeliveries } = deliveryCounts([d('c1:1', 100), d('c1:1', 300, '{"id":"c1:1","subject":"again"}')], [200]);
    expect(redeliveries).toBe(0);
    expect(notificationProblems('c1', [{ id: 'c1:1', claim_id: 'c1', kind: 'claim_received', status: 'sent' }], ['claim_received'], new Set([1]), counts)).toEqual([
      'c1: notification c1:1 (claim_received) delivered 2 times',
    ]);
  });
});

describe('supplierWebhookProblems', () => {
  const TYPES = ['task.created', 'task.settled'];
  let clock = 0;
  const d = (id: string, type: string, signed = true) => ({ id, type, signed, body: `{"id":"${id}"}`, at: (clock += 10) });

  it('passes each event once, signed, the expected types per dispute', () => {
    expect(supplierWebhookProblems([d('d1:1', 'task.created'), d('d2:1', 'task.created'), d('d1:2', 'task.settled'), d('d2:2', 'task.settled')], ['d1', 'd2'], TYPES)).toEqual([]);
  });

  it('catches an event delivered twice, a bad signature, a missing event', () => {
    const twice = [d('d1:1', 'task.created'), d('d1:1', 'task.created'), d('d1:2', 'task.settled')];
    expect(supplierWebhookProblems(twice, ['d1'], TYPES).join()).toMatch(/^d1:1 delivered again 10 ms later with no crash of its sender/);
    expect(supplierWebhookProblems(twice, ['d1'], TYPES, [twice[0].at + 5])).toEqual([]);
    const otherBody = [d('d1:1', 'task.created'), { ...d('d1:1', 'task.created'), body: '{"id":"d1:1","x":1}' }, d('d1:2', 'task.settled')];
    expect(supplierWebhookProblems(otherBody, ['d1'], TYPES, [otherBody[0].at + 5])).toEqual(['supplier event d1:1 (task.created) delivered 2 times']);
    expect(supplierWebhookProblems([d('d1:1', 'task.created', false), d('d1:2', 'task.settled')], ['d1'], TYPES)).toEqual(['supplier event d1:1 arrived with a bad signature']);
    expect(supplierWebhookProblems([d('d1:1', 'task.created')], ['d1'], TYPES)).toEqual(['dispute d1: webhooks ["task.created"], expected ["task.created","task.settled"]']);
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
