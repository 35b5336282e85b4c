// The console's only way to the server: the public /api, with the session cookie and the CSRF token.
// The token lives in memory only; GET /api/session hands it out again after a page load.
let csrfToken = null;
let onSignedOut = () => {};

export class ApiError extends Error {
  constructor(status, problem, retryAfter) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? {};
    this.retryAfter = retryAfter;
  }

  get isVersionConflict() {
    return this.status === 409 && String(this.problem.type ?? '').endsWith('/version-conflict');
  }
}

export function whenSignedOut(callback) {
  onSignedOut = callback;
}

export async function call(method, path, body, headers = {}) {
  const sent = { Accept: 'application/json', ...headers };
  if (body !== undefined) sent['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) sent['X-CSRF-Token'] = csrfToken;
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: sent,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    throw new ApiError(0, { detail: '无法连接服务器，请检查网络后重试。' });
  }
  const text = await response.text();
  let data = null;
  if (text) {
    try { data = JSON.parse(text); } catch { data = { detail: text.slice(0, 300) }; }
  }
  if (!response.ok) {
    const error = new ApiError(response.status, data, response.headers.get('Retry-After'));
    if (response.status === 401 && !path.startsWith('/api/session')) {
      csrfToken = null;
      onSignedOut();
    }
    throw error;
  }
  return data;
}

export const get = (path) => call('GET', path);
export const post = (path, body, headers) => call('POST', path, body ?? {}, headers);
export const put = (path, body) => call('PUT', path, body);

export async function signIn(name, password) {
  const session = await call('POST', '/api/session', { name, password });
  csrfToken = session.csrfToken;
  return session.user;
}

export async function currentUser() {
  try {
    const session = await get('/api/session');
    csrfToken = session.csrfToken;
    return session.user;
  } catch (error) {
    if (error.status === 401) return null;
    throw error;
  }
}

export async function signOut() {
  try {
    await call('DELETE', '/api/session');
  } finally {
    csrfToken = null;
  }
}

export const changePassword = (currentPassword, newPassword) =>
  call('PUT', '/api/session/password', { currentPassword, newPassword });

/** A key for Idempotency-Key: one per form, so a double submit creates one item. Works outside secure contexts too. */
export function newKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
