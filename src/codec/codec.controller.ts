import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator';
import { DomainError } from '../common/errors/domain-error';
import { ApiAuthProblemResponses, ApiValidationProblemResponse } from '../common/openapi/problem-responses';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AesGcmPayloadCodec, PayloadDecryptionError } from './aes-gcm-payload.codec';
import { parseJsonPayloads, toJsonPayload, type JsonPayload } from './codec-payloads';

const EXAMPLE_PLAIN = { payloads: [{ metadata: { encoding: 'anNvbi9wbGFpbg==' }, data: 'eyJjaGFubmVsIjoiaG90bGluZSJ9' }] };
/** The shape an encrypted payload has (its data is IV ‖ ciphertext ‖ tag; these bytes open with no key of yours). */
const EXAMPLE_ENCRYPTED = {
  payloads: [
    {
      metadata: { encoding: 'YmluYXJ5L2VuY3J5cHRlZA==', 'encryption-key-id': 'azIwMjYxMTIz', 'encryption-cipher': 'QUVTMjU2LUdDTQ==' },
      data: 'q3m1cGF5bG9hZC1lbmNyeXB0ZWQtd2l0aC1hZXMtMjU2LWdjbQ==',
    },
  ],
};
const BODY_SCHEMA = {
  type: 'object',
  description: 'Temporal\'s remote codec JSON; `payloads` may be left out when there are none (proto3 JSON); other members are ignored',
  additionalProperties: true,
  properties: {
    payloads: {
      type: 'array',
      maxItems: 1000,
      items: {
        type: 'object',
        additionalProperties: true,
        properties: {
          metadata: { type: 'object', additionalProperties: { type: 'string', format: 'byte' } },
          data: { type: 'string', format: 'byte' },
        },
      },
    },
  },
};

/**
 * Temporal's remote codec protocol, so the web UI (Settings → Codec Server) and the CLI
 * (`--codec-endpoint`, `--codec-auth`) can show the workflow payloads this engine
 * encrypts. Staff who may see customer data only; CORS for CODEC_CORS_ORIGINS.
 */
@ApiTags('codec')
@ApiBearerAuth()
@ApiAuthProblemResponses('/codec/decode')
@ApiHeader({ name: 'X-Namespace', required: false, description: 'sent by the Temporal UI; every namespace uses the same keys' })
@Roles('agent', 'supervisor')
@Controller('codec')
export class CodecController {
  private readonly codec: AesGcmPayloadCodec | undefined;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.codec = config.payloadCodec ? new AesGcmPayloadCodec(config.payloadCodec) : undefined;
  }

  @Post('encode')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Encode payloads (remote codec)',
    description: 'Encrypts each payload with the current key (AES-256-GCM). Without PAYLOAD_CODEC_KEYS the payloads come back unchanged.',
  })
  @ApiBody({ schema: BODY_SCHEMA, examples: { plain: { summary: 'A JSON payload', value: EXAMPLE_PLAIN } } })
  @ApiResponse({ status: 200, description: 'The encoded payloads, in order', schema: BODY_SCHEMA, example: EXAMPLE_ENCRYPTED })
  @ApiValidationProblemResponse({ field: 'payloads[0].data', message: 'data must be a base64 string' }, '/codec/encode')
  async encode(@Body() body: unknown): Promise<{ payloads: JsonPayload[] }> {
    const payloads = this.parse(body);
    const encoded = this.codec ? await this.codec.encode(payloads) : payloads;
    return { payloads: encoded.map(toJsonPayload) };
  }

  @Post('decode')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Decode payloads (remote codec)',
    description:
      'Decrypts each encrypted payload with the key its metadata names (any configured key, current or older); ' +
      'payloads that are not encrypted come back unchanged. A payload with an unknown key id or altered data is a 400.',
  })
  @ApiBody({
    schema: BODY_SCHEMA,
    examples: {
      plain: { summary: 'A payload that is not encrypted: it comes back unchanged', value: EXAMPLE_PLAIN },
      empty: { summary: 'No payloads (the Temporal CLI sends `{}`)', value: {} },
    },
  })
  @ApiResponse({ status: 200, description: 'The decoded payloads, in order', schema: BODY_SCHEMA, example: EXAMPLE_PLAIN })
  @ApiValidationProblemResponse({ field: 'payloads[0]', message: 'payload encrypted with key id "k2019", which is not in PAYLOAD_CODEC_KEYS' }, '/codec/decode')
  async decode(@Body() body: unknown): Promise<{ payloads: JsonPayload[] }> {
    const payloads = this.parse(body);
    if (!this.codec) return { payloads: payloads.map(toJsonPayload) };
    const decoded = [];
    for (const [i, payload] of payloads.entries()) {
      try {
        decoded.push(...(await this.codec.decode([payload])));
      } catch (err) {
        if (!(err instanceof PayloadDecryptionError)) throw err;
        throw new DomainError('validation_failed', `The request has an invalid field: payloads[${i}].`, {
          errors: [{ field: `payloads[${i}]`, message: err.message }],
        });
      }
    }
    return { payloads: decoded.map(toJsonPayload) };
  }

  private parse(body: unknown) {
    const parsed = parseJsonPayloads(body);
    if ('errors' in parsed) {
      throw new DomainError('validation_failed', `The request has an invalid field: ${parsed.errors[0].field}.`, { errors: parsed.errors });
    }
    return parsed.payloads;
  }
}
