/** What global-setup.ts leaves for global-teardown.ts (both run in Jest's main process). */
import type { DevServerHandle } from '../../embedded/temporal-cli';

export interface TestHarnessHandle {
  temporal?: DevServerHandle;
  /** the PostgreSQL URL test databases are created and dropped through */
  adminUrl: string;
  databaseName?: string;
  envFile: string;
}

const KEY = '__wceTestHarness';

export function setHarnessHandle(handle: TestHarnessHandle | undefined): void {
  if (handle) (globalThis as Record<string, unknown>)[KEY] = handle;
  else delete (globalThis as Record<string, unknown>)[KEY];
}

export function harnessHandle(): TestHarnessHandle | undefined {
  return (globalThis as Record<string, unknown>)[KEY] as TestHarnessHandle | undefined;
}
