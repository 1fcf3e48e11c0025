import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type AuthenticatedActor, type Role } from '../auth.types';

/** The calling API key as it knows itself: never its secret or hash. */
export class WhoAmIDto {
  @ApiProperty({ format: 'uuid', description: "The key's id (as in `GET /admin/api-keys` and in audit events' actor)", example: '3b241101-e2bb-4255-8caf-4136c566a962' })
  id: string;

  @ApiProperty({ description: "The key's label, given when it was created", example: 'anna' })
  name: string;

  @ApiProperty({ enum: ROLES, description: 'What the key may do', example: 'agent' })
  role: Role;

  @ApiPropertyOptional({ description: 'The supplier a `supplier` key acts for; absent for every other role', example: 'fabrika-yug' })
  supplierId?: string;
}

/** The caller the auth guard verified, as answered to it. */
export function toWhoAmIDto(actor: AuthenticatedActor): WhoAmIDto {
  return { id: actor.id, name: actor.name, role: actor.role, ...(actor.supplierId ? { supplierId: actor.supplierId } : {}) };
}
