import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/public.decorator';
import { HealthService, type CheckStatus, type HealthReport } from './health.service';

class DependencyCheckDto {
  @ApiProperty({ enum: ['ok', 'unavailable'], example: 'ok' })
  status: CheckStatus;

  @ApiProperty({ description: 'How long the probe took, in milliseconds', example: 3 })
  latencyMs: number;
}

class HealthChecksDto {
  @ApiProperty({ type: DependencyCheckDto, description: 'PostgreSQL: `SELECT 1`' })
  database: DependencyCheckDto;

  @ApiProperty({ type: DependencyCheckDto, description: "Temporal: the frontend's GetSystemInfo" })
  temporal: DependencyCheckDto;
}

class HealthReportDto {
  @ApiProperty({ enum: ['ok', 'unavailable'], example: 'ok', description: '`ok` only when every check is ok' })
  status: CheckStatus;

  @ApiProperty({ type: HealthChecksDto })
  checks: HealthChecksDto;
}

@ApiTags('operations')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Readiness',
    description:
      'Checks that this API process can reach PostgreSQL and Temporal (each probe times out after 2 s). ' +
      'For load balancers and orchestrators; no API key needed.',
  })
  @ApiResponse({
    status: 200,
    description: 'Ready: every dependency answered',
    type: HealthReportDto,
    example: { status: 'ok', checks: { database: { status: 'ok', latencyMs: 2 }, temporal: { status: 'ok', latencyMs: 4 } } },
  })
  @ApiResponse({
    status: 503,
    description: 'Not ready: at least one dependency did not answer',
    type: HealthReportDto,
    example: {
      status: 'unavailable',
      checks: { database: { status: 'ok', latencyMs: 2 }, temporal: { status: 'unavailable', latencyMs: 2001 } },
    },
  })
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthReport> {
    const report = await this.health.check();
    res.status(report.status === 'ok' ? 200 : 503);
    return report;
  }
}
