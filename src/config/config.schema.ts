/**
 * Every environment variable the API and the worker read, declared once: its rule, its
 * default and its meaning. From this schema come the parsed values' types (AppConfig),
 * the validation at start-up (every problem listed at once, app-config.ts), the start-up
 * line (describeConfig) and the README's configuration table (config-table.ts; a unit
 * test fails when the README's copy is stale).
 *
 * Metadata per variable: `description` (the README's "meaning"), `defaultDoc` (the
 * README's "default" where the literal default does not say it all), `secret` (never
 * shown: `<set>`/`<unset>`), `url` (shown with its password masked), `raw` (not trimmed:
 * compared byte for byte).
 */
import { isIP } from 'node:net';
import { z } from 'zod';
import { parseAllowedNetworks } from '../../activities/outbound/outbound-http';
import { NOTIFICATION_SENDER_KINDS } from '../../activities/customer-notifications/notification-sender';
import { durationMs } from '../../domain/time/duration';

export const LOG_LEVELS = ['error', 'warn', 'log', 'debug'] as const;
export type AppLogLevel = (typeof LOG_LEVELS)[number];
export const LOG_FORMATS = ['json', 'text'] as const;
export type AppLogFormat = (typeof LOG_FORMATS)[number];

export const ADMIN_API_KEY_MIN_LENGTH = 24;
export const DEFAULT_CODEC_CORS_ORIGINS = 'http://localhost:8233,http://127.0.0.1:8233';
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 600;

export interface VariableMeta {
  description: string;
  defaultDoc?: string;
  secret?: boolean;
  url?: boolean;
  raw?: boolean;
}

const ORIGIN_PATTERN = /^https?:\/\/[A-Za-z0-9.\-[\]:]+(:\d{1,5})?$/;
const HOST_PORT_PATTERN = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/;

function durationOrNaN(text: string): number {
  try {
    return durationMs(text);
  } catch {
    return Number.NaN;
  }
}

