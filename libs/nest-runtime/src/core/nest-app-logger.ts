import { Logger } from '@nestjs/common';
import { AppLogger } from '@asynctask/application';

/** The use cases' logger, written through Nest's logger. */
export class NestAppLogger implements AppLogger {
  private readonly logger: Logger;

  constructor(context: string) {
    this.logger = new Logger(context);
  }

  log(message: string, context?: Record<string, unknown>): void {
    this.logger.log(withContext(message, context));
  }

  warn(message: string, context?: Record<string, unknown>): void {
    this.logger.warn(withContext(message, context));
  }

  error(message: string, context?: Record<string, unknown>): void {
    this.logger.error(withContext(message, context));
  }
}

function withContext(message: string, context?: Record<string, unknown>): string {
  return context ? `${message} ${JSON.stringify(context)}` : message;
}
