/**
 * `node dist/src/database/app-login.main.js`: after the migrations, creates the API's and
 * the worker's login (APP_DATABASE_USER, APP_DATABASE_PASSWORD) as a member of wce_app,
 * connecting as the owner (DATABASE_URL). docker-compose's `migrate` service runs it.
 */
import { ensureAppLogin } from './app-login';

async function main(): Promise<void> {
  const { DATABASE_URL, APP_DATABASE_USER, APP_DATABASE_PASSWORD } = process.env;
  if (!DATABASE_URL || !APP_DATABASE_USER || !APP_DATABASE_PASSWORD) {
    throw new Error('DATABASE_URL (the owner), APP_DATABASE_USER and APP_DATABASE_PASSWORD are required');
  }
  await ensureAppLogin(DATABASE_URL, APP_DATABASE_USER, APP_DATABASE_PASSWORD);
  console.log(`the login ${APP_DATABASE_USER} (member of wce_app) is ready`);
}

main().catch((err: unknown) => {
  console.error(`app login: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
