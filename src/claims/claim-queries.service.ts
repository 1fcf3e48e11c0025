import { Inject, Injectable } from '@nestjs/common';
import type { ClaimView } from '../../domain/claim/claim-view';
import type { Role } from '../auth/auth.types';
import { DomainError } from '../common/errors/domain-error';
import { personalDataAccess } from '../privacy/personal-data.policy';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { surveyLink } from '../surveys/survey-token';
import { decodeKeysetCursor, encodeKeysetCursor } from '../common/http/keyset-cursor';
import { isClaimId, isClaimNumber } from './claim-id';
import { ClaimWorkflowGateway } from './claim-workflow.gateway';
import { ClaimsRepository, NOTHING_DUE, type ClaimSummaryRow } from './claims.repository';
import type { ClaimAlertDto, ClaimListResponseDto, ClaimSummaryDto, ListClaimsQueryDto } from './dto';

/** Use case: read claims — one claim live from its workflow, lists from the read model. */
@Injectable()
export class ClaimQueriesService {
  constructor(
    private readonly workflows: ClaimWorkflowGateway,
    private readonly claims: ClaimsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Accepts a claim id or its readable number. */
  async resolveId(idOrNumber: string): Promise<string> {
    if (isClaimId(idOrNumber)) return idOrNumber;
    if (isClaimNumber(idOrNumber)) {
      const id = await this.claims.idByNumber(idOrNumber);
      if (id) return id;
    }
    throw new DomainError('not_found', `no claim ${idOrNumber}`);
  }

  /**
   * The claim's live view with its open alerts; for care staff (`role` agent or
   * supervisor) the customer's current survey link too, while it is out.
   */
  async get(idOrNumber: string, role?: Role): Promise<ClaimView & { alerts: ClaimAlertDto[] }> {
    const claimId = await this.resolveId(idOrNumber);
    const [view, alerts] = await Promise.all([this.view(claimId, idOrNumber), this.claims.openAlerts(claimId)]);
    const survey = view.followUp?.survey;
    if (survey?.status === 'sent' && survey.expiresAt && (role === 'agent' || role === 'supervisor')) {
      const link = surveyLink(this.config.publicBaseUrl, this.config.surveyTokenSecret, claimId, survey.id, survey.expiresAt);
      return { ...view, followUp: { ...view.followUp!, survey: { ...survey, link } }, alerts };
    }
    return { ...view, alerts };
  }

  private async view(claimId: string, idOrNumber: string): Promise<ClaimView> {
    const live = await this.workflows.view(claimId).catch(async (err) => {
      // A workflow that ended (reopen window over) is still readable from the read model.
      const archived = await this.claims.lastView(claimId);
      if (archived) return { ...archived, allowedActions: [] };
      throw err;
    });
    if (live) return live;
    const archived = await this.claims.lastView(claimId);
    if (archived) return { ...archived, allowedActions: [] };
    throw new DomainError('not_found', `no claim ${idOrNumber}`);
  }

  async list(query: ListClaimsQueryDto, role: Role): Promise<ClaimListResponseDto> {
    const limit = query.limit ?? 50;
    const rows = await this.claims.list({
      status: query.status,
      channel: query.channel,
      type: query.type,
      unit: query.unit,
      defectCode: query.defectCode,
      supplierId: query.supplierId,
      slaBreached: query.slaBreached,
      deadlineBreached: query.deadlineBreached,
      disputes: query.disputes,
      receivedFrom: query.receivedFrom,
      receivedTo: query.receivedTo,
      q: query.q,
      qScope: personalDataAccess(role) === 'full' ? 'all' : 'business',
      limit: limit + 1,
      sort: query.sort,
      after: query.cursor ? decodeKeysetCursor(query.cursor) : undefined,
    });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const at = (r: ClaimSummaryRow) => (query.sort === 'due' ? r.due_at : r.received_at).toISOString();
    return {
      items: page.map(toSummary),
      nextCursor: rows.length > limit && last ? encodeKeysetCursor({ at: at(last), id: last.id }) : null,
    };
  }
}

function toSummary(r: ClaimSummaryRow): ClaimSummaryDto {
  return {
    id: r.id,
    number: r.number,
    status: r.status,
    channel: r.channel,
    type: r.type ?? undefined,
    unit: r.unit ?? undefined,
    defectCode: r.defect_code ?? undefined,
    supplierId: r.supplier_id ?? undefined,
    customerName: r.customer_name,
    orderId: r.order_id,
    productName: r.product_name,
    receivedAt: r.received_at.toISOString(),
    slaDueAt: r.first_response_at ? undefined : r.sla_due_at.toISOString(),
    dueAt: r.due_at.toISOString() === NOTHING_DUE ? undefined : r.due_at.toISOString(),
    slaBreached: r.sla_breached,
    deadlineAt: r.deadline_at?.toISOString(),
    deadlineBreached: r.deadline_breached,
    penaltyAmount: Number(r.penalty_amount),
    currency: r.currency,
    openDisputes: r.open_disputes,
    surveyAlert: r.survey_alert,
    updatedAt: r.updated_at.toISOString(),
  } as ClaimSummaryDto;
}

