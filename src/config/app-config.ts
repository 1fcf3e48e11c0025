import { isIP } from 'node:net';
/**
 * The process configuration: read once from the environment at start-up, validated in
 * full (every problem is reported, not just the first), and passed around as a typed,
 * read-only object. Nest code injects it with `@Inject(APP_CONFIG)`.
 */
import { createHash } from 'node:crypto';
import { parseAllowedNetworks } from '../../activities/outbound/outbound-http';
import { NOTIFICATION_SENDER_KINDS, type NotificationSenderConfig, type NotificationSenderKind } from '../../activities/customer-notifications/notification-sender';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { durationMs } from '../../domain/time/duration';
import { PolicyValidationError, parsePolicy } from '../../domain/policy/policy.validate';
import type { ClaimsPolicy } from '../../domain/policy/policy.types';
import { parsePayloadCodecKeys, type PayloadCodecKeys } from '../codec/payload-codec-keys';

export const LOG_LEVELS = ['error', 'warn', 'log', 'debug'] as const;
export type AppLogLevel = (typeof LOG_LEVELS)[number];

export interface AppConfig {
  /** the address the API listens on (HOST): 127.0.0.1 by default, 0.0.0.0 for every interface (containers) */
  host: string;
  port: number;
  /** PostgreSQL connection URL; required by the API and the worker, absent only for tools that need no database */
  databaseUrl: string | undefined;
  temporal: { address: string; namespace: string; taskQueue: string };
  /** the first admin key; see AuthModule's bootstrap */
  adminApiKey: string | undefined;
  /** absolute path of the claims policy file */
  policyFile: string;
  policy: ClaimsPolicy;
  /** maximum request body size, in the `bytes` notation body-parser takes ("256kb", "1mb") */
  bodyLimit: string;
  logLevel: AppLogLevel;
  /**
   * AES-256-GCM keys of the Temporal payload codec (PAYLOAD_CODEC_KEYS, PAYLOAD_CODEC_KEY_ID);
   * undefined = payloads travel unencrypted (a warning is logged at start-up)
   */
  payloadCodec: PayloadCodecKeys | undefined;
  /** browser origins (the Temporal web UI) allowed to call /codec/* cross-origin (CODEC_CORS_ORIGINS) */
  codecCorsOrigins: string[];
  /** requests per minute per API key (RATE_LIMIT_PER_MINUTE); 0 = no limit */
  rateLimitPerMinute: number;
  /** failed authentications per minute per client address before 429s (AUTH_FAILURES_PER_MINUTE; 0 = no limit) */
  authFailuresPerMinute: number;
  /** requests per minute per client address to the survey links (SURVEY_RATE_LIMIT_PER_MINUTE; 0 = no limit) */
  surveyRateLimitPerMinute: number;
  /** signs the customers' survey links (SURVEY_TOKEN_SECRET); shared by the API and the worker */
  surveyTokenSecret: string;
  /** signs each audit event's global hash (AUDIT_CHECKPOINT_KEY, 32+ characters, held outside the database) */
  auditCheckpointKey?: string;
  /** true when SURVEY_TOKEN_SECRET was not set and one was derived from DATABASE_URL (a warning is logged) */
  surveyTokenSecretDerived: boolean;
  /** where customers reach the API, for links in notifications (PUBLIC_BASE_URL) */
  publicBaseUrl: string;
  /** how customer notifications leave (NOTIFICATION_SENDER, NOTIFICATION_WEBHOOK_URL, SMTP_URL, SMTP_FROM) */
  notifications: NotificationSenderConfig;
  /**
   * private networks that supplier and notification webhooks may reach anyway
   * (OUTBOUND_ALLOWED_NETWORKS, CIDRs); by default only public addresses
   */
  outboundAllowedNetworks: string;
  /**
   * How long the API waits for a claim's workflow to make an intake or an action durable
   * (it waits on the audit write, i.e. on PostgreSQL and the worker) before answering
   * 503 with Retry-After; a retry with the same Idempotency-Key then learns the outcome.
   */
  actionWaitMs: number;
}

/** Injection token for the AppConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');

export const ADMIN_API_KEY_MIN_LENGTH = 24;

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(
      `invalid configuration (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  - ${p}`).join('\n'),
    );
    this.name = 'ConfigError';
  }
}

/**
 * The folder holding the project's package.json (the repository root): `<repo>` both when
 * running the TypeScript sources (`<repo>/src/config`) and the build (`<repo>/dist/src/config`).
 */
