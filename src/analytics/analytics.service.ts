import { Injectable } from '@nestjs/common';
import { summarize } from '../../domain/analytics/metrics';
import { AnalyticsRepository, type AnalyticsWindow } from './analytics.repository';
import type { AnalyticsSummaryDto } from './dto/analytics-summary.dto';

/** The analytics summary: the read model's counts through the domain's formulas. */
@Injectable()
export class AnalyticsService {
  constructor(private readonly repository: AnalyticsRepository) {}

  async summary(window: AnalyticsWindow): Promise<AnalyticsSummaryDto> {
    const totals = await this.repository.totals(window);
    return { period: { from: window.from ?? null, to: window.to ?? null }, ...summarize(totals) };
  }
}
