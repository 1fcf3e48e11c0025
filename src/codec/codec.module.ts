import { Module } from '@nestjs/common';
import { CodecController } from './codec.controller';

/** The remote codec endpoints for the Temporal web UI and CLI. */
@Module({ controllers: [CodecController] })
export class CodecModule {}
