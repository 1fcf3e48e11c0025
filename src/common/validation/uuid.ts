/** A UUID as the API's ids are written (lower-case hex, 8-4-4-4-12), unanchored, to build patterns from. */
export const UUID_TEXT = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
