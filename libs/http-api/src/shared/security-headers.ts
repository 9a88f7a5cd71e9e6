import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * helmet's headers (nosniff, frame and referrer policies, HSTS, a CSP that the docs page at /api/docs
 * satisfies, no X-Powered-By). Its CSP would also upgrade the docs page's requests to https, which
 * breaks the page where the API is served over plain HTTP (the standalone, TLS ended at an ingress).
 */
export function securityHeaders(): RequestHandler {
  return helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } });
}
