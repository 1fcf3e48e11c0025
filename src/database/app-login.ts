/**
 * The login the API and the worker use: a non-superuser role in `wce_app` (migration
 * 1763900100100), which may read and write the application's tables but append to the
 * audit log only through `append_audit_event`, and can neither change the log nor the
 * schema. Migrations run as the owner; this makes (or updates) the login afterwards and
 * gives the URL to connect with.
 */
import { Client } from 'pg';

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Creates `user` (LOGIN, member of wce_app) or resets its password; returns `ownerUrl` with that user. */
export async function ensureAppLogin(ownerUrl: string, user: string, password: string): Promise<string> {
  if (!ROLE_NAME.test(user)) throw new Error(`not a role name: ${JSON.stringify(user)} (lower-case letters, digits, _)`);
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const [{ exists: hasAppRole }] = (await client.query(`SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'wce_app') AS exists`)).rows;
    if (!hasAppRole) throw new Error('the role wce_app does not exist: run the migrations as a user that may create roles');
    const [{ exists }] = (await client.query(`SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1) AS exists`, [user])).rows;
    const quotedPassword = client.escapeLiteral(password);
    if (!exists) await client.query(`CREATE ROLE ${client.escapeIdentifier(user)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD ${quotedPassword} IN ROLE wce_app`);
    else await client.query(`ALTER ROLE ${client.escapeIdentifier(user)} LOGIN NOSUPERUSER PASSWORD ${quotedPassword}`);
    await client.query(`GRANT wce_app TO ${client.escapeIdentifier(user)}`);
    const database = (await client.query('SELECT current_database() AS db')).rows[0].db as string;
    await client.query(`GRANT CONNECT ON DATABASE ${client.escapeIdentifier(database)} TO ${client.escapeIdentifier(user)}`);
  } finally {
    await client.end();
  }
  const url = new URL(ownerUrl);
  url.username = user;
  url.password = password;
  return url.toString();
}
