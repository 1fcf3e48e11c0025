import { createHmac } from 'node:crypto';
import { verifyWebhookSignature, webhookSignature } from './webhook-signature';

describe('webhook signatures', () => {
  const body = '{"id":"d1:1","type":"task.created"}';

  it('is sha256= and the hex HMAC-SHA256 of the raw body', () => {
    const hex = createHmac('sha256', 's3cret').update(body).digest('hex');
    expect(webhookSignature(body, 's3cret')).toBe(`sha256=${hex}`);
    expect(webhookSignature(Buffer.from(body), 's3cret')).toBe(`sha256=${hex}`);
    // RFC 4231 test case 2
    expect(webhookSignature('what do ya want for nothing?', 'Jefe')).toBe(
      'sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  it('verifies only the exact body with the exact secret', () => {
    const signature = webhookSignature(body, 's3cret');
    expect(verifyWebhookSignature(body, 's3cret', signature)).toBe(true);
    expect(verifyWebhookSignature(body + ' ', 's3cret', signature)).toBe(false);
    expect(verifyWebhookSignature(body, 'other', signature)).toBe(false);
    expect(verifyWebhookSignature(body, 's3cret', signature.toUpperCase())).toBe(false);
    expect(verifyWebhookSignature(body, 's3cret', undefined)).toBe(false);
    expect(verifyWebhookSignature(body, 's3cret', 'sha256=')).toBe(false);
  });
});
