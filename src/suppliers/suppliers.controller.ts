import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator';
import { DEFAULT_LIST_LIMIT, PageQueryDto } from '../common/http/page.query';
import { ProblemDto } from '../common/openapi/problem-responses';
import { CreateSupplierDto, ScorecardDto, ScorecardQueryDto, SupplierDto, SupplierListDto, UpdateSupplierDto } from './dto';
import { SuppliersService } from './suppliers.service';

const SUPPLIER_PARAM = { name: 'id', description: 'supplier id', example: 'fabrika-yug' };

@ApiTags('suppliers')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ProblemDto, description: 'missing or invalid API key' })
@ApiForbiddenResponse({ type: ProblemDto, description: 'only supervisors and admins manage suppliers' })
@Roles('supervisor', 'admin')
@Controller('suppliers')
export class SuppliersController {
  constructor(private readonly suppliers: SuppliersService) {}

  @Post()
  @ApiOperation({
    summary: 'Register a supplier',
    description:
      'A supplier disputes can be opened against: its answer deadline and reminders (else the policy\'s), and a webhook ' +
      'endpoint with the secret that signs deliveries (`X-Signature: sha256=<hex HMAC of the body>`). Then create its API ' +
      'key: POST /admin/api-keys with role `supplier` and this `supplierId`.',
  })
  @ApiCreatedResponse({ type: SupplierDto })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'invalid body (field errors); nothing is created' })
  @ApiConflictResponse({ type: ProblemDto, description: 'a supplier with this id exists' })
  create(@Body() body: CreateSupplierDto): Promise<SupplierDto> {
    return this.suppliers.create(body);
  }

  @Get()
  @ApiOperation({ summary: 'List suppliers', description: 'By id, with cursor paging.' })
  @ApiOkResponse({ type: SupplierListDto })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'invalid paging' })
  list(@Query() query: PageQueryDto): Promise<SupplierListDto> {
    return this.suppliers.list({ limit: query.limit ?? DEFAULT_LIST_LIMIT, cursor: query.cursor });
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a supplier', description: 'Its settings and the terms new disputes get; never the webhook secret.' })
  @ApiParam(SUPPLIER_PARAM)
  @ApiOkResponse({ type: SupplierDto })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'no such supplier' })
  get(@Param('id') id: string): Promise<SupplierDto> {
    return this.suppliers.getOne(id);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Change a supplier',
    description: 'Only the fields given change; `null` clears a deadline, reminders or the webhook. Open disputes keep the terms they were opened with.',
  })
  @ApiParam(SUPPLIER_PARAM)
  @ApiOkResponse({ type: SupplierDto })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'invalid body; nothing changed' })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'no such supplier' })
  update(@Param('id') id: string, @Body() body: UpdateSupplierDto): Promise<SupplierDto> {
    return this.suppliers.update(id, body);
  }

  @Get(':id/scorecard')
  @ApiOperation({
    summary: 'A supplier\'s scorecard',
    description:
      'Open and closed disputes, acceptance rate, median response time in business hours, deadline breaches, ' +
      'amounts claimed and recovered per currency; optionally only disputes opened within `from`–`to`.',
  })
  @ApiParam(SUPPLIER_PARAM)
  @ApiOkResponse({ type: ScorecardDto })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'invalid dates' })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'no such supplier' })
  scorecard(@Param('id') id: string, @Query() query: ScorecardQueryDto): Promise<ScorecardDto> {
    return this.suppliers.scorecard(id, query.from, query.to);
  }
}
