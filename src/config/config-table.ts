/**
 * The README's configuration table, made from the schema (config.schema.ts), so that the
 * documented defaults and meanings are the ones the code applies.
 * `npm run docs:config` writes it into README.md between the markers; a unit test fails
 * when the README's copy differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './app-config';
import { CONFIG_SCHEMA, variableDefault, variableMeta, type ConfigVariable } from './config.schema';

export const TABLE_START = '<!-- config-table: generated from src/config/config.schema.ts by `npm run docs:config` -->';
export const TABLE_END = '<!-- /config-table -->';

export function configTable(): string {
  const rows = (Object.keys(CONFIG_SCHEMA.shape) as ConfigVariable[]).map((name) => {
    const meta = variableMeta(name);
    const literal = variableDefault(name);
    const shown = meta.defaultDoc ?? (literal === undefined || literal === '' ? '—' : `\`${literal}\``);
    return `| \`${name}\` | ${shown} | ${meta.description} |`;
  });
  return ['| variable | default | meaning |', '| --- | --- | --- |', ...rows].join('\n');
}

/** README.md with its table replaced by the current one. */
export function readmeWithTable(readme: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${TABLE_START} … ${TABLE_END} block`);
  return `${readme.slice(0, start + TABLE_START.length)}\n${configTable()}\n${readme.slice(end)}`;
}

export function readmePath(): string {
  return join(packageRoot(), 'README.md');
}

if (require.main === module) {
  const file = readmePath();
  writeFileSync(file, readmeWithTable(readFileSync(file, 'utf8')));
  console.log(`wrote the configuration table into ${file}`);
}
