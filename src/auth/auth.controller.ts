import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponse } from '../common/openapi/problem-responses';
import { CurrentActor } from './current-actor.decorator';
import type { AuthenticatedActor } from './auth.types';
import { toWhoAmIDto, WhoAmIDto } from './dto/who-am-i.dto';

/** Routes about the caller's own credential; any valid API key may call them (no @Roles). */
@ApiTags('auth')
@ApiBearerAuth()
@Controller('auth')
export class AuthController {
  @Get('me')
  @ApiOperation({
    summary: 'Who am I',
    description:
      'The API key this request was made with: its id, name and role, and for a `supplier` key the supplier it acts for. ' +
      'Never the key or its hash. Any valid key, of any role, may call it; a client (the care console) uses it to learn ' +
      'the role of a key it was given.',
  })
  @ApiResponse({
    status: 200,
    description: 'The calling key',
    type: WhoAmIDto,
    example: { id: '3b241101-e2bb-4255-8caf-4136c566a962', name: 'fabrika-yug portal', role: 'supplier', supplierId: 'fabrika-yug' },
  })
  @ApiProblemResponse(401, 'No API key, or an unknown or revoked one', {
    type: 'unauthorized',
    detail: 'Invalid or revoked API key.',
    instance: '/auth/me',
  })
  me(@CurrentActor() actor: AuthenticatedActor): WhoAmIDto {
    return toWhoAmIDto(actor);
  }
}
