/** Fault tests run the API and the worker from dist/: build it first when it is missing or stale. */
import { ensureBuild } from '../support/stack/child-service';

export default function faultsGlobalSetup(): void {
  ensureBuild();
}
