/**
 * The one place the PostgreSQL connection is described. Used by the API (through
 * DatabaseModule), the worker, the tests, and — through the default export — the
 * TypeORM CLI (`npm run migration:run|revert|generate`, reading DATABASE_URL).
 *
 * Migrations live in the top-level `migrations/` folder; this file sits at
 * `src/database/` in the sources and at `dist/src/database/` in the build, so
 * `../../migrations` is right in both (`.ts` files under jest, `.js` under node).
 */
import { join } from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { PrivateQueryLogger } from './private-query-logger';

export const MIGRATIONS_GLOB = join(__dirname, '..', '..', 'migrations', `*${__filename.endsWith('.ts') ? '.ts' : '.js'}`);

export interface DataSourceExtraOptions {
  /** log every SQL statement (TypeORM's `logging: true`); errors are always logged */
  logging?: boolean;
}

export function dataSourceOptions(databaseUrl: string | undefined, options: DataSourceExtraOptions = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: [MIGRATIONS_GLOB],
    migrationsTableName: 'migrations',
    migrationsRun: false,
    synchronize: false,
    // the migrations create uuid keys with the built-in gen_random_uuid()
    uuidExtension: 'pgcrypto',
    logging: options.logging ? true : ['error'],
    // never the parameters of a statement, nor the database's message: both can hold personal data
    logger: new PrivateQueryLogger(options.logging === true),
  };
}

export function createDataSource(databaseUrl: string, options?: DataSourceExtraOptions): DataSource {
  return new DataSource(dataSourceOptions(databaseUrl, options));
}

/** Applies the pending migrations (each in its own transaction); returns their names. */
export async function runMigrations(databaseUrl: string): Promise<string[]> {
  const dataSource = await createDataSource(databaseUrl).initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}

/** For the TypeORM CLI only: `typeorm migration:run -d dist/src/database/data-source.js`. */
export default new DataSource(dataSourceOptions(process.env.DATABASE_URL));
