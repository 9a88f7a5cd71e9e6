import { submitAtRate } from './paced-submitter';

describe('submitAtRate', () => {
  it('sends the count asked, spread over the time the rate gives', async () => {
    let sent = 0;
    const startedAt = Date.now();
    const run = await submitAtRate(11, 100, 10, async () => void sent++);
    expect(sent).toBe(11);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(95); // 10 intervals of 10 ms
    expect(run.delayedSends).toBe(0);
  });

  it('holds a send back while the most allowed are unanswered', async () => {
    const release: (() => void)[] = [];
    const pending = submitAtRate(3, 1000, 1, () => new Promise<void>((resolve) => release.push(resolve)));
    while (release.length < 1) await new Promise((resolve) => setTimeout(resolve, 5));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(release).toHaveLength(1);
    for (let i = 0; i < 3; i++) {
      while (release.length <= i) await new Promise((resolve) => setTimeout(resolve, 5));
      release[i]();
    }
    expect((await pending).delayedSends).toBe(2);
  });

  it('fails when a submit is refused', async () => {
    await expect(submitAtRate(5, 1000, 5, async () => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
  });
});
