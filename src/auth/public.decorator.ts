import { applyDecorators, SetMetadata } from '@nestjs/common';

export const PUBLIC_METADATA = 'wce:public';

/** No API key needed (health, metrics, customer survey links). On a handler or a controller. */
export const Public = () => SetMetadata(PUBLIC_METADATA, true);

export const PUBLIC_LIMITED_METADATA = 'wce:public-limited';

/**
 * No API key needed, but requests are limited per client address
 * (SURVEY_RATE_LIMIT_PER_MINUTE): for open routes that check a credential of their own,
 * such as signed survey links, so that guessing is slow.
 */
export const PublicLimitedPerAddress = () => applyDecorators(Public(), SetMetadata(PUBLIC_LIMITED_METADATA, true));
