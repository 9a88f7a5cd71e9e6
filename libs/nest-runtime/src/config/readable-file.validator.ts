import { constants, accessSync, statSync } from 'node:fs';
import { ValidationOptions, registerDecorator } from 'class-validator';

/** The value names a file this process can read, so a wrong path fails the start in one line. */
export function IsReadableFile(options?: ValidationOptions) {
  return (target: object, propertyName: string): void =>
    registerDecorator({
      name: 'isReadableFile',
      target: target.constructor,
      propertyName,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && whyUnreadable(value) === null,
        defaultMessage: (args) => `must name a readable file (${whyUnreadable(String(args?.value))})`,
      },
    });
}

function whyUnreadable(path: string): string | null {
  try {
    if (!statSync(path).isFile()) return 'not a file';
    accessSync(path, constants.R_OK);
    return null;
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}
