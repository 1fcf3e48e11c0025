/**
 * `npm start`: the whole system on one machine, with no configuration.
 *
 *  1. PostgreSQL: `DATABASE_URL` when set, else an embedded one in `.data/postgres`.
 *  2. Temporal: `TEMPORAL_ADDRESS` when set, else a dev server (`temporal server
 *     start-dev`) with its state in `.data/temporal.db` (SQLite, WAL) and its web UI,
 *     on 127.0.0.1:7233 / 8233 (`TEMPORAL_DEV_PORT`, `TEMPORAL_UI_PORT` to change them).
 *  3. The database migrations.
 *  4. The worker, then 5. the API (`PORT`, default 3000; Swagger UI at /docs).
 *
 * `ADMIN_API_KEY` unset: a key is generated once and kept in `.data/admin-api-key`.
 * `PAYLOAD_CODEC_KEYS` unset: a codec key is generated once and kept in
 * `.data/payload-codec-keys` (append `,<id>:<key>` there to rotate). `SURVEY_TOKEN_SECRET`
 * unset: kept in `.data/survey-token-secret`.
 * `WCE_DATA_DIR` moves `.data` elsewhere. Every other setting is read by loadConfig().
 *
 * Ctrl-C or SIGTERM stops the API, the worker, Temporal and PostgreSQL, in that order,
 * and exits 0; a second Ctrl-C forces an immediate exit.
 */
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { Runtime } from '@temporalio/worker';
import { createApiApp } from '../src/api.bootstrap';
import { ConfigError, loadConfig, packageRoot, type AppConfig } from '../src/config/app-config';
import { ensureAppLogin } from '../src/database/app-login';
import { runMigrations } from '../src/database/data-source';
import { startClaimsWorker } from '../src/worker/claims-worker';
import { temporalRuntimeLogger } from '../src/temporal/temporal-runtime-logger';
import { configureLogging, loggerFor } from '../src/common/logging/app-log';
import { LOG_LEVELS, type AppLogLevel } from '../src/config/config.schema';
import { startEmbeddedPostgres } from './embedded-database';
import { formatBanner, httpUrl, readOrCreateAdminKey, readOrCreatePayloadCodecKeys, restrictDataFiles } from './start-helpers';
import { startTemporalDevServer } from './temporal-cli';

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

const startLog = loggerFor('Start');
const log = (message: string) => startLog.log(message);
const logError = (message: string) => startLog.error(message);

class ShutdownRequested extends Error {}

interface Component {
  name: string;
  stop(): Promise<void>;
}

function envNumber(name: string, fallback: number): number {
  const text = process.env[name]?.trim();
  if (!text) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new ConfigError([`${name}: must be a TCP port 1-65535; got ${JSON.stringify(text)}`]);
  return n;
}

function describeStartError(err: unknown): string {
  if (err instanceof ConfigError) return err.message;
  const e = err as NodeJS.ErrnoException & { port?: number };
  if (e?.code === 'EADDRINUSE') return `${e.message}: another program uses that port; set PORT to choose another`;
  return e?.stack ?? String(err);
}

