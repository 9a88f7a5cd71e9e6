import { Clock, TaskConfig, TaskConfigRepository } from '@asynctask/domain';

/**
 * The task types a worker runs, each read from the store at most once per `ttlMs` instead of
 * once per task. A changed config reaches running workers within `ttlMs`.
 */
export class TaskConfigCache {
  private readonly entries = new Map<string, { config: TaskConfig | null; readAt: number }>();

  constructor(
    private readonly configs: TaskConfigRepository,
    private readonly clock: Clock,
    private readonly ttlMs: number,
  ) {}

  async get(taskType: string): Promise<TaskConfig | null> {
    const now = this.clock.now().getTime();
    const cached = this.entries.get(taskType);
    if (cached && now - cached.readAt < this.ttlMs) return cached.config;
    const props = await this.configs.findByType(taskType);
    const config = props && TaskConfig.restore(props);
    this.entries.set(taskType, { config, readAt: now });
    return config;
  }
}
