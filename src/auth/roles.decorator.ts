import { SetMetadata } from '@nestjs/common';
import type { Role } from './auth.types';

export const ROLES_METADATA = 'wce:roles';

/**
 * Only keys with one of these roles may call the handler (or every handler of the
 * controller; a handler's own @Roles wins over its controller's). Without @Roles,
 * any valid API key may call.
 */
export const Roles = (...roles: [Role, ...Role[]]) => SetMetadata(ROLES_METADATA, roles);
