/**
 * Saves an answer of the API as a file. The export needs the user's credential in the
 * `Authorization` header, which a plain link cannot send, so the console fetches it with
 * the typed client and hands the browser a blob: URL to save.
 */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // the download has its own reference by then; give it a moment all the same
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `audit-events-2026-11-01_2026-11-30.ndjson`: what was exported, in the name. */
export function exportFileName(format: 'ndjson' | 'csv', filter: { fromDay?: string; toDay?: string; claimId?: string }): string {
  const parts = ['audit-events'];
  if (filter.claimId) parts.push(filter.claimId.replace(/[^A-Za-z0-9-]/g, ''));
  if (filter.fromDay || filter.toDay) parts.push(`${filter.fromDay ?? 'start'}_${filter.toDay ?? 'now'}`);
  return `${parts.join('-')}.${format}`;
}
