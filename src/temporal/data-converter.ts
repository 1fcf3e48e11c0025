/**
 * The one data converter of every Temporal client, worker and replayer of this engine:
 * payloads (workflow and activity inputs and results, update arguments, query answers)
 * encrypted by the AES-256-GCM codec when PAYLOAD_CODEC_KEYS is set.
 *
 * Failure messages are not payloads and stay in clear: the engine's refusals and errors
 * name states and fields, never customer data.
 */
import type { DataConverter } from '@temporalio/common';
import { AesGcmPayloadCodec } from '../codec/aes-gcm-payload.codec';
import type { PayloadCodecKeys } from '../codec/payload-codec-keys';

export function claimsDataConverter(keys: PayloadCodecKeys | undefined): DataConverter {
  return keys ? { payloadCodecs: [new AesGcmPayloadCodec(keys)] } : {};
}