export function packageRoot(from: string = __dirname): string {
  let dir = resolve(from);
  for (;;) {
    // a package.json copied into the build output (dist/) is not the root
    if (basename(dir) !== 'dist' && existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
}

export function defaultPolicyFile(): string {
  return join(packageRoot(), 'policy', 'default-policy.json');
}

export const DEFAULT_CODEC_CORS_ORIGINS = 'http://localhost:8233,http://127.0.0.1:8233';
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 600;
const ORIGIN_PATTERN = /^https?:\/\/[A-Za-z0-9.\-[\]:]+(:\d{1,5})?$/;
const BYTES_PATTERN = /^\d+(\.\d+)?\s*(b|kb|mb|gb)?$/i;
const HOST_PORT_PATTERN = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/;

/** Empty and blank variables count as unset, as in most shells' `VAR=` idiom. */
function read(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];

  const host = read(env, 'HOST') ?? '127.0.0.1';
  if (!isIP(host) && !/^[A-Za-z0-9.-]+$/.test(host)) {
    problems.push(`HOST: must be an address to listen on, such as 127.0.0.1 or 0.0.0.0; got ${JSON.stringify(host)}`);
  }
  const portText = read(env, 'PORT') ?? '3000';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) {
    problems.push(`PORT: must be a TCP port number 0-65535 (0 = any free port); got ${JSON.stringify(portText)}`);
  }

  const databaseUrl = read(env, 'DATABASE_URL');
  if (databaseUrl !== undefined) {
    let protocol: string | undefined;
    try {
      protocol = new URL(databaseUrl).protocol;
    } catch {
      protocol = undefined;
    }
    if (protocol !== 'postgres:' && protocol !== 'postgresql:') {
      problems.push('DATABASE_URL: must be a PostgreSQL URL like postgres://user:password@host:5432/database');
    }
  }

  const temporalAddress = read(env, 'TEMPORAL_ADDRESS') ?? '127.0.0.1:7233';
  const hostPort = HOST_PORT_PATTERN.exec(temporalAddress);
  if (!hostPort || Number(hostPort[2]) > 65535) {
    problems.push(`TEMPORAL_ADDRESS: must be host:port, e.g. 127.0.0.1:7233; got ${JSON.stringify(temporalAddress)}`);
  }
  const namespace = read(env, 'TEMPORAL_NAMESPACE') ?? 'default';
  const taskQueue = read(env, 'TEMPORAL_TASK_QUEUE') ?? 'claims';

  // not trimmed: a key is compared byte for byte
  const adminApiKey = env.ADMIN_API_KEY === '' ? undefined : env.ADMIN_API_KEY;
  if (adminApiKey !== undefined) {
    if (adminApiKey.length < ADMIN_API_KEY_MIN_LENGTH) {
      problems.push(
        `ADMIN_API_KEY: must be at least ${ADMIN_API_KEY_MIN_LENGTH} characters long (got ${adminApiKey.length}); ` +
          'generate one with `openssl rand -hex 24`',
      );
    }
    if (/\s/.test(adminApiKey)) problems.push('ADMIN_API_KEY: must not contain whitespace');
  }

  const bodyLimit = read(env, 'BODY_LIMIT') ?? '256kb';
  if (!BYTES_PATTERN.test(bodyLimit)) {
    problems.push(`BODY_LIMIT: must be a size like 256kb or 1mb; got ${JSON.stringify(bodyLimit)}`);
  }

  const logLevelText = read(env, 'LOG_LEVEL') ?? 'log';
  if (!(LOG_LEVELS as readonly string[]).includes(logLevelText)) {
    problems.push(`LOG_LEVEL: must be one of ${LOG_LEVELS.join(', ')}; got ${JSON.stringify(logLevelText)}`);
  }

  let payloadCodec: PayloadCodecKeys | undefined;
  const codecKeysText = read(env, 'PAYLOAD_CODEC_KEYS');
  const codecKeyId = read(env, 'PAYLOAD_CODEC_KEY_ID');
  if (codecKeysText !== undefined) {
    const parsed = parsePayloadCodecKeys(codecKeysText, codecKeyId);
    if ('value' in parsed) payloadCodec = parsed.value;
    else problems.push(...parsed.problems);
  } else if (codecKeyId !== undefined) {
    problems.push('PAYLOAD_CODEC_KEY_ID: is set but PAYLOAD_CODEC_KEYS is not');
  }

  const codecCorsOrigins = (read(env, 'CODEC_CORS_ORIGINS') ?? DEFAULT_CODEC_CORS_ORIGINS)
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o.length > 0);
  for (const origin of codecCorsOrigins) {
    if (!ORIGIN_PATTERN.test(origin)) {
      problems.push(`CODEC_CORS_ORIGINS: ${JSON.stringify(origin)} is not an origin like http://localhost:8233`);
    }
  }

  const rateText = read(env, 'RATE_LIMIT_PER_MINUTE') ?? String(DEFAULT_RATE_LIMIT_PER_MINUTE);
  const rateLimitPerMinute = Number(rateText);
  if (!/^\d+$/.test(rateText) || rateLimitPerMinute > 1_000_000) {
    problems.push(`RATE_LIMIT_PER_MINUTE: must be a whole number 0-1000000 (0 = no limit); got ${JSON.stringify(rateText)}`);
  }

  const perMinute = (name: string, fallback: number): number => {
    const text = read(env, name) ?? String(fallback);
    if (!/^\d+$/.test(text) || Number(text) > 1_000_000) problems.push(`${name}: must be a whole number 0-1000000 (0 = no limit); got ${JSON.stringify(text)}`);
    return Number(text);
  };
  const authFailuresPerMinute = perMinute('AUTH_FAILURES_PER_MINUTE', 30);
  const surveyRateLimitPerMinute = perMinute('SURVEY_RATE_LIMIT_PER_MINUTE', 60);

  const auditCheckpointKey = read(env, 'AUDIT_CHECKPOINT_KEY');
  if (auditCheckpointKey !== undefined && auditCheckpointKey.length < 32) {
    problems.push(`AUDIT_CHECKPOINT_KEY: must be at least 32 characters long (got ${auditCheckpointKey.length})`);
  }

  const secretText = read(env, 'SURVEY_TOKEN_SECRET');
  if (secretText !== undefined && secretText.length < 32) {
    problems.push(`SURVEY_TOKEN_SECRET: must be at least 32 characters long (got ${secretText.length})`);
  }
  const surveyTokenSecret =
    secretText ?? createHash('sha256').update(`wce-survey-token:${databaseUrl ?? 'no-database'}`).digest('base64url');

  const publicBaseUrl = (read(env, 'PUBLIC_BASE_URL') ?? `http://127.0.0.1:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/]+(\/\S*)?$/.test(publicBaseUrl)) {
    problems.push(`PUBLIC_BASE_URL: must be an http(s) URL such as https://claims.example.com; got ${JSON.stringify(publicBaseUrl)}`);
  }

  const senderText = read(env, 'NOTIFICATION_SENDER') ?? 'log';
  const notifications: NotificationSenderConfig = {
    sender: senderText as NotificationSenderKind,
    webhookUrl: read(env, 'NOTIFICATION_WEBHOOK_URL'),
    smtpUrl: read(env, 'SMTP_URL'),
    smtpFrom: read(env, 'SMTP_FROM'),
  };
  if (!(NOTIFICATION_SENDER_KINDS as readonly string[]).includes(senderText)) {
    problems.push(`NOTIFICATION_SENDER: must be one of ${NOTIFICATION_SENDER_KINDS.join(', ')}; got ${JSON.stringify(senderText)}`);
  } else if (senderText === 'webhook' && !/^https?:\/\//.test(notifications.webhookUrl ?? '')) {
    problems.push('NOTIFICATION_WEBHOOK_URL: an http(s) URL is required with NOTIFICATION_SENDER=webhook');
  } else if (senderText === 'smtp' && !/^smtps?:\/\//.test(notifications.smtpUrl ?? '')) {
    problems.push('SMTP_URL: an smtp:// or smtps:// URL is required with NOTIFICATION_SENDER=smtp');
  }

  const outboundAllowedNetworks = read(env, 'OUTBOUND_ALLOWED_NETWORKS') ?? '';
  try {
    parseAllowedNetworks(outboundAllowedNetworks);
  } catch (err) {
    problems.push(`OUTBOUND_ALLOWED_NETWORKS: ${(err as Error).message}`);
  }

  const actionWaitText = read(env, 'ACTION_WAIT_TIMEOUT') ?? '15s';
  let actionWaitMs = Number.NaN;
  try {
    actionWaitMs = durationMs(actionWaitText);
  } catch {
    // reported below
  }
  if (!(actionWaitMs >= 100)) {
    problems.push(`ACTION_WAIT_TIMEOUT: must be a duration of at least 100ms like 15s or 500ms; got ${JSON.stringify(actionWaitText)}`);
  }

  const policyFileText = read(env, 'CLAIMS_POLICY_FILE');
  const policyFile = policyFileText
    ? isAbsolute(policyFileText)
      ? policyFileText
      : resolve(process.cwd(), policyFileText)
    : defaultPolicyFile();
  const policy = loadPolicy(policyFile, problems);

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    host,
    port,
    databaseUrl,
    temporal: { address: temporalAddress, namespace, taskQueue },
    adminApiKey,
    policyFile,
    policy: policy as ClaimsPolicy,
    bodyLimit,
    logLevel: logLevelText as AppLogLevel,
    payloadCodec,
    codecCorsOrigins,
    rateLimitPerMinute,
    authFailuresPerMinute,
    surveyRateLimitPerMinute,
    surveyTokenSecret,
    auditCheckpointKey,
    surveyTokenSecretDerived: secretText === undefined,
    publicBaseUrl,
    notifications,
    outboundAllowedNetworks,
    actionWaitMs,
  };
}

