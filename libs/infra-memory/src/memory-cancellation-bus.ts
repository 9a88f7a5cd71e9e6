import { CancellationBus } from '@asynctask/domain';

export class MemoryCancellationBus implements CancellationBus {
  private readonly handlers = new Set<(taskId: string) => void>();

  async publish(taskId: string): Promise<void> {
    for (const handler of [...this.handlers]) handler(taskId);
  }

  async subscribe(handler: (taskId: string) => void): Promise<() => Promise<void>> {
    const own = (taskId: string) => handler(taskId);
    this.handlers.add(own);
    return async () => {
      this.handlers.delete(own);
    };
  }
}
