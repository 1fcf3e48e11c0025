/**
 * Idempotency-Keys are remembered for the policy's TTL (`idempotencyKeyTtl`, 24 h by
 * default; 8 s here, long enough for an intake and its replay on a loaded CI machine — a
 * 2 s TTL once ran out between them): within it a replay is the same claim (and another
 * body a 422), after it the key is free and names a new claim.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { claimBody, REPO_ROOT, startTestApp, type TestApp } from '../support/test-app';

const TTL_MS = 8_000;

describe('Idempotency-Key expiry', () => {
  let t: TestApp;
  beforeAll(async () => {
    const policy = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'policy', 'default-policy.json'), 'utf8'));
    policy.idempotencyKeyTtl = `${TTL_MS / 1000}s`;
    const policyFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wce-policy-')), 'policy.json');
    fs.writeFileSync(policyFile, JSON.stringify(policy));
    t = await startTestApp({ policyFile });
  });
  afterAll(() => t?.close());

  it('replays within the TTL, and takes the key for a new claim after it', async () => {
    const key = `expiring-${Date.now()}`;
    const sentAt = Date.now();
    const first = claimBody();
    delete first.externalRef;
    const created = await t.http.post('/claims').set(t.auth('agent')).set('Idempotency-Key', key).send(first).expect(201);
    const replay = await t.http.post('/claims').set(t.auth('agent')).set('Idempotency-Key', key).send(first).expect(200);
    expect(replay.body.id).toBe(created.body.id);
    const second = claimBody();
    delete second.externalRef;
    await t.http.post('/claims').set(t.auth('agent')).set('Idempotency-Key', key).send(second).expect(422);
    expect(Date.now() - sentAt).toBeLessThan(TTL_MS); // all of the above within the TTL

    await new Promise((r) => setTimeout(r, Math.max(0, sentAt + TTL_MS + 500 - Date.now())));
    const fresh = await t.http.post('/claims').set(t.auth('agent')).set('Idempotency-Key', key).send(second).expect(201);
    expect(fresh.body.id).not.toBe(created.body.id);
    expect(fresh.body.order.orderId).toBe(second.order.orderId);
    // and the key now belongs to the new claim
    const again = await t.http.post('/claims').set(t.auth('agent')).set('Idempotency-Key', key).send(second).expect(200);
    expect(again.body.id).toBe(fresh.body.id);
  });
});
