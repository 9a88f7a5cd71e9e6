import { OpenAPIObject } from '@nestjs/swagger';
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';

/** Where @asynctask/client keeps the types generated from the document, from the repository root. */
export const CLIENT_TYPES_FILE = 'libs/client/src/generated/api.d.ts';

export const CLIENT_GENERATE_COMMAND = 'npm run client:generate';

/**
 * The TypeScript types of every path, operation and schema of `document`, as openapi-typescript's
 * command line writes them (its Node API needs ES modules, which Jest cannot load). Run from the
 * repository root, as npm scripts and Jest are.
 */
export function clientTypesSource(document: OpenAPIObject): Promise<string> {
  const cli = resolve('node_modules/openapi-typescript/bin/cli.js');
  return new Promise((done, fail) => {
    const child = execFile(process.execPath, [cli, '--default-non-nullable=false'], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? fail(new Error(`openapi-typescript failed: ${stderr || error.message}`)) : done(stdout),
    );
    child.stdin?.end(JSON.stringify(document));
  });
}
