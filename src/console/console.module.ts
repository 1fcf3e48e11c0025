import { Module } from '@nestjs/common';
import { ConsoleController } from './console.controller';

/** Serves the care console (console/, built into dist/console) at /console. */
@Module({ controllers: [ConsoleController] })
export class ConsoleModule {}
