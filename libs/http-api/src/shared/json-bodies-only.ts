import { UnsupportedMediaTypeException } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

const METHODS_WITH_BODIES = new Set(['POST', 'PUT', 'PATCH']);

/**
 * Answers 415 to a request under `pathPrefix` whose body is not declared JSON. The JSON parser skips
 * such a body, so validation would otherwise complain about every field, as if none had been sent
 * (what `curl -d` without a content type gets). A request with no body at all, such as a cancel,
 * needs no content type.
 */
export function jsonBodiesOnly(pathPrefix: string): RequestHandler {
  return (request: Request, _response: Response, next: NextFunction): void => {
    if (!METHODS_WITH_BODIES.has(request.method) || !request.path.startsWith(pathPrefix) || !hasBody(request) || request.is('application/json')) {
      next();
      return;
    }
    const given = request.headers['content-type'];
    next(new UnsupportedMediaTypeException(`the request body must be JSON, sent with content-type: application/json (it came with ${given ? `content-type: ${given}` : 'no content type'})`));
  };
}

function hasBody(request: Request): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && Number(length) > 0);
}
