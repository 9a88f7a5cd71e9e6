import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * helmet's headers (nosniff, frame and referrer policies, HSTS, a CSP that the docs page at /api/docs
 * and the dashboard satisfy, no X-Powered-By). The dashboard loads only its own scripts, with no
 * inline script or event-handler attribute; it sets styles through the DOM, which the CSP allows.
 * helmet's CSP would also upgrade the docs page's requests to https, which breaks the page where
 * the API is served over plain HTTP (the standalone, TLS ended at an ingress).
 */
export function securityHeaders(): RequestHandler {
  return helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } });
}
