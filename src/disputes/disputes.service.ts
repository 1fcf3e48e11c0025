import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { UpdateDefinition } from '@temporalio/common';
import { supplierTaskOf, type DisputeAction, type DisputeStatus, type DisputeView, type SupplierTaskView } from '../../domain/dispute/dispute.types';
import { supplierDisputesOf } from '../../domain/policy/policy.rules';
import type { Command } from '../../workflows/shared/commands';
import { DISPUTE_ACTION_UPDATES, type DisputeInput } from '../../workflows/supplier-dispute/dispute.messages';
import { actorOf, type AuthenticatedActor } from '../auth/auth.types';
import { ClaimActionsService } from '../claims/claim-actions.service';
import { isClaimId, uuidFromKey } from '../claims/claim-id';
import { ClaimQueriesService } from '../claims/claim-queries.service';
import { DomainError } from '../common/errors/domain-error';
import { decodeKeysetCursor, encodeKeysetCursor, type KeysetPosition } from '../common/http/keyset-cursor';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { SuppliersRepository } from '../suppliers/suppliers.repository';
import { DisputeWorkflowGateway } from './dispute-workflow.gateway';
import type { OpenDisputeDto } from './dto/dispute-input.dto';
import { SupplierDisputesRepository } from './supplier-disputes.repository';

export type StaffDisputeAction = 'settle' | 'escalate' | 'write_off';

const updateOf = <A extends DisputeAction>(action: A) => DISPUTE_ACTION_UPDATES[action] as UpdateDefinition<DisputeView, [Command<DisputeInput<A>>]>;


export interface SupplierTaskPage {
  items: SupplierTaskView[];
  nextCursor?: string;
}

/** Use cases of supplier disputes: staff open and decide them; suppliers read and answer their own tasks. */
/** What a supplier does with a task; the rest (settle, escalate, write off) is the care staff's. */
const SUPPLIER_ACTIONS: readonly string[] = ['accept', 'reject'];

