/**
 * Idempotency-Keys are remembered for the policy's TTL (`idempotencyKeyTtl`, 24 h by
 * default; 2 s here): within it a replay is the same claim (and another body a 422),
 * after it the key is free and names a new claim.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { claimBody, REPO_ROOT, startTestApp, type TestApp } from '../support/test-app';

describe('Idempotency-Key expiry', () => {
  let t: TestApp;
  beforeAll(async () => {
    const policy = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'policy', 'default-policy.json'), 'utf8'));
    policy.idempotencyKeyTtl = '2s';
    const policyFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wce-policy-')), 'policy.json');
    fs.writeFileSync(policyFile, JSON.stringify(policy));
    t = await startTestApp({ policyFile });
  });
  afterAll(() => t?.close());

  it('replays within the TTL, and takes the key for a new claim after it', async () => {
    const key = `expiring-${Date.now()}`;
    const first = claimBody();
    delete first.externalRef;
    const created = await t.http.post('/claims').set(t.auth('agent')).set('Idempotency-Key', key).send(first).expect(201);
    const replay = await t.http.post('/claims').set(t.auth('agent')).set('Idempotency-Key', key).send(first).expect(200);
    expect(replay.body.id).toBe(created.body.id);
    const second = claimBody();
    delete second.externalRef;
    await t.http.post('/claims').set(t.auth('agent')).set('Idempotency-Key', key).send(second).expect(422);

    await new Promise((r) => setTimeout(r, 2_500));
    const fresh = await t.http.post('/claims').set(t.auth('agent')).set('Idempotency-Key', key).send(second).expect(201);
    expect(fresh.body.id).not.toBe(created.body.id);
    expect(fresh.body.order.orderId).toBe(second.order.orderId);
    // and the key now belongs to the new claim
    const again = await t.http.post('/claims').set(t.auth('agent')).set('Idempotency-Key', key).send(second).expect(200);
    expect(again.body.id).toBe(fresh.body.id);
  });
});
