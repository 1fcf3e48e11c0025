import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { DISPUTE_STATUSES, type DisputeStatus } from '../../../domain/dispute/dispute.types';
import { OptionalField } from '../../common/validation/field.validators';
import { PageQueryDto } from '../../common/http/page.query';
import { DISPUTE_STATUS_ENUM } from './dispute-enums.openapi';

/** GET /supplier/tasks */
export class SupplierTasksQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ ...DISPUTE_STATUS_ENUM, description: 'Only tasks in this status', example: 'awaiting_supplier' })
  @OptionalField()
  @IsIn(DISPUTE_STATUSES, { message: `status must be one of: ${DISPUTE_STATUSES.join(', ')}` })
  status?: DisputeStatus;
}
