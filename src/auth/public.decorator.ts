import { SetMetadata } from '@nestjs/common';

export const PUBLIC_METADATA = 'wce:public';

/** No API key needed (health, metrics, customer survey links). On a handler or a controller. */
export const Public = () => SetMetadata(PUBLIC_METADATA, true);