function loadPolicy(file: string, problems: string[]): ClaimsPolicy | undefined {
  const where = `CLAIMS_POLICY_FILE (${file})`;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    problems.push(`${where}: cannot be read${code === 'ENOENT' ? ': no such file' : `: ${(err as Error).message}`}`);
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    problems.push(`${where}: is not valid JSON: ${(err as Error).message}`);
    return undefined;
  }
  try {
    return parsePolicy(json);
  } catch (err) {
    if (err instanceof PolicyValidationError) {
      for (const problem of err.problems) problems.push(`${where}: ${problem}`);
      return undefined;
    }
    throw err;
  }
}

/** A URL with its password replaced by `***`, for logs and banners. */
export function maskUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '<unparseable URL>';
  }
}

/** One line describing the configuration for start-up logs; secrets are masked. */
export function describeConfig(config: AppConfig): string {
  return [
    `port=${config.port}`,
    `database=${config.databaseUrl ? maskUrl(config.databaseUrl) : '<unset>'}`,
    `temporal=${config.temporal.address} namespace=${config.temporal.namespace} taskQueue=${config.temporal.taskQueue}`,
    `adminApiKey=${config.adminApiKey ? '<set>' : '<unset>'}`,
    `policy=${config.policy.name} (${config.policyFile})`,
    `bodyLimit=${config.bodyLimit}`,
    `logLevel=${config.logLevel}`,
    `payloadCodec=${config.payloadCodec ? `on (current key ${config.payloadCodec.currentKeyId}, ${config.payloadCodec.keys.size} key(s))` : 'OFF'}`,
    `rateLimit=${config.rateLimitPerMinute || 'off'}/min`,
    `actionWait=${config.actionWaitMs}ms`,
  ].join(' ');
}

