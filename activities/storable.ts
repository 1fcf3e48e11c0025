/**
 * What an activity writes must be storable text (domain/text/text-safety.ts). The API
 * refuses NUL and unpaired surrogates, but a workflow may still carry them (a claim that
 * accepted one before that check, a caller using the Temporal client directly); written
 * as they are, they would fail the write on every retry and jam the claim. Replaced by
 * U+FFFD instead, with a warning that names the claim and the count, never the text.
 */
import { Context } from '@temporalio/activity';
import { storableText } from '../domain/text/text-safety';

export function storable<T>(input: T, claimId: string): T {
  const { value, replaced } = storableText(input);
  if (replaced > 0) {
    Context.current().log.warn('replaced characters that cannot be stored with U+FFFD', { claimId, replaced });
  }
  return value;
}
