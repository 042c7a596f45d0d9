// Calls to the control plane API for cross-process tests: JSON in and out, an optional bearer token.

export interface ApiAnswer<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/** Sends one request to the control plane; the body is parsed as JSON when the answer is JSON. */
export async function callApi<T = unknown>(
  controlUrl: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; authorization?: string } = {},
): Promise<ApiAnswer<T>> {
  const headers: Record<string, string> = {};
  if (options.authorization !== undefined) headers.authorization = options.authorization;
  else if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(new URL(path, controlUrl), {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  const isJson = response.headers.get('content-type')?.includes('application/json') ?? false;
  return {
    status: response.status,
    headers: response.headers,
    body: (isJson && text ? JSON.parse(text) : text) as T,
  };
}

export interface DecisionBody {
  id: string;
  scope: string;
  value: string;
  action: string;
  expiresAt: number | null;
  throttle?: { rate: number; burst: number };
}

/** Adds a decision with a responder token and returns it; throws unless the answer is 201. */
export async function addDecision(
  controlUrl: string,
  token: string,
  input: Record<string, unknown>,
): Promise<DecisionBody> {
  const answer = await callApi<DecisionBody>(controlUrl, 'POST', '/api/v1/decisions', { token, body: input });
  if (answer.status !== 201) {
    throw new Error(
      `adding ${JSON.stringify(input)} answered ${answer.status}: ${JSON.stringify(answer.body)}`,
    );
  }
  return answer.body;
}

/** Removes every decision in force, so that one test's decisions never reach the next. */
export async function removeAllDecisions(controlUrl: string, token: string): Promise<void> {
  const listed = await callApi<{ decisions: DecisionBody[] }>(controlUrl, 'GET', '/api/v1/decisions', {
    token,
  });
  for (const decision of listed.body.decisions) {
    await callApi(controlUrl, 'DELETE', `/api/v1/decisions/${decision.id}`, { token });
  }
}
