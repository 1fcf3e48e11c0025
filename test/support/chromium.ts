/**
 * The browser for browser tests: Debian's Chromium (`apt-get install chromium`; `.ci/run`
 * installs it), driven by playwright-core through `executablePath` — nothing is
 * downloaded at run time. CHROMIUM_PATH points elsewhere.
 */
import * as fs from 'node:fs';

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => !!p);
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) throw new Error(`no Chromium found (${candidates.join(', ')}): apt-get install chromium, or set CHROMIUM_PATH`);
  return found;
}

/** No sandbox (tests run as root in CI) and no background traffic (the machines have no internet). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
