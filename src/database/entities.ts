import { ApiKeyEntity } from '../auth/api-key.entity';

/**
 * Every TypeORM entity of the app. A feature module's entity must be listed here as
 * well as in its module's `TypeOrmModule.forFeature([...])`.
 */
export const ENTITIES = [ApiKeyEntity /* lead adds more */];
