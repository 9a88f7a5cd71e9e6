import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';

/** Accepts a request whose x-api-key is one of the keys; open paths (health, docs) skip the check. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  private readonly keys: Buffer[];

  constructor(keys: readonly string[]) {
    this.keys = keys.map((key) => Buffer.from(key));
  }

  canActivate(context: ExecutionContext): boolean {
    if (this.keys.length === 0) return true;
    const request = context.switchToHttp().getRequest<Request>();
    if (!request.path.startsWith('/api/v1/')) return true;
    const offered = request.header('x-api-key');
    if (offered && this.keys.some((key) => sameKey(key, Buffer.from(offered)))) return true;
    throw new UnauthorizedException(offered ? 'invalid API key' : 'missing x-api-key header');
  }
}

function sameKey(expected: Buffer, offered: Buffer): boolean {
  return expected.length === offered.length && timingSafeEqual(expected, offered);
}

export function parseApiKeys(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((key) => key.trim())
    .filter((key) => key.length > 0);
}
