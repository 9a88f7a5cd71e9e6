import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';

/** An accepted x-api-key; a read-only one may call GET routes only. */
export interface ApiKey {
  readonly key: string;
  readonly readOnly: boolean;
}

/** What a request may do: anything on a server without keys (open), only GET (read) or anything (write). */
export type ApiAccess = 'open' | 'read' | 'write';

const READ_ONLY_SUFFIX = ':read';
const READ_METHODS = new Set(['GET', 'HEAD']);
const ACCESS = Symbol('asynctask.apiAccess');

type RequestWithAccess = Request & { [ACCESS]?: ApiAccess };

/** The access the guard granted the request's key; open when the server has no keys. */
export function apiAccessOf(request: Request): ApiAccess {
  return (request as RequestWithAccess)[ACCESS] ?? 'open';
}

/**
 * Accepts a request whose x-api-key is one of the keys, and refuses (403) a read-only key on a
 * route that changes something; open paths (health, metrics, docs) skip the check.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  private readonly keys: { readonly secret: Buffer; readonly readOnly: boolean }[];

  constructor(keys: readonly ApiKey[]) {
    this.keys = keys.map(({ key, readOnly }) => ({ secret: Buffer.from(key), readOnly }));
  }

  canActivate(context: ExecutionContext): boolean {
    if (this.keys.length === 0) return true;
    const request = context.switchToHttp().getRequest<Request>();
    if (!request.path.startsWith('/api/v1/')) return true;
    const offered = request.header('x-api-key');
    const match = offered ? this.keys.find((key) => sameKey(key.secret, Buffer.from(offered))) : undefined;
    if (!match) throw new UnauthorizedException(offered ? 'invalid API key' : 'missing x-api-key header');
    (request as RequestWithAccess)[ACCESS] = match.readOnly ? 'read' : 'write';
    if (match.readOnly && !READ_METHODS.has(request.method)) {
      throw new ForbiddenException(`this API key is read-only: it may call GET routes only, not ${request.method}`);
    }
    return true;
  }
}

function sameKey(expected: Buffer, offered: Buffer): boolean {
  return expected.length === offered.length && timingSafeEqual(expected, offered);
}

/** API_KEYS: comma-separated keys; `name:read` accepts the key `name` for GET routes only. */
export function parseApiKeys(value: string | undefined): ApiKey[] {
  return (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0)
    .map((entry) =>
      entry.endsWith(READ_ONLY_SUFFIX) ? { key: entry.slice(0, -READ_ONLY_SUFFIX.length), readOnly: true } : { key: entry, readOnly: false },
    );
}
