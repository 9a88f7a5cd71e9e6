import { Logger } from '@nestjs/common';
import { AppLogger } from '@asynctask/application';

/** The use cases' logger, written through Nest's logger (pino in the apps). */
export class NestAppLogger implements AppLogger {
  private readonly logger: Logger;

  constructor(context: string) {
    this.logger = new Logger(context);
  }

  // With pino behind Nest's logger, an object's fields become fields of the JSON line.
  log(message: string, context?: Record<string, unknown>): void {
    this.logger.log(context ? { ...context, msg: message } : message);
  }

  warn(message: string, context?: Record<string, unknown>): void {
    this.logger.warn(context ? { ...context, msg: message } : message);
  }

  error(message: string, context?: Record<string, unknown>): void {
    this.logger.error(context ? { ...context, msg: message } : message);
  }
}
