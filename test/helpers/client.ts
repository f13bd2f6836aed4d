// A minimal browser over app.inject(): keeps cookies, reads the CSRF token from the last form,
// and submits forms as application/x-www-form-urlencoded — the way a real browser would.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

export class TestClient {
  readonly cookies = new Map<string, string>();
  lastBody = '';

  constructor(
    readonly app: FastifyInstance,
    readonly headers: Record<string, string> = {},
  ) {}

  private cookieHeader(): string | undefined {
    if (this.cookies.size === 0) return undefined;
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private store(response: LightMyRequestResponse): void {
    for (const c of response.cookies) {
      const expired =
        c.maxAge === 0 || (c.expires instanceof Date && c.expires.getTime() <= Date.now()) || c.value === '';
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    this.lastBody = response.body;
  }

  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const cookie = this.cookieHeader();
    const response = await this.app.inject({
      method: 'GET',
      url,
      headers: { ...this.headers, ...headers, ...(cookie ? { cookie } : {}) },
    });
    this.store(response);
    return response;
  }

  async post(
    url: string,
    form: Record<string, string | string[]>,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const cookie = this.cookieHeader();
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(form))
      for (const item of Array.isArray(v) ? v : [v]) params.append(k, item);
    const response = await this.app.inject({
      method: 'POST',
      url,
      payload: params.toString(),
      headers: {
        ...this.headers,
        'content-type': 'application/x-www-form-urlencoded',
        ...headers,
        ...(cookie ? { cookie } : {}),
      },
    });
    this.store(response);
    return response;
  }

  /** The CSRF token of the first form on the last page fetched. */
  csrf(): string {
    const match = /name="_csrf" value="([^"]+)"/.exec(this.lastBody);
    if (!match?.[1]) throw new Error('No CSRF token on the last page');
    return match[1];
  }

  /** GET the page holding the form, then POST the form with its CSRF token. */
  async submit(
    pageUrl: string,
    actionUrl: string,
    form: Record<string, string | string[]>,
  ): Promise<LightMyRequestResponse> {
    await this.get(pageUrl);
    return this.post(actionUrl, { _csrf: this.csrf(), ...form });
  }

  async signIn(email: string, password: string, locale = 'en'): Promise<LightMyRequestResponse> {
    return this.submit(`/${locale}/sign-in`, `/${locale}/sign-in`, { email, password });
  }
}
