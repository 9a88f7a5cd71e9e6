import { ClassConstructor, plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { displaySetting } from '@asynctask/domain';

/** A setting is missing or malformed; its message is one line naming every bad variable, never showing a secret. */
export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigurationError';
  }
}

/** Reads and validates environment variables into `schema`, whose property defaults are the defaults. */
export function parseEnvironment<T extends object>(schema: ClassConstructor<T>, env: NodeJS.ProcessEnv = process.env): T {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const config = plainToInstance(schema, present, { enableImplicitConversion: true, exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: false, forbidUnknownValues: false });
  if (errors.length > 0) {
    const problems = errors.map((e) => `${e.property}=${displaySetting(e.property, env[e.property])}: ${Object.values(e.constraints ?? {}).join(', ')}`);
    throw new ConfigurationError(`invalid configuration: ${problems.join('; ')}`);
  }
  return config;
}

