// Settings can hold credentials (DATABASE_URL, REDIS_URL, API_KEYS); these keep them out of every
// log line and error message. Shared by every layer that prints a setting or a connection target.

const MASK = '***';

/** A URL's start, its scheme and `//`, wherever it is (a value may come with quotes or spaces around it). */
const SCHEME = /[a-z][a-z0-9+.-]*:\/\//i;
/** Query parameters that carry a credential (ioredis, for one, reads `?password=`). */
const SECRET_QUERY_PARAMETER = /([?&](?:password|pass|pwd|secret|token|auth|key)=)[^&#]*/gi;
/** Where a list of URLs (`redis://a:1,redis://b:2`) starts its next URL. */
const NEXT_URL = /,(?=[^,]*?[a-z][a-z0-9+.-]*:\/\/)/i;

/**
 * A setting's value as it may be shown: the password of every URL in it replaced by `***`
 * (`mysql://app:***@db:3306/tasks`), whether or not the URL is valid. A value that is no URL is
 * returned as it is. Errs on the side of masking: everything between the user's colon and the last
 * `@` is hidden, so a password holding `@`, `/` or a space is hidden whole.
 */
export function maskUrlPassword(value: string): string {
  return value.split(NEXT_URL).map(maskOneUrl).join(',');
}

function maskOneUrl(value: string): string {
  const scheme = SCHEME.exec(value);
  if (!scheme) return value;
  const start = scheme.index + scheme[0].length;
  return value.slice(0, start) + maskAuthority(value.slice(start)).replace(SECRET_QUERY_PARAMETER, `$1${MASK}`);
}

/** `rest` is the URL after `scheme://`. */
function maskAuthority(rest: string): string {
  const at = rest.lastIndexOf('@');
  if (at >= 0) {
    const colon = rest.indexOf(':');
    return colon >= 0 && colon < at - 1 ? `${rest.slice(0, colon + 1)}${MASK}${rest.slice(at)}` : rest;
  }
  // No `@`: `user:password` with the host forgotten reads like `host:port`; a "port" that is not a number is hidden.
  const authority = /^[^/?#]*/.exec(rest)?.[0] ?? '';
  const colon = authority.lastIndexOf(':');
  if (colon < 0 || authority.endsWith(']') || /^\d*$/.test(authority.slice(colon + 1))) return rest;
  return `${rest.slice(0, colon + 1)}${MASK}${rest.slice(authority.length)}`;
}

/**
 * Settings whose whole value is a secret (API_KEYS, REDIS_PASSWORD, *_TOKEN, …): never shown at all.
 * A *_TLS_KEY names the file a private key is in, not the key: a person fixing it needs to see it.
 */
export function isSecretSetting(name: string): boolean {
  return /(^|_)(KEYS|PASSWORD|PASS|SECRET|TOKEN|CREDENTIALS)$|(^|(?<!_TLS)_)KEY$/i.test(name);
}

/** How a setting appears in a message: quoted, with passwords masked, or `(hidden)` for a secret one. */
export function displaySetting(name: string, value: string | undefined): string {
  if (value === undefined) return '(unset)';
  return isSecretSetting(name) ? '(hidden)' : JSON.stringify(maskUrlPassword(value));
}