function allowedNetworksProblem(text: string): string | undefined {
  try {
    parseAllowedNetworks(text);
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}

const wholePerMinute = (fallback: number, description: string) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number 0-1000000 (0 = no limit)')
    .transform(Number)
    .refine((n) => n <= 1_000_000, 'must be a whole number 0-1000000 (0 = no limit)')
    .default(fallback)
    .meta({ description } satisfies VariableMeta);

const secretAtLeast32 = (description: string, defaultDoc: string) =>
  z
    .string()
    .superRefine((s, ctx) => {
      if (s.length < 32) ctx.addIssue({ code: 'custom', message: `must be at least 32 characters long (got ${s.length})` });
    })
    .optional()
    .meta({ description, defaultDoc, secret: true } satisfies VariableMeta);

export const CONFIG_SCHEMA = z.object({
  HOST: z
    .string()
    .refine((h) => isIP(h) !== 0 || /^[A-Za-z0-9.-]+$/.test(h), 'must be an address to listen on, such as 127.0.0.1 or 0.0.0.0')
    .default('127.0.0.1')
    .meta({ description: 'the address the API listens on; `0.0.0.0` for every interface', defaultDoc: '`127.0.0.1` (the image sets `0.0.0.0`)' } satisfies VariableMeta),
  PORT: z
    .string()
    .regex(/^\d+$/, 'must be a TCP port number 0-65535 (0 = any free port)')
    .transform(Number)
    .refine((n) => n <= 65535, 'must be a TCP port number 0-65535 (0 = any free port)')
    .default(3000)
    .meta({ description: "the API's HTTP port (`0` = any free port)" } satisfies VariableMeta),
  DATABASE_URL: z
    .string()
    .refine((u) => URL.canParse(u) && ['postgres:', 'postgresql:'].includes(new URL(u).protocol), 'must be a PostgreSQL URL like postgres://user:password@host:5432/database')
    .optional()
    .meta({
      description: '`postgres://user:password@host:5432/database`',
      defaultDoc: '— (required by `npm run api`/`worker`; embedded under `npm start`)',
      url: true,
    } satisfies VariableMeta),
  TEMPORAL_ADDRESS: z
    .string()
    .refine((a) => Number(HOST_PORT_PATTERN.exec(a)?.[2] ?? Number.NaN) <= 65535, 'must be host:port, e.g. 127.0.0.1:7233')
    .default('127.0.0.1:7233')
    .meta({
      description: 'Temporal frontend `host:port`; the API tries it for 10 s at start-up (a server still starting), then exits saying what to check',
      defaultDoc: '`127.0.0.1:7233` (a dev server under `npm start` when unset)',
    } satisfies VariableMeta),
  TEMPORAL_NAMESPACE: z
    .string()
    .default('default')
    .meta({ description: 'Temporal namespace (the claim search attributes must be registered in it)' } satisfies VariableMeta),
  TEMPORAL_TASK_QUEUE: z.string().default('claims').meta({ description: 'task queue of the claim workflows' } satisfies VariableMeta),
  ADMIN_API_KEY: z
    .string()
    .superRefine((k, ctx) => {
      if (k.length < ADMIN_API_KEY_MIN_LENGTH) {
        ctx.addIssue({ code: 'custom', message: `must be at least ${ADMIN_API_KEY_MIN_LENGTH} characters long (got ${k.length}); generate one with \`openssl rand -hex 24\`` });
      }
      if (/\s/.test(k)) ctx.addIssue({ code: 'custom', message: 'must not contain whitespace' });
    })
    .optional()
    .meta({
      description: 'the first admin key, ≥ 24 characters; created (hashed) if no key of that name exists',
      defaultDoc: '— (generated by `npm start`)',
      secret: true,
      raw: true,
    } satisfies VariableMeta),
  CLAIMS_POLICY_FILE: z
    .string()
    .optional()
    .meta({
      description:
        'durations, rates and lists of the lifecycle ([policy/README.md](policy/README.md)); `policy/short-policy.json` has second-long durations for demos and tests',
      defaultDoc: '`policy/default-policy.json`',
    } satisfies VariableMeta),
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(\.\d+)?\s*(b|kb|mb|gb)?$/i, 'must be a size like 256kb or 1mb')
    .default('256kb')
    .meta({ description: 'largest request body; larger ones get a 413' } satisfies VariableMeta),
  PAYLOAD_CODEC_KEYS: z
    .string()
    .optional()
    .meta({
      description:
        '`id:base64key,...` AES-256-GCM keys encrypting workflow payloads (customer data never sits in clear in Temporal); keep old ids listed after a rotation',
      defaultDoc: 'unset (no encryption, a warning); `npm start` generates one in `.data/payload-codec-keys`',
      secret: true,
    } satisfies VariableMeta),
  PAYLOAD_CODEC_KEY_ID: z
    .string()
    .optional()
    .meta({ description: 'the key new payloads are encrypted with', defaultDoc: 'the last key listed' } satisfies VariableMeta),
  CODEC_CORS_ORIGINS: z
    .string()
    .transform((text) => text.split(',').map((o) => o.trim()).filter((o) => o.length > 0))
    .superRefine((origins, ctx) => {
      for (const origin of origins) {
        if (!ORIGIN_PATTERN.test(origin)) ctx.addIssue({ code: 'custom', message: `${JSON.stringify(origin)} is not an origin like http://localhost:8233` });
      }
    })
    .default(DEFAULT_CODEC_CORS_ORIGINS.split(','))
    .meta({ description: 'browser origins allowed to call `/codec/encode` and `/codec/decode`', defaultDoc: "the dev server's web UI (`:8233`)" } satisfies VariableMeta),
  RATE_LIMIT_PER_MINUTE: wholePerMinute(DEFAULT_RATE_LIMIT_PER_MINUTE, 'requests per minute per API key (429 with `Retry-After` beyond); `0` = no limit'),
  AUTH_FAILURES_PER_MINUTE: wholePerMinute(
    30,
    'refused API keys per minute per client address; beyond, every request from it with a key gets 429 until the bucket refills; `0` = no limit',
  ),
  SURVEY_RATE_LIMIT_PER_MINUTE: wholePerMinute(60, 'requests per minute per client address to `/surveys/*` (429 beyond); `0` = no limit'),
  AUDIT_CHECKPOINT_KEY: secretAtLeast32(
    "signs each audit event's global hash; ≥ 32 characters; the same for the API and the worker, never stored in the database ([security](docs/security.md))",
    '— (required by `npm run api`/`worker`; `npm start` generates one and keeps it in `.data/audit-checkpoint-key`)',
  ),
  SURVEY_TOKEN_SECRET: secretAtLeast32(
    "signs the customers' survey links; ≥ 32 characters; the same for the API and the worker",
    '— (required by `npm run api`/`worker`, which refuse to start without it; `npm start` generates one and keeps it in `.data/survey-token-secret`)',
  ),
  PUBLIC_BASE_URL: z
    .string()
    .transform((u) => u.replace(/\/+$/, ''))
    .refine((u) => /^https?:\/\/[^\s/]+(\/\S*)?$/.test(u), 'must be an http(s) URL such as https://claims.example.com')
    .optional()
    .meta({ description: 'where customers reach the API (survey links)', defaultDoc: '`http://127.0.0.1:$PORT`' } satisfies VariableMeta),
  NOTIFICATION_SENDER: z
    .enum(NOTIFICATION_SENDER_KINDS as unknown as ['log', 'webhook', 'smtp'], { error: `must be one of ${NOTIFICATION_SENDER_KINDS.join(', ')}` })
    .default('log')
    .meta({ description: 'how customer notifications leave: `log`, `webhook` (`NOTIFICATION_WEBHOOK_URL`) or `smtp` (`SMTP_URL`, `SMTP_FROM`)' } satisfies VariableMeta),
  NOTIFICATION_WEBHOOK_URL: z
    .string()
    .refine((u) => /^https?:\/\//.test(u), 'must be an http(s) URL')
    .optional()
    .meta({ description: 'with `NOTIFICATION_SENDER=webhook`: where each notification is posted (JSON, `Idempotency-Key` = the notification id)', url: true } satisfies VariableMeta),
  SMTP_URL: z
    .string()
    .refine((u) => /^smtps?:\/\//.test(u), 'must be an smtp:// or smtps:// URL')
    .optional()
    .meta({ description: 'with `NOTIFICATION_SENDER=smtp`: the mail server, `smtp(s)://user:password@host:port`', url: true } satisfies VariableMeta),
  SMTP_FROM: z.string().optional().meta({ description: 'with `NOTIFICATION_SENDER=smtp`: the sender address of customer mails' } satisfies VariableMeta),
  OUTBOUND_ALLOWED_NETWORKS: z
    .string()
    .superRefine((text, ctx) => {
      const problem = allowedNetworksProblem(text);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .default('')
    .meta({
      description:
        'CIDRs (`10.20.0.0/16,127.0.0.1/32`) that supplier and notification webhooks may reach although private; every other loopback, private, link-local or reserved address is refused when the webhook connects',
      defaultDoc: '— (public addresses only)',
    } satisfies VariableMeta),
  ACTION_WAIT_TIMEOUT: z
    .string()
    .transform(durationOrNaN)
    .refine((ms) => ms >= 100, 'must be a duration of at least 100ms like 15s or 500ms')
    .default(15_000)
    .meta({
      description:
        "how long the API waits for a claim's workflow to make an intake or action durable before answering 503 + `Retry-After` (a retry with the same `Idempotency-Key` then learns the outcome)",
      defaultDoc: '`15s`',
    } satisfies VariableMeta),
  WORKER_CACHED_WORKFLOWS: z
    .string()
    .regex(/^\d+$/, 'must be a whole number 1-100000')
    .transform(Number)
    .refine((n) => n >= 1 && n <= 100_000, 'must be a whole number 1-100000')
    .optional()
    .meta({
      description:
        'claim and dispute workflows a worker keeps in memory between their tasks (about 0.2–0.3 MiB each, see docs/benchmarks.md); beyond, the least recently used one is evicted and replayed from its history at its next task — fewer costs CPU on busy claims, more costs memory',
      defaultDoc: "— (the SDK's: from the heap limit, about 2,300 on a 4 GiB heap)",
    } satisfies VariableMeta),
  WORKFLOW_STACK_TRACE_LIMIT: z
    .string()
    .regex(/^\d+$/, 'must be a whole number 0-100')
    .transform(Number)
    .refine((n) => n <= 100, 'must be a whole number 0-100')
    .default(0)
    .meta({
      description:
        "frames in a stack trace inside the workflow sandbox: errors thrown by workflow code, Temporal's `__stack_trace` query (the web UI's Stack Trace tab). The SDK records a stack for every promise a workflow creates unless this is 0 — about a fifth of the worker's CPU per intake (docs/benchmarks.md, eighth round). A failing workflow task logs its error's message either way; for its stack, restart the worker with `10` (V8's default): the task is retried and its error's stack shows in the workflow's history, as the web UI shows it. The worker's own code (activities, relay) keeps Node's default",
      defaultDoc: '`0`',
    } satisfies VariableMeta),
  LOG_LEVEL: z
    .enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` })
    .default('log')
    .meta({ description: '`error`, `warn`, `log` or `debug`' } satisfies VariableMeta),
  LOG_FORMAT: z
    .enum(LOG_FORMATS, { error: `must be one of ${LOG_FORMATS.join(', ')}` })
    .default('json')
    .meta({
      defaultDoc: '`json` (`text` under `npm start`)',
      description: '`json`: one JSON object per line (time, level, context, message, claim/workflow/request ids), for log shippers; `text`: coloured lines for a terminal',
    } satisfies VariableMeta),
});

export type ConfigVariable = keyof typeof CONFIG_SCHEMA.shape;
export type ConfigValues = z.output<typeof CONFIG_SCHEMA>;

/** The metadata of one variable (description, default text, secrecy). */
export function variableMeta(name: ConfigVariable): VariableMeta {
  return CONFIG_SCHEMA.shape[name].meta() as unknown as VariableMeta;
}

/** The default a variable gets when unset, as the environment would spell it; undefined when it has none. */
export function variableDefault(name: ConfigVariable): string | undefined {
  const def = CONFIG_SCHEMA.shape[name].def as { type: string; defaultValue?: unknown };
  if (def.type !== 'default' || def.defaultValue === undefined) return undefined;
  return Array.isArray(def.defaultValue) ? def.defaultValue.join(',') : String(def.defaultValue);
}
