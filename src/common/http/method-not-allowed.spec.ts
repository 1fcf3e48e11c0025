import { allowedMethods, routeTemplates } from './method-not-allowed';

describe('method not allowed', () => {
  const templates = routeTemplates({ '/claims': { get: {}, post: {} }, '/claims/{id}': { get: {} }, '/claims/{id}/notes': { post: {} } });

  it('lists the methods a path takes, HEAD with GET', () => {
    expect(allowedMethods(templates, '/claims')).toEqual(['GET', 'POST', 'HEAD']);
    expect(allowedMethods(templates, '/claims/abc')).toEqual(['GET', 'HEAD']);
    expect(allowedMethods(templates, '/claims/abc/notes')).toEqual(['POST']);
  });

  it('knows nothing of paths the API does not have', () => {
    expect(allowedMethods(templates, '/claims/abc/def')).toBeUndefined();
    expect(allowedMethods(templates, '/docs')).toBeUndefined();
  });
});
