/** The baseline's trivial workflow: it does nothing, so its start rate is the server's ceiling. */
export async function benchNoopWorkflow(): Promise<void> {
  return undefined;
}
