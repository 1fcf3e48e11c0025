import { ApiProperty } from '@nestjs/swagger';
import type { Actor } from '../../../domain/claim.types';

/** Who did something: an API key's holder, or `system` for timers. */
export class ClaimActorDto implements Actor {
  @ApiProperty({ description: 'API key id, or `system` for timers', example: '5b0e7c1e-8a43-4f55-9f0e-0d0f5c3a1b2e' })
  id: string;

  @ApiProperty({ description: 'Name of the key\'s holder', example: 'Maria (care desk)' })
  name: string;

  @ApiProperty({ description: 'Role of the key', example: 'agent' })
  role: string;
}
