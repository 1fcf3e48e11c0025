import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiHeader, ApiOperation, ApiProduces, ApiResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../auth/roles.decorator';
import { ApiAuthProblemResponses, ApiValidationProblemResponse } from '../common/openapi/problem-responses';
import { CSV_CONTENT_TYPE, summaryFormat, summaryToCsv } from './analytics-csv';
import { AnalyticsService } from './analytics.service';
import { ANALYTICS_SUMMARY_EXAMPLE, AnalyticsSummaryDto } from './dto/analytics-summary.dto';
import { AnalyticsSummaryQueryDto } from './dto/analytics-summary.query';

@ApiTags('analytics')
@ApiExtraModels(AnalyticsSummaryDto)
@ApiBearerAuth()
@ApiAuthProblemResponses('/analytics/summary')
@Roles('supervisor', 'auditor')
@Controller('analytics')
export class AnalyticsController {
  constructor(private readonly analytics: AnalyticsService) {}

  @Get('summary')
  @ApiOperation({
    summary: 'Claims analytics over a period',
    description:
      'Computed from the claims read model for claims received within `from`–`to`: counts by channel, type, unit, ' +
      'defect and supplier; first-response SLA and statutory-deadline compliance; penalties per currency; median ' +
      'hours to triage and to resolve; survey response rate, CSAT, NPS and CES; review-correction outcomes. ' +
      'Percentages are 0–100 with one decimal, null when there is nothing to measure. `?format=csv` (or ' +
      '`Accept: text/csv`) answers one `section,key,value` row per figure. Formulas: docs/analytics.md.',
  })
  @ApiHeader({ name: 'Accept', required: false, description: 'application/json (default) or text/csv' })
  @ApiProduces('application/json', 'text/csv')
  @ApiResponse({
    status: 200,
    description: 'The summary (JSON), or the same figures as CSV rows',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(AnalyticsSummaryDto) }, example: ANALYTICS_SUMMARY_EXAMPLE },
      'text/csv': {
        schema: { type: 'string' },
        example: 'section,key,value\r\nperiod,from,2026-11-01T00:00:00.000Z\r\nclaims,total,4\r\nclaims.byChannel,hotline,3\r\n…\r\n',
      },
    },
  })
  @ApiValidationProblemResponse({ field: 'to', message: 'to must not be before from' }, '/analytics/summary?from=2026-11-30&to=2026-11-01')
  async summary(
    @Query() query: AnalyticsSummaryQueryDto,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AnalyticsSummaryDto | string> {
    const summary = await this.analytics.summary({ from: query.from, to: query.to });
    res.vary('Accept');
    if (summaryFormat(query.format, accept) === 'csv') {
      res.type(CSV_CONTENT_TYPE);
      return summaryToCsv(summary);
    }
    return summary;
  }
}
