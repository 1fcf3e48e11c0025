import { Inject, Injectable } from '@nestjs/common';
import { WorkflowNotFoundError, isGrpcServiceError, type Client } from '@temporalio/client';
import { decodeArrayFromPayloads } from '@temporalio/common/lib/internal-non-workflow';
import type { temporal } from '@temporalio/proto';
import { claimWorkflowId } from '../../workflows/claim/claim.ids';
import type { RecordClaimEventsInput, RecordClaimEventsResult } from '../../activities/claim-records/claim-records.contract';
import { DomainError } from '../common/errors/domain-error';
import { TEMPORAL_CLIENT } from '../temporal/temporal.module';
import { AuditEventsRepository } from './audit-events.repository';
import type { WorkflowComparisonDto } from './dto/audit-verification.dto';
import { compareWithWorkflow, type WorkflowBatch } from './workflow-history-comparison';

const RECORD_ACTIVITY = 'recordClaimEvents';
const STAGE_ACTIVITY = 'stageClaimEvents';
const LOCAL_ACTIVITY_MARKER = 'core_local_activity';
const GRPC_NOT_FOUND = 5;

/** Use case: check a claim's audit log against its Temporal workflow history. */
@Injectable()
export class WorkflowComparisonService {
  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    private readonly events: AuditEventsRepository,
  ) {}

  async compare(claimId: string): Promise<WorkflowComparisonDto> {
    const workflowId = claimWorkflowId(claimId);
    const [audit, batches] = await Promise.all([this.events.forClaim(claimId), this.workflowBatches(workflowId)]);
    const result = compareWithWorkflow(
      audit.map((e) => ({ seq: e.seq, action: e.action })),
      batches,
    );
    return { claimId, workflowId, ...result };
  }

  /**
   * The audit batches the workflow handed to its record activity, decoded with the
   * client's codec: scheduled activities (their input; completed or in flight), and the
   * intake's batch, written by a local activity in the first workflow task, from its
   * marker (its result: a marker is written only once the batch is recorded), and the
   * batches actions staged in their task, from theirs.
   */
  private async workflowBatches(workflowId: string): Promise<WorkflowBatch[]> {
    let history: temporal.api.history.v1.IHistory;
    try {
      history = await this.client.workflow.getHandle(workflowId).fetchHistory();
    } catch (err) {
      if (err instanceof WorkflowNotFoundError || (isGrpcServiceError(err) && err.code === GRPC_NOT_FOUND)) {
        throw new DomainError('not_found', `no workflow history for ${workflowId} (never started, or past the namespace retention)`);
      }
      throw err;
    }
    const completed = new Set<string>();
    for (const event of history.events ?? []) {
      const id = event.activityTaskCompletedEventAttributes?.scheduledEventId;
      if (id !== undefined && id !== null) completed.add(String(id));
    }
    const converter = this.client.options.loadedDataConverter;
    const batches: WorkflowBatch[] = [];
    for (const event of history.events ?? []) {
      const marker = event.markerRecordedEventAttributes;
      if (marker?.markerName === LOCAL_ACTIVITY_MARKER && marker.details) {
        const [data] = (await decodeArrayFromPayloads(converter, marker.details.data?.payloads)) as [{ activity_type?: string }];
        if (data?.activity_type !== RECORD_ACTIVITY && data?.activity_type !== STAGE_ACTIVITY) continue;
        const [result] = (await decodeArrayFromPayloads(converter, marker.details.result?.payloads)) as [RecordClaimEventsResult | undefined];
        batches.push({ events: result?.recorded ?? [], completed: true, ...(data.activity_type === STAGE_ACTIVITY && { staged: true }) });
        continue;
      }
      const scheduled = event.activityTaskScheduledEventAttributes;
      if (scheduled?.activityType?.name !== RECORD_ACTIVITY) continue;
      const [input] = (await decodeArrayFromPayloads(converter, scheduled.input?.payloads)) as [RecordClaimEventsInput];
      batches.push({
        events: input.events.map((e) => ({ seq: e.seq, action: e.action })),
        completed: completed.has(String(event.eventId)),
      });
    }
    return batches;
  }
}