@Injectable()
export class DisputesService {
  constructor(
    private readonly claimActions: ClaimActionsService,
    private readonly claims: ClaimQueriesService,
    private readonly suppliers: SuppliersRepository,
    private readonly disputes: SupplierDisputesRepository,
    private readonly workflows: DisputeWorkflowGateway,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Opens a dispute against the claim's supplier (or the one named), on the supplier's
   * terms or the policy's defaults. The same Idempotency-Key opens it once.
   */
  async open(idOrNumber: string, body: OpenDisputeDto, actor: AuthenticatedActor, key?: string): Promise<DisputeView> {
    const claim = await this.claims.get(idOrNumber);
    const supplierId = body.supplierId ?? claim.order.supplierId;
    const refuse = (message: string) => new DomainError('validation_failed', message, { errors: [{ field: 'supplierId', message }] });
    if (!supplierId) throw refuse("the claim's order names no supplier: say which one in supplierId");
    const supplier = await this.suppliers.get(supplierId);
    if (!supplier) throw refuse(`no supplier "${supplierId}" in the registry (POST /suppliers first)`);
    if (!supplier.active) throw refuse(`supplier "${supplierId}" is inactive`);

    const defaults = supplierDisputesOf(this.config.policy);
    const disputeId = key ? uuidFromKey(`dispute:${claim.id}:${key}`) : randomUUID();
    await this.claimActions.act(
      claim.id,
      'open_supplier_dispute',
      {
        disputeId,
        dispute: { kind: body.kind, amountClaimed: body.amountClaimed, currency: body.currency, message: body.message, evidenceUrls: body.evidenceUrls ?? [] },
        supplier: {
          supplierId,
          supplierName: supplier.name,
          responseBusinessDays: supplier.responseBusinessDays ?? defaults.responseBusinessDays,
          reminderBusinessDaysBefore: supplier.reminderBusinessDaysBefore ?? defaults.reminderBusinessDaysBefore,
        },
      },
      actorOf(actor),
      key === undefined ? undefined : `dispute:${key}`,
    );
    return this.workflows.view(disputeId);
  }

  /** A dispute of this claim, live. */
  async get(idOrNumber: string, disputeId: string): Promise<DisputeView> {
    return this.current(disputeId, await this.ofClaim(idOrNumber, disputeId));
  }

  async staffAct<A extends StaffDisputeAction>(idOrNumber: string, disputeId: string, action: A, body: DisputeInput<A>, actor: AuthenticatedActor, key?: string): Promise<DisputeView> {
    await this.ofClaim(idOrNumber, disputeId);
    return this.workflows.act(disputeId, updateOf(action), { actor: actorOf(actor), payload: { ...body } }, key);
  }

  async supplierTasks(actor: AuthenticatedActor, filter: { status?: DisputeStatus; limit: number; cursor?: string }): Promise<SupplierTaskPage> {
    const views = await this.disputes.listForSupplier({
      supplierId: this.supplierOf(actor),
      status: filter.status,
      limit: filter.limit + 1,
      after: filter.cursor ? afterOpened(decodeKeysetCursor(filter.cursor)) : undefined,
    });
    const page = views.slice(0, filter.limit);
    const last = page[page.length - 1];
    return {
      items: page.map(supplierTaskOf),
      nextCursor: views.length > filter.limit && last ? encodeKeysetCursor({ at: last.openedAt, id: last.id }) : undefined,
    };
  }

  async supplierTask(actor: AuthenticatedActor, taskId: string): Promise<SupplierTaskView> {
    return supplierTaskOf(await this.current(taskId, await this.ownTask(actor, taskId)));
  }

  async supplierAct<A extends 'accept' | 'reject'>(actor: AuthenticatedActor, taskId: string, action: A, body: DisputeInput<A>, key?: string): Promise<SupplierTaskView> {
    const task = await this.ownTask(actor, taskId);
    try {
      return supplierTaskOf(await this.workflows.act(taskId, updateOf(action), { actor: actorOf(actor), payload: { ...body } }, key));
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      // the task exists (the supplier sees it): a closed one is a refusal, not a 404
      if (err.code === 'not_found' || err.code === 'gone') {
        throw new DomainError('invalid_transition', `cannot ${action} the task: it is ${task.status.replace(/_/g, ' ')}, nothing is awaited from the supplier`, { allowedActions: [] });
      }
      // what the supplier may do, not the care staff's actions
      const allowed = err.extras.allowedActions;
      if (Array.isArray(allowed)) throw new DomainError(err.code, err.message, { ...err.extras, allowedActions: allowed.filter((a) => SUPPLIER_ACTIONS.includes(a)) });
      throw err;
    }
  }

  private supplierOf(actor: AuthenticatedActor): string {
    if (actor.role !== 'supplier' || !actor.supplierId) throw new DomainError('forbidden', 'only a supplier key bound to a supplier has tasks');
    return actor.supplierId;
  }

  /** The supplier's own task; any other id — another supplier's, or none — is the same 404. */
  private async ownTask(actor: AuthenticatedActor, taskId: string): Promise<DisputeView> {
    const supplierId = this.supplierOf(actor);
    const view = isClaimId(taskId) ? await this.disputes.view(taskId, supplierId) : null;
    if (!view) throw new DomainError('not_found', `no task ${taskId}`);
    return view;
  }

  /** The stored view of a dispute of this claim; any other is a 404. */
  private async ofClaim(idOrNumber: string, disputeId: string): Promise<DisputeView> {
    const claimId = await this.claims.resolveId(idOrNumber);
    const view = isClaimId(disputeId) ? await this.disputes.view(disputeId) : null;
    if (!view || view.claimId !== claimId) throw new DomainError('not_found', `no dispute ${disputeId} on claim ${idOrNumber}`);
    return view;
  }

  /**
   * The dispute's live view from its workflow, unless the stored one is newer (a dispute its
   * claim wrote off after an operator ended the workflow) or the workflow is gone.
   */
  private async current(disputeId: string, stored: DisputeView): Promise<DisputeView> {
    const live = await this.workflows.view(disputeId).catch(() => stored);
    return stored.version > live.version ? stored : live;
  }
}

/** A cursor's position as a task-list key; an id that is no UUID could never match, so it is refused. */
function afterOpened(p: KeysetPosition): { openedAt: string; id: string } {
  if (!isClaimId(p.id)) throw new DomainError('validation_failed', 'cursor is not one this API returned', { errors: [{ field: 'cursor', message: 'invalid cursor' }] });
  return { openedAt: p.at, id: p.id };
}
