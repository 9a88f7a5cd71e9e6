import { BenchUsageError, parseBenchOptions } from './bench-options';

describe('parseBenchOptions', () => {
  it('defaults to the issue\'s run: 20,000 tasks, 2 workers of 50, batches of 100, 8 in flight', () => {
    expect(parseBenchOptions([])).toEqual({
      tasks: 20_000,
      workers: 2,
      capacity: 50,
      batch: 100,
      inFlight: 8,
      scalingTasks: 5_000,
      rateSeconds: 20,
      jsonFile: null,
      profileDir: null,
      rate: null,
    });
  });

  it('reads every flag, and the scaling runs follow --tasks unless given', () => {
    const options = parseBenchOptions(['--tasks', '2000', '--workers', '3', '--capacity', '20', '--batch', '250', '--json', 'out.json', '--cpu-prof', 'prof']);
    expect(options).toMatchObject({ tasks: 2000, workers: 3, capacity: 20, batch: 250, scalingTasks: 500, jsonFile: 'out.json', profileDir: 'prof' });
    expect(parseBenchOptions(['--tasks', '2000', '--scaling-tasks', '100']).scalingTasks).toBe(100);
    expect(parseBenchOptions(['--rate', '50']).rate).toBe(50);
  });

  it.each([
    [['--tasks', '0']],
    [['--tasks', '1.5']],
    [['--batch', '1001']],
    [['--workers']],
    [['--turbo', '1']],
  ])('refuses %j with the usage line', (argv) => {
    expect(() => parseBenchOptions(argv)).toThrow(BenchUsageError);
    expect(() => parseBenchOptions(argv)).toThrow(/usage: npm run bench/);
  });
});
