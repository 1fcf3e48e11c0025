import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source';

/**
 * The app's PostgreSQL connection (the default TypeORM DataSource). Migrations are not
 * run here: they are an explicit step (`npm run migration:run`, or the launcher).
 */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        if (!config.databaseUrl) throw new Error('DATABASE_URL is not set: the API needs a PostgreSQL database');
        return {
          ...dataSourceOptions(config.databaseUrl, { logging: config.logLevel === 'debug' }),
          // fail start-up within seconds, not after the default ~30 s of retries
          retryAttempts: 3,
          retryDelay: 1000,
        };
      },
    }),
  ],
})
export class DatabaseModule {}
