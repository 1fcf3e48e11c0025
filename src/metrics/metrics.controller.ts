import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/public.decorator';
import { MetricsService } from './metrics.service';

@ApiTags('operations')
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Prometheus metrics',
    description:
      'Process metrics (CPU, memory, event loop, GC), `http_request_duration_seconds` by method, route and ' +
      'status, `wce_claims_created_total` by channel and `wce_claim_actions_total` by action and outcome, ' +
      'in the Prometheus text format. No API key needed.',
  })
  @ApiProduces('text/plain')
  @ApiResponse({
    status: 200,
    description: 'The metrics, Prometheus text exposition format 0.0.4',
    content: {
      'text/plain': {
        schema: { type: 'string' },
        example:
          '# HELP wce_claims_created_total Claims taken in, by channel\n' +
          '# TYPE wce_claims_created_total counter\n' +
          'wce_claims_created_total{channel="hotline"} 42\n',
      },
    },
  })
  async scrape(@Res({ passthrough: true }) res: Response): Promise<string> {
    res.setHeader('Content-Type', this.metrics.contentType);
    return this.metrics.render();
  }
}
