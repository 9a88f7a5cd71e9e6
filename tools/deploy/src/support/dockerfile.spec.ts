import { copiesOf, dockerStages, DockerfileSyntaxError, execForm } from './dockerfile';

describe('dockerStages', () => {
  it('joins continued lines, drops comments inside them, tracks names and WORKDIR', () => {
    const stages = dockerStages(
      [
        'ARG BASE=node',
        'FROM ${BASE} AS one',
        'WORKDIR /a',
        'WORKDIR b',
        'RUN x \\',
        '# note',
        '  && y',
        'FROM one',
        'COPY --from=one /a/b/c ./c',
      ].join('\n'),
    );
    expect(stages.map((stage) => [stage.name, stage.workdir])).toEqual([
      ['one', '/a/b'],
      [null, '/'],
    ]);
    expect(stages[0].instructions.at(-1)).toEqual({ keyword: 'RUN', args: 'x && y' });
    expect(copiesOf(stages[1])).toEqual([{ fromStage: 'one', sources: ['/a/b/c'], destination: './c' }]);
  });

  it('refuses an instruction before FROM and a dangling continuation', () => {
    expect(() => dockerStages('RUN x\nFROM y')).toThrow(DockerfileSyntaxError);
    expect(() => dockerStages('FROM y\nRUN x \\')).toThrow(DockerfileSyntaxError);
    expect(() => execForm('node x.js')).toThrow(SyntaxError);
  });
});
