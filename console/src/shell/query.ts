import { QueryClient } from '@tanstack/react-query';
import { ProblemError } from '../api/problem';

/** The console's query cache: lists and claims stay fresh without hand-kept state. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 5_000,
      // a refusal (4xx) will not change by asking again
      retry: (count, err) => !(err instanceof ProblemError && err.problem.status < 500) && count < 2,
    },
  },
});
