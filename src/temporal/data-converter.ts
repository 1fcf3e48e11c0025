/**
 * The one data converter of every Temporal client, worker and replayer of this engine:
 * payloads encrypted by the AES-256-GCM codec (when PAYLOAD_CODEC_KEYS is set), and
 * failure messages and stack traces moved into an (encrypted) payload too, so that no
 * customer data reaches the Temporal server in clear.
 */
import { DefaultFailureConverter, type DataConverter } from '@temporalio/common';
import { AesGcmPayloadCodec } from '../codec/aes-gcm-payload.codec';
import type { PayloadCodecKeys } from '../codec/payload-codec-keys';

export function claimsDataConverter(keys: PayloadCodecKeys | undefined): DataConverter {
  if (!keys) return {};
  return {
    payloadCodecs: [new AesGcmPayloadCodec(keys)],
    failureConverter: new DefaultFailureConverter({ encodeCommonAttributes: true }),
  };
}
