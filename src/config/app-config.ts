/**
 * The process configuration: read once from the environment at start-up, validated in
 * full (every problem is reported, not just the first), and passed around as a typed,
 * read-only object. Nest code injects it with `@Inject(APP_CONFIG)`. The variables, their
 * rules, defaults and meanings are declared once, in config.schema.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import type { NotificationSenderConfig } from '../../activities/customer-notifications/notification-sender';
import { PolicyValidationError, parsePolicy } from '../../domain/policy/policy.schema';
import type { ClaimsPolicy } from '../../domain/policy/policy.types';
import { parsePayloadCodecKeys, type PayloadCodecKeys } from '../codec/payload-codec-keys';
import { CONFIG_SCHEMA, variableMeta, type ConfigValues, type ConfigVariable } from './config.schema';

export { ADMIN_API_KEY_MIN_LENGTH, DEFAULT_CODEC_CORS_ORIGINS, DEFAULT_RATE_LIMIT_PER_MINUTE, LOG_LEVELS, type AppLogFormat, type AppLogLevel } from './config.schema';

/** The typed configuration, shaped for its users from the parsed variables. */
function shapeConfig(v: ConfigValues, extra: { policyFile: string; policy: ClaimsPolicy; payloadCodec: PayloadCodecKeys | undefined }) {
  return {
    /** every variable as parsed (defaults applied), for the start-up line */
    variables: v,
    /** HOST: the address the API listens on */
    host: v.HOST,
    port: v.PORT,
    /** PostgreSQL connection URL; required by the API and the worker, absent only for tools that need no database */
    databaseUrl: v.DATABASE_URL,
    temporal: { address: v.TEMPORAL_ADDRESS, namespace: v.TEMPORAL_NAMESPACE, taskQueue: v.TEMPORAL_TASK_QUEUE },
    /** the first admin key; see AuthModule's bootstrap */
    adminApiKey: v.ADMIN_API_KEY,
    /** absolute path of the claims policy file, and the policy it holds */
    policyFile: extra.policyFile,
    policy: extra.policy,
    /** maximum request body size, in the `bytes` notation body-parser takes ("256kb", "1mb") */
    bodyLimit: v.BODY_LIMIT,
    logLevel: v.LOG_LEVEL,
    logFormat: v.LOG_FORMAT,
    /** the payload codec's keys; undefined = payloads travel unencrypted (a warning is logged at start-up) */
    payloadCodec: extra.payloadCodec,
    codecCorsOrigins: v.CODEC_CORS_ORIGINS,
    rateLimitPerMinute: v.RATE_LIMIT_PER_MINUTE,
    authFailuresPerMinute: v.AUTH_FAILURES_PER_MINUTE,
    surveyRateLimitPerMinute: v.SURVEY_RATE_LIMIT_PER_MINUTE,
    /** signs the customers' survey links; derived from DATABASE_URL when unset (surveyTokenSecretDerived) */
    surveyTokenSecret: v.SURVEY_TOKEN_SECRET ?? createHash('sha256').update(`wce-survey-token:${v.DATABASE_URL ?? 'no-database'}`).digest('base64url'),
    surveyTokenSecretDerived: v.SURVEY_TOKEN_SECRET === undefined,
    auditCheckpointKey: v.AUDIT_CHECKPOINT_KEY,
    publicBaseUrl: v.PUBLIC_BASE_URL ?? `http://127.0.0.1:${v.PORT}`,
    notifications: { sender: v.NOTIFICATION_SENDER, webhookUrl: v.NOTIFICATION_WEBHOOK_URL, smtpUrl: v.SMTP_URL, smtpFrom: v.SMTP_FROM } satisfies NotificationSenderConfig,
    outboundAllowedNetworks: v.OUTBOUND_ALLOWED_NETWORKS,
    /** ACTION_WAIT_TIMEOUT in ms */
    actionWaitMs: v.ACTION_WAIT_TIMEOUT,
    /** WORKER_CACHED_WORKFLOWS; undefined = the SDK's default */
    workerCachedWorkflows: v.WORKER_CACHED_WORKFLOWS,
    /** WORKFLOW_STACK_TRACE_LIMIT (default 0: no stacks recorded per promise) */
    workflowStackTraceLimit: v.WORKFLOW_STACK_TRACE_LIMIT,
  };
}

