import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from '@asynctask/domain';

const STATUS_BY_KIND: Record<DomainError['kind'], HttpStatus> = {
  validation: HttpStatus.BAD_REQUEST,
  'not-found': HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  unavailable: HttpStatus.SERVICE_UNAVAILABLE,
};

/** Body-parser errors carry their own status: 400 for malformed JSON, 413 for an oversized body. */
interface ExpressBodyError {
  readonly status: number;
  readonly type: string;
  readonly expose: boolean;
  readonly message: string;
}

/**
 * The one place errors become HTTP answers, in NestJS's shape (statusCode, message, error):
 * domain errors by kind, body-parser errors by their status, anything else a logged 500.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (error instanceof HttpException) {
      response.status(error.getStatus()).json(asBody(error.getResponse(), error.getStatus()));
      return;
    }
    if (error instanceof DomainError) {
      const status = STATUS_BY_KIND[error.kind];
      response.status(status).json(body(status, error.message));
      return;
    }
    if (isBodyError(error)) {
      response.status(error.status).json(body(error.status, bodyErrorMessage(error)));
      return;
    }
    this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    response.status(500).json(body(500, 'Internal server error'));
  }
}

function body(status: number, message: string | string[]) {
  return { statusCode: status, message, error: reasonPhrase(status) };
}

function asBody(payload: string | object, status: number) {
  return typeof payload === 'string' ? body(status, payload) : payload;
}

function reasonPhrase(status: number): string {
  const name = HttpStatus[status] ?? 'ERROR';
  return name
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

function isBodyError(error: unknown): error is ExpressBodyError {
  const e = error as Partial<ExpressBodyError> | null;
  return typeof e?.status === 'number' && e.status >= 400 && e.status < 500 && typeof e.type === 'string';
}

function bodyErrorMessage(error: ExpressBodyError): string {
  if (error.type === 'entity.too.large') return 'request body is too large';
  if (error.type === 'entity.parse.failed') return 'request body is not valid JSON';
  return error.expose ? error.message : 'bad request body';
}
