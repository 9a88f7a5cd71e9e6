import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * A private CA, a server certificate it signed for 127.0.0.1 and localhost, a client certificate
 * it signed, and a second CA that signed neither: made with openssl in a temp dir, for a day.
 */
export class TestCertificates {
  private constructor(readonly dir: string) {}

  static async make(): Promise<TestCertificates> {
    const certificates = new TestCertificates(mkdtempSync(join(tmpdir(), 'asynctask-tls-')));
    await certificates.issue('ca', '/CN=asynctask test CA');
    await certificates.issue('other-ca', '/CN=some other CA');
    await certificates.issue('server', '/CN=localhost', 'ca', ['subjectAltName=DNS:localhost,IP:127.0.0.1', 'basicConstraints=critical,CA:FALSE']);
    await certificates.issue('client', '/CN=asynctask', 'ca', ['basicConstraints=critical,CA:FALSE']);
    return certificates;
  }

  get ca(): string {
    return this.file('ca.pem');
  }

  /** A CA that signed none of these certificates. */
  get otherCa(): string {
    return this.file('other-ca.pem');
  }

  get serverCert(): string {
    return this.file('server.pem');
  }

  get serverKey(): string {
    return this.file('server.key');
  }

  get clientCert(): string {
    return this.file('client.pem');
  }

  get clientKey(): string {
    return this.file('client.key');
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  private file(name: string): string {
    return join(this.dir, name);
  }

  /** A P-256 key and its certificate: self-signed, or signed by `issuer` with `extensions`. */
  private async issue(name: string, subject: string, issuer?: string, extensions: string[] = []): Promise<void> {
    const signing = issuer ? ['-CA', this.file(`${issuer}.pem`), '-CAkey', this.file(`${issuer}.key`)] : [];
    await run('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
      '-subj', subject, '-keyout', this.file(`${name}.key`), '-out', this.file(`${name}.pem`),
      ...signing, ...extensions.flatMap((extension) => ['-addext', extension]),
    ]);
  }
}
