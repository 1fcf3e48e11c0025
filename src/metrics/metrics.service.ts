import { Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** The route label for requests that matched no route (keeps the label set bounded). */
export const UNMATCHED_ROUTE = '<unmatched>';

/**
 * The app's Prometheus metrics, in a registry of its own (not prom-client's global
 * one), so several apps in one process — tests — do not collide.
 *
 * Feature modules inject MetricsService and count what they do:
 *   this.metrics.claimsCreated.inc({ channel: 'hotline' });
 *   this.metrics.claimActions.inc({ action: 'triage', outcome: 'accepted' });
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  readonly httpRequestDuration = new Histogram<'method' | 'route' | 'status'>({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration in seconds, by method, route template and status code',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly claimsCreated = new Counter<'channel'>({
    name: 'wce_claims_created_total',
    help: 'Claims taken in, by channel',
    labelNames: ['channel'],
    registers: [this.registry],
  });

  readonly claimActions = new Counter<'action' | 'outcome'>({
    name: 'wce_claim_actions_total',
    help: 'Care-staff actions on claims, by action and outcome (e.g. accepted, refused)',
    labelNames: ['action', 'outcome'],
    registers: [this.registry],
  });

  /** Claims whose events the worker cannot record (open `recording_blocked` alerts); alert on > 0. */
  readonly recordingBlocked = new Gauge({
    name: 'wce_claims_recording_blocked',
    help: 'Claims whose events the worker cannot record (a data error; it keeps retrying): alert when above 0',
    registers: [this.registry],
    collect: async () => {
      if (!this.db) return;
      try {
        const [row] = await this.db.query(`SELECT count(*)::int AS n FROM claim_alerts WHERE kind = 'recording_blocked' AND resolved_at IS NULL`);
        this.recordingBlocked.set(row.n);
      } catch {
        // the database is down: /health says so; keep the last value
      }
    },
  });

  constructor(@Optional() @InjectDataSource() private readonly db?: DataSource) {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Express middleware timing every request; install it before the body parsers. */
  httpMiddleware(): RequestHandler {
    return (req: Request, res: Response, next: NextFunction) => {
      const stop = this.httpRequestDuration.startTimer();
      res.once('finish', () => {
        const route = req.route?.path;
        stop({
          method: req.method,
          route: typeof route === 'string' ? `${req.baseUrl}${route}` : UNMATCHED_ROUTE,
          status: String(res.statusCode),
        });
      });
      next();
    };
  }

  /** Prometheus text exposition format. */
  render(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
