/**
 * The one way the console talks to the API: openapi-fetch over the types generated from
 * the API's OpenAPI document (schema.d.ts, by console/scripts/api-types.mjs). Paths,
 * parameters, bodies and answers are all typed from it; nothing is hand-written.
 * Every request carries the signed-in user's credential (a bearer token: an API key today,
 * an OIDC access token later — see auth/session.ts).
 */
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';
import { currentCredential, signOut } from '../auth/session';

export type Schemas = components['schemas'];

const withCredential: Middleware = {
  onRequest({ request }) {
    const token = currentCredential();
    if (token && !request.headers.has('Authorization')) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ response }) {
    // a revoked or expired credential: forget it, the shell shows the sign-in
    if (response.status === 401 && currentCredential()) signOut();
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: window.location.origin });
api.use(withCredential);
