import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { join } from 'node:path';
import { Public } from '../auth/public.decorator';
import { APP_CONFIG, packageRoot, type AppConfig } from '../config/app-config';
import { DomainError } from '../common/errors/domain-error';
import { CONSOLE_CONTENT_SECURITY_POLICY, IMMUTABLE_CACHE, resolveConsoleFile, REVALIDATE_CACHE } from './console-files';

/** Where scripts/setup.js (vite build of console/) puts the console. */
export const CONSOLE_BUILD_DIR = join(packageRoot(), 'dist', 'console');

/** What the console needs to know before sign-in and that no API route says: the policy's time zone. */
export interface ConsoleSettings {
  timeZone: string;
}

/**
 * The care console: a single-page app built from console/ and served here, under
 * /console, by the API itself. Public files (the app holds no data; every call it makes
 * carries the user's API key), with their own CSP and caching headers.
 */
@ApiExcludeController()
@Public()
@Controller('console')
export class ConsoleController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get('settings.json')
  settings(@Res({ passthrough: true }) res: Response): ConsoleSettings {
    res.setHeader('Cache-Control', REVALIDATE_CACHE);
    return { timeZone: this.config.policy.timeZone };
  }

  @Get()
  root(@Res() res: Response): void {
    this.send(res, '');
  }

  @Get('*path')
  file(@Param('path') path: string | string[], @Res() res: Response): void {
    this.send(res, Array.isArray(path) ? path.join('/') : path);
  }

  private send(res: Response, rest: string): void {
    const found = resolveConsoleFile(CONSOLE_BUILD_DIR, rest);
    if (found.kind === 'not_built') throw new DomainError('not_found', 'the console is not built: run `npm run setup`');
    if (found.kind === 'missing') throw new DomainError('not_found', 'no such console file');
    res.setHeader('Content-Security-Policy', CONSOLE_CONTENT_SECURITY_POLICY);
    res.setHeader('Cache-Control', found.kind === 'asset' ? IMMUTABLE_CACHE : REVALIDATE_CACHE);
    res.sendFile(found.file, { dotfiles: 'deny', cacheControl: false, lastModified: true });
  }
}
