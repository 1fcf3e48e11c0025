import { Inject, Injectable } from '@nestjs/common';
import { OutboundPolicy } from '../../activities/outbound/outbound-http';
import { WebhookSecretBox } from '../../activities/supplier-disputes/webhook-secret-box';
import { scorecard } from '../../domain/dispute/scorecard';
import { businessCalendarOf, supplierDisputesOf } from '../../domain/policy/policy.rules';
import { DomainError } from '../common/errors/domain-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { SupplierDisputesRepository } from '../disputes/supplier-disputes.repository';
import type { CreateSupplierDto, ScorecardDto, SupplierDto, SupplierListDto, UpdateSupplierDto } from './dto';
import { SuppliersRepository, type SupplierChanges, type SupplierRecord } from './suppliers.repository';

const SECRET_REQUIRED = 'a webhookUrl needs a webhookSecret to sign the deliveries with';

/** Use cases of the supplier registry and scorecards. */
@Injectable()
export class SuppliersService {
  constructor(
    private readonly suppliers: SuppliersRepository,
    private readonly disputes: SupplierDisputesRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.outbound = new OutboundPolicy(config.outboundAllowedNetworks);
    this.secrets = new WebhookSecretBox(config.payloadCodec);
  }

  private readonly outbound: OutboundPolicy;
  private readonly secrets: WebhookSecretBox;

  async create(body: CreateSupplierDto): Promise<SupplierDto> {
    if (body.webhookUrl && !body.webhookSecret) throw invalid('webhookSecret', SECRET_REQUIRED);
    this.assertPublicWebhook(body.webhookUrl);
    const { id, ...values } = body;
    if (values.webhookSecret) values.webhookSecret = this.secrets.seal(id, values.webhookSecret);
    if (!(await this.suppliers.insert(id, { ...values, contact: values.contact ?? {} }))) {
      throw new DomainError('already_exists', `supplier "${id}" already exists (PATCH /suppliers/${id} changes it)`);
    }
    return this.present((await this.suppliers.get(id)) as SupplierRecord);
  }

  async update(id: string, body: UpdateSupplierDto): Promise<SupplierDto> {
    const current = await this.get(id);
    this.assertPublicWebhook(body.webhookUrl);
    const changes: SupplierChanges = { ...body };
    if (body.webhookSecret) changes.webhookSecret = this.secrets.seal(id, body.webhookSecret);
    if (body.webhookUrl === null) changes.webhookSecret = null; // no endpoint, no secret to keep
    else if (body.webhookUrl && !body.webhookSecret && !current.webhookSecret) throw invalid('webhookSecret', SECRET_REQUIRED);
    if (Object.keys(changes).length === 0) return this.present(current);
    return this.present((await this.suppliers.update(id, changes)) as SupplierRecord);
  }

  /** A webhook URL that names a private address outright is refused at once (OutboundPolicy.urlRefusal). */
  private assertPublicWebhook(url: string | null | undefined): void {
    const refusal = url ? this.outbound.urlRefusal(url) : undefined;
    if (refusal) throw invalid('webhookUrl', `must reach the supplier over the internet: ${refusal}`);
  }

  async getOne(id: string): Promise<SupplierDto> {
    return this.present(await this.get(id));
  }

  async list(filter: { active?: boolean; limit: number; cursor?: string }): Promise<SupplierListDto> {
    const afterId = filter.cursor ? Buffer.from(filter.cursor, 'base64url').toString('utf8') : undefined;
    const rows = await this.suppliers.list({ active: filter.active, limit: filter.limit + 1, afterId });
    const page = rows.slice(0, filter.limit);
    return {
      items: page.map((r) => this.present(r)),
      nextCursor: rows.length > filter.limit ? Buffer.from(page[page.length - 1].id).toString('base64url') : undefined,
    };
  }

  async scorecard(id: string, from?: string, to?: string): Promise<ScorecardDto> {
    await this.get(id);
    const rows = await this.disputes.scorecardRows(id, from, to);
    return { supplierId: id, ...scorecard(rows, businessCalendarOf(this.config.policy)) };
  }

  private async get(id: string): Promise<SupplierRecord> {
    const supplier = await this.suppliers.get(id);
    if (!supplier) throw new DomainError('not_found', `no supplier "${id}"`);
    return supplier;
  }

  /** What the API shows of a supplier: never its webhook secret. */
  private present(s: SupplierRecord): SupplierDto {
    const defaults = supplierDisputesOf(this.config.policy);
    return {
      id: s.id,
      name: s.name,
      contact: s.contact,
      responseBusinessDays: s.responseBusinessDays,
      reminderBusinessDaysBefore: s.reminderBusinessDaysBefore,
      effectiveResponseBusinessDays: s.responseBusinessDays ?? defaults.responseBusinessDays,
      effectiveReminderBusinessDaysBefore: s.reminderBusinessDaysBefore ?? defaults.reminderBusinessDaysBefore,
      webhookUrl: s.webhookUrl,
      webhookSecretSet: s.webhookSecret !== null,
      active: s.active,
      createdAt: s.createdAt,
      updatedAt: s.updatedAt,
    };
  }
}

function invalid(field: string, message: string): DomainError {
  return new DomainError('validation_failed', message, { errors: [{ field, message }] });
}