/**
 * What the API and the worker refuse to run without (`npm run api` / `npm run worker` and
 * the containers; `npm start` provides all three): a database, a survey-link secret of
 * their own (one derived from DATABASE_URL is guessable from the deployment's defaults,
 * so a forged survey link would verify), and the audit checkpoint key (without it an
 * event appended behind the application's back cannot be told from its own).
 */
export function assertDeployable(config: AppConfig, service: 'API' | 'worker'): void {
  const missing: string[] = [];
  if (!config.databaseUrl) {
    missing.push(
      'DATABASE_URL is not set: set DATABASE_URL=postgres://user:password@host:5432/database (and run `npm run migration:run`)',
    );
  }
  if (config.surveyTokenSecretDerived) {
    missing.push(
      'SURVEY_TOKEN_SECRET is not set: it signs the customers\' survey links and must be the same for the API and the worker; ' +
        'generate one with `openssl rand -hex 32`',
    );
  }
  if (!config.auditCheckpointKey) {
    missing.push(
      'AUDIT_CHECKPOINT_KEY is not set: it signs the audit log\'s checkpoints and must be the same for the API and the worker, ' +
        'kept outside the database; generate one with `openssl rand -hex 32`',
    );
  }
  if (missing.length) throw new Error(`the ${service} cannot start: ${missing.join('; ')}. Or use \`npm start\`, which provides them.`);
}
