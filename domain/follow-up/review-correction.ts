/**
 * Review correction after a resolved claim: what the outcome of following a negative
 * public review is. Pure.
 */
export type ReviewOutcome = 'updated' | 'unchanged' | 'removed';

/** `removed` when the review is gone; `updated` when its rating rose above the original; else `unchanged`. */
export function reviewOutcome(originalRating: number, current: { rating: number; removed: boolean }): ReviewOutcome {
  if (current.removed) return 'removed';
  return current.rating > originalRating ? 'updated' : 'unchanged';
}

/** Whether a linked review gets review correction: rated at most the policy's threshold. */
export function isNegativeReview(rating: number, maxNegativeRating: number): boolean {
  return rating <= maxNegativeRating;
}

/** How a linked review is found again when the monitoring feed reports on it: `<platform>:<reviewId>`. */
export function reviewKey(platform: string, reviewId: string): string {
  return `${platform}:${reviewId}`;
}