async function main(): Promise<number> {
  // The worker's runtime would otherwise shut workers down on SIGINT/SIGTERM by itself,
  // out of our order; we do it.
  // Readable lines in a terminal unless asked otherwise; the Temporal runtime logs through the app's logger.
  process.env.LOG_FORMAT ||= 'text';
  const logLevel = (LOG_LEVELS as readonly string[]).includes(process.env.LOG_LEVEL?.trim() ?? '') ? (process.env.LOG_LEVEL!.trim() as AppLogLevel) : 'log';
  configureLogging({ format: process.env.LOG_FORMAT === 'json' ? 'json' : 'text', level: logLevel });
  Runtime.install({ shutdownSignals: [], logger: temporalRuntimeLogger(logLevel) });

  const dataDir = path.resolve(process.env.WCE_DATA_DIR?.trim() || path.join(packageRoot(), '.data'));
  // keys, databases and logs hold customer data: readable by this user only (children inherit the umask)
  process.umask(0o077);
  restrictDataFiles(dataDir);
  const running: Component[] = []; // in start order; stopped in reverse
  let signalled: NodeJS.Signals | undefined;
  let stopping = false; // set once we stop things ourselves: exits after that are expected
  let wake: (() => void) | undefined;
  const stopRequested = new Promise<void>((resolve) => (wake = resolve));
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) {
      logError(`${signal} again: exiting at once`);
      process.exit(130);
    }
    signalled = signal;
    log(`${signal} received: shutting down (press Ctrl-C again to force)`);
    wake?.();
  };
  for (const s of SIGNALS) process.on(s, onSignal);

  /** Runs one start step, records how to stop it, and aborts the start-up if a signal came meanwhile. */
  async function step<T>(name: string, start: () => Promise<T>, stop: (value: T) => Promise<void>): Promise<T> {
    if (signalled) throw new ShutdownRequested();
    const value = await start();
    running.push({ name, stop: () => stop(value) });
    if (signalled) throw new ShutdownRequested();
    return value;
  }

  let exitCode = 0;
  try {
    // Admin key first: validating the whole configuration now (with a stand-in database
    // URL) reports a bad policy file or setting before anything is started.
    let adminKey: string | undefined;
    let adminKeyNote = '(from ADMIN_API_KEY)';
    if (!process.env.ADMIN_API_KEY) {
      const keyFile = path.join(dataDir, 'admin-api-key');
      const { key, created } = readOrCreateAdminKey(keyFile);
      process.env.ADMIN_API_KEY = key;
      adminKey = key;
      adminKeyNote = created ? `(new; kept in ${keyFile})` : `(kept in ${keyFile})`;
    }
    // Payload codec keys: generated once and kept beside the data, so histories stay readable.
    if (!process.env.PAYLOAD_CODEC_KEYS) {
      const keyFile = path.join(dataDir, 'payload-codec-keys');
      const { key, created } = readOrCreatePayloadCodecKeys(keyFile);
      process.env.PAYLOAD_CODEC_KEYS = key.replace(/\s+/g, '');
      log(`${created ? 'generated a payload codec key' : 'payload codec keys'} in ${keyFile}`);
    }
    // The survey-link secret: generated once, so links sent before a restart keep working.
    if (!process.env.SURVEY_TOKEN_SECRET) {
      process.env.SURVEY_TOKEN_SECRET = readOrCreateAdminKey(path.join(dataDir, 'survey-token-secret')).key;
    }
    // The audit checkpoint key: outside the database, generated once (checkpoints signed before a restart still verify).
    if (!process.env.AUDIT_CHECKPOINT_KEY) {
      process.env.AUDIT_CHECKPOINT_KEY = readOrCreateAdminKey(path.join(dataDir, 'audit-checkpoint-key')).key;
    }
    loadConfig({ ...process.env, DATABASE_URL: process.env.DATABASE_URL || 'postgres://check@127.0.0.1:5432/check' });
    const temporalPort = envNumber('TEMPORAL_DEV_PORT', 7233);
    const temporalUiPort = envNumber('TEMPORAL_UI_PORT', 8233);
    const embeddedPgPort = process.env.EMBEDDED_POSTGRES_PORT?.trim() ? envNumber('EMBEDDED_POSTGRES_PORT', 0) : undefined;

    let databaseNote = 'DATABASE_URL';
    if (!process.env.DATABASE_URL) {
      const pg = await step(
        'PostgreSQL',
        () => {
          log(`starting the embedded PostgreSQL (${path.join(dataDir, 'postgres')})`);
          return startEmbeddedPostgres(path.join(dataDir, 'postgres'), embeddedPgPort, { log });
        },
        (h) => h.stop(),
      );
      process.env.DATABASE_URL = pg.url;
      databaseNote = `embedded, data in ${pg.dataDir}, log ${pg.logFile}`;
      void pg.exited.then(() => {
        if (!stopping) {
          logError(`PostgreSQL exited unexpectedly; see ${pg.logFile}`);
          exitCode = 1;
          wake?.();
        }
      });
    }

    let temporalUiUrl: string | undefined;
    if (!process.env.TEMPORAL_ADDRESS) {
      const namespace = process.env.TEMPORAL_NAMESPACE?.trim() || 'default';
      const temporal = await step(
        'Temporal dev server',
        () => {
          log(`starting the Temporal dev server (${path.join(dataDir, 'temporal.db')})`);
          return startTemporalDevServer({
            dbFile: path.join(dataDir, 'temporal.db'),
            port: temporalPort,
            uiPort: temporalUiPort,
            namespace,
            logFile: path.join(dataDir, 'temporal.log'),
            pidFile: path.join(dataDir, 'temporal.pid'),
            log,
          });
        },
        (h) => h.stop(),
      );
      process.env.TEMPORAL_ADDRESS = temporal.address;
      process.env.TEMPORAL_NAMESPACE = namespace;
      temporalUiUrl = temporal.uiUrl;
      void temporal.exited.then(() => {
        if (!stopping) {
          logError(`the Temporal dev server exited unexpectedly; see ${temporal.logFile}`);
          exitCode = 1;
          wake?.();
        }
      });
    }

    const ownerConfig: AppConfig = loadConfig(process.env);
    const applied = await runMigrations(ownerConfig.databaseUrl!);
    log(applied.length ? `applied migrations: ${applied.join(', ')}` : 'database schema is up to date');
    // the embedded database is ours: the API and the worker use a non-superuser login in wce_app,
    // which cannot change the audit log or the schema (a DATABASE_URL given is used as it is)
    let config = ownerConfig;
    if (databaseNote !== 'DATABASE_URL') {
      const appUrl = await ensureAppLogin(ownerConfig.databaseUrl!, 'wce_app_login', randomBytes(24).toString('base64url'));
      config = { ...ownerConfig, databaseUrl: appUrl };
      log('the API and the worker connect as wce_app_login (member of wce_app, not a superuser)');
    }

    const worker = await step(
      'worker',
      () => {
        log(`starting the worker (task queue ${config.temporal.taskQueue})`);
        return startClaimsWorker(config);
      },
      (w) => w.shutdown(),
    );
    worker.done.then(
      () => {
        if (!stopping) {
          logError('the worker stopped unexpectedly');
          exitCode = 1;
          wake?.();
        }
      },
      (err: unknown) => {
        if (stopping) return; // reported by its stop() below
        logError(`the worker failed: ${(err as Error).stack ?? String(err)}`);
        exitCode = 1;
        wake?.();
      },
    );

    const app = await step(
      'API',
      async () => {
        // no Nest shutdown hooks: they would close the app (and re-raise the signal) outside our order
        const created = await createApiApp(config, { enableShutdownHooks: false });
        try {
          await created.listen(config.port, config.host);
        } catch (err) {
          await created.close().catch(() => undefined);
          throw err;
        }
        return created;
      },
      (a) => a.close(),
    );

    const apiUrl = httpUrl(app.getHttpServer().address(), config.port);
    console.log(
      formatBanner({
        apiUrl,
        temporalAddress: config.temporal.address,
        temporalNamespace: config.temporal.namespace,
        temporalUiUrl,
        databaseUrl: config.databaseUrl!,
        databaseNote,
        adminKey,
        adminKeyNote,
      }),
    );
    await stopRequested;
    stopping = true;
  } catch (err) {
    if (!(err instanceof ShutdownRequested)) {
      logError(`start-up failed: ${describeStartError(err)}`);
      exitCode = 1;
    }
  }

  stopping = true;
  for (const component of running.reverse()) {
    log(`stopping ${component.name}`);
    try {
      await component.stop();
    } catch (err) {
      logError(`stopping ${component.name} failed: ${(err as Error).message}`);
      exitCode = 1;
    }
  }
  log('stopped');
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    logError(String((err as Error)?.stack ?? err));
    process.exit(1);
  },
);