export type AppConfig = ReturnType<typeof shapeConfig>;

/** Injection token for the AppConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');

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

/**
 * The environment as the schema sees it: blank variables count as unset (the shells'
 * `VAR=` idiom), values trimmed, except `raw` ones (keys compared byte for byte).
 */
function environmentOf(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const name of Object.keys(CONFIG_SCHEMA.shape) as ConfigVariable[]) {
    const value = env[name];
    if (variableMeta(name).raw) out[name] = value === '' ? undefined : value;
    else out[name] = value?.trim() ? value.trim() : undefined;
  }
  return out;
}

/** Each variable checked on its own, so that every problem is listed, each naming its variable. */
function parseVariables(env: Record<string, string | undefined>, problems: string[]): Partial<ConfigValues> {
  const values: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(CONFIG_SCHEMA.shape) as [ConfigVariable, (typeof CONFIG_SCHEMA.shape)[ConfigVariable]][]) {
    const result = schema.safeParse(env[name]);
    if (result.success) {
      values[name] = result.data;
      continue;
    }
    const shown = variableMeta(name).secret ? '' : `; got ${JSON.stringify(env[name])}`;
    for (const issue of result.error.issues) problems.push(`${name}: ${issue.message}${issue.code === 'custom' ? '' : shown}`);
  }
  return values as Partial<ConfigValues>;
}

/** The rules that span variables. */
function crossChecks(v: Partial<ConfigValues>, problems: string[]): PayloadCodecKeys | undefined {
  if (v.NOTIFICATION_SENDER === 'webhook' && !v.NOTIFICATION_WEBHOOK_URL) {
    problems.push('NOTIFICATION_WEBHOOK_URL: an http(s) URL is required with NOTIFICATION_SENDER=webhook');
  }
  if (v.NOTIFICATION_SENDER === 'smtp' && !v.SMTP_URL) problems.push('SMTP_URL: an smtp:// or smtps:// URL is required with NOTIFICATION_SENDER=smtp');
  if (v.PAYLOAD_CODEC_KEYS === undefined) {
    if (v.PAYLOAD_CODEC_KEY_ID !== undefined) problems.push('PAYLOAD_CODEC_KEY_ID: is set but PAYLOAD_CODEC_KEYS is not');
    return undefined;
  }
  const parsed = parsePayloadCodecKeys(v.PAYLOAD_CODEC_KEYS, v.PAYLOAD_CODEC_KEY_ID);
  if ('value' in parsed) return parsed.value;
  problems.push(...parsed.problems);
  return undefined;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const values = parseVariables(environmentOf(env), problems);
  const payloadCodec = crossChecks(values, problems);
  const policyFileText = values.CLAIMS_POLICY_FILE;
  const policyFile = policyFileText ? (isAbsolute(policyFileText) ? policyFileText : resolve(process.cwd(), policyFileText)) : defaultPolicyFile();
  const policy = loadPolicy(policyFile, problems);
  if (problems.length > 0 || policy === undefined) throw new ConfigError(problems);
  return shapeConfig(values as ConfigValues, { policyFile, policy, payloadCodec });
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

/** One line describing the configuration for start-up logs: every variable as it is in effect; secrets never shown. */
export function describeConfig(config: AppConfig): string {
  const parts = (Object.keys(CONFIG_SCHEMA.shape) as ConfigVariable[]).map((name) => {
    const meta = variableMeta(name);
    const value = config.variables[name];
    if (value === undefined) return `${name}=<unset>`;
    if (meta.secret) return `${name}=<set>`;
    const text = Array.isArray(value) ? value.join(',') : String(value);
    return `${name}=${meta.url ? maskUrl(text) : text}`;
  });
  parts.push(`policy=${config.policy.name} (${config.policyFile})`);
  const codec = config.payloadCodec;
  parts.push(`payloadCodec=${codec ? `on (current key ${codec.currentKeyId}, ${codec.keys.size} key(s))` : 'OFF'}`);
  return parts.join(' ');
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
