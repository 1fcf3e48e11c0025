import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DomainError } from '../common/errors/domain-error';
import { GENESIS_HASH } from '../../domain/audit/audit-chain';
import { GlobalChainWalker, outOfStep, verifyClaimChain, type BrokenLink, type CheckpointRule } from './audit-chain-verifier';
import { AuditEventsRepository } from './audit-events.repository';
import type { ClaimVerificationDto, LogVerificationDto } from './dto/audit-verification.dto';

const BATCH = 1000;
export const MAX_BREAKS = 100;

/** Use case: recompute the audit log's chains and report the first broken link. */
@Injectable()
export class AuditVerificationService {
  constructor(
    private readonly events: AuditEventsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Checkpoints are checked when the API holds the key (it always does when deployed: assertDeployable). */
  private async checkpointRule(): Promise<CheckpointRule | undefined> {
    const key = this.config.auditCheckpointKey;
    return key ? { key, signedFrom: await this.events.firstCheckpointPosition() } : undefined;
  }

  /** One claim: its own chain, each event's global link, and its read-model version. */
  async verifyClaim(claimId: string): Promise<ClaimVerificationDto> {
    const [rows, version, checkpoints] = await Promise.all([this.events.forClaim(claimId), this.events.readModelVersion(claimId), this.checkpointRule()]);
    if (rows.length === 0 && version === undefined) throw new DomainError('not_found', `no claim ${claimId}`);
    const firstBroken = verifyClaimChain(claimId, rows, version, checkpoints);
    return { claimId, ok: firstBroken === null, eventsChecked: rows.length, firstBroken, verifiedAt: new Date().toISOString() };
  }

  /**
   * The whole log, or the events recorded in [from, to]: the global chain in insertion
   * order (anchored on the event just before the range), every claim chain within it,
   * and claims whose read model and log disagree on the last event. Reads in batches: memory grows
   * with the number of distinct claims in the range, not with the number of events.
   */
  async verifyLog(from?: string, to?: string): Promise<LogVerificationDto> {
    const breaks: BrokenLink[] = [];
    let truncated = false;
    const note = (found: BrokenLink[]) => {
      for (const b of found) {
        if (breaks.length < MAX_BREAKS) breaks.push(b);
        else truncated = true;
      }
    };

    const bounds = await this.events.positionBounds(from, to);
    const checkpoints = await this.checkpointRule();
    let walker = new GlobalChainWalker(GENESIS_HASH, checkpoints);
    if (bounds) {
      const anchor = from ? ((await this.events.globalHashBefore(bounds.first)) ?? GENESIS_HASH) : GENESIS_HASH;
      walker = new GlobalChainWalker(anchor, checkpoints);
      let after = (BigInt(bounds.first) - 1n).toString();
      for (;;) {
        const rows = await this.events.range(after, bounds.last, BATCH);
        if (rows.length === 0) break;
        // predecessors of claims met for the first time above seq 1 lie before the range
        const firstSeen = new Set<string>();
        const wanted = rows.filter((r) => {
          if (!walker.needsPredecessor(r) || firstSeen.has(r.claimId)) return false;
          firstSeen.add(r.claimId);
          return true;
        });
        const predecessors = await this.events.hashesOf(wanted.map((r) => ({ claimId: r.claimId, seq: r.seq - 1 })));
        for (const row of rows) {
          const predecessor = walker.needsPredecessor(row) ? predecessors.get(`${row.claimId}:${row.seq - 1}`) : undefined;
          note(walker.push(row, predecessor));
        }
        after = rows[rows.length - 1].position;
      }
    }
    const outOfStepClaims = await this.events.claimsOutOfStep(from, to, MAX_BREAKS);
    note(outOfStepClaims.map((c) => outOfStep(c.claimId, c.lastSeq, c.version)));

    return {
      from: from ?? null,
      to: to ?? null,
      ok: breaks.length === 0,
      eventsChecked: walker.eventsChecked,
      claimsChecked: walker.claimsSeen,
      firstBroken: breaks[0] ?? null,
      breaks,
      truncated,
      verifiedAt: new Date().toISOString(),
    };
  }
}
