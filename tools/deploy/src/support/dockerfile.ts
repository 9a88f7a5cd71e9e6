import { posix } from 'node:path';

export class DockerfileSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DockerfileSyntaxError';
  }
}

export interface DockerInstruction {
  readonly keyword: string;
  readonly args: string;
}

export interface DockerStage {
  readonly name: string | null;
  readonly workdir: string;
  readonly instructions: readonly DockerInstruction[];
}

export interface DockerCopy {
  /** The stage copied from, or null for the build context. */
  readonly fromStage: string | null;
  readonly sources: readonly string[];
  readonly destination: string;
}

/** Instructions one per entry: continuation lines joined, comment lines dropped (as Docker does). */
export function dockerInstructions(text: string): DockerInstruction[] {
  const instructions: DockerInstruction[] = [];
  let pending = '';
  for (const line of text.split('\n')) {
    if (/^\s*#/.test(line)) continue;
    const continued = /\\\s*$/.test(line);
    pending += continued ? line.replace(/\\\s*$/, ' ') : line;
    if (continued) continue;
    const joined = pending.trim();
    pending = '';
    if (joined === '') continue;
    const [keyword, ...rest] = joined.split(/\s+/);
    instructions.push({ keyword: keyword.toUpperCase(), args: rest.join(' ') });
  }
  if (pending.trim() !== '') throw new DockerfileSyntaxError('the Dockerfile ends inside a continued line');
  return instructions;
}

/** Stages in order; each knows its name (FROM … AS name) and its last WORKDIR. */
export function dockerStages(text: string): DockerStage[] {
  const stages: { name: string | null; workdir: string; instructions: DockerInstruction[] }[] = [];
  for (const instruction of dockerInstructions(text)) {
    if (instruction.keyword === 'FROM') {
      const alias = /\s+AS\s+(\S+)$/i.exec(instruction.args);
      stages.push({ name: alias ? alias[1] : null, workdir: '/', instructions: [] });
      continue;
    }
    const stage = stages.at(-1);
    if (stage === undefined) {
      if (instruction.keyword === 'ARG') continue;
      throw new DockerfileSyntaxError(`${instruction.keyword} before the first FROM`);
    }
    if (instruction.keyword === 'WORKDIR') stage.workdir = posix.resolve(stage.workdir, instruction.args);
    stage.instructions.push(instruction);
  }
  return stages;
}

export function copiesOf(stage: DockerStage): DockerCopy[] {
  return stage.instructions
    .filter((instruction) => instruction.keyword === 'COPY')
    .map((instruction) => {
      const words = instruction.args.split(/\s+/);
      const flags = words.filter((word) => word.startsWith('--'));
      const paths = words.filter((word) => !word.startsWith('--'));
      if (paths.length < 2) throw new DockerfileSyntaxError(`COPY ${instruction.args}: needs a source and a destination`);
      const from = flags.find((flag) => flag.startsWith('--from='));
      return {
        fromStage: from === undefined ? null : from.slice('--from='.length),
        sources: paths.slice(0, -1),
        destination: paths[paths.length - 1],
      };
    });
}

/** The words of an exec-form instruction (`CMD ["node", "x.js"]`). */
export function execForm(args: string): string[] {
  const parsed: unknown = JSON.parse(args);
  if (!Array.isArray(parsed) || !parsed.every((word) => typeof word === 'string')) {
    throw new DockerfileSyntaxError(`not an exec form: ${args}`);
  }
  return parsed;
}
