import { TaskConfig } from '@asynctask/domain';
import { describeError } from '../../shared/periodic-job';
import { AppLogger, AsynctaskPorts } from '../../shared/ports';

export interface TaskConfigCatalogSettings {
  /** How long a config read from the store is used without a change event: the bound on staleness should one be lost. */
  readonly ttlMs: number;
}

export const DEFAULT_CATALOG_SETTINGS: TaskConfigCatalogSettings = { ttlMs: 5000 };

interface Entry {
  readonly config: TaskConfig;
  readonly readAt: number;
}

/**
 * The task types as this process uses them (the gateway's creates, the scheduler's dispatch and
 * timeouts, the worker's runs), one per process. A type is read from the store once and then served
 * from memory until a `task-config.changed` event says it changed, or `ttlMs` has passed: events
 * are fire-and-forget, so one that is lost costs at most that long. The process that makes a change
 * sees it at once. Types that do not exist are not remembered, so one created elsewhere is seen at once.
 */
export class TaskConfigCatalog {
  private readonly entries = new Map<string, Entry>();
  /** Reads under way, shared by the callers that ask meanwhile; a change drops them, so none stores what it read before. */
  private readonly reads = new Map<string, Promise<TaskConfig | null>>();

  constructor(
    private readonly ports: Pick<AsynctaskPorts, 'configs' | 'events' | 'clock'>,
    private readonly settings: TaskConfigCatalogSettings,
    private readonly logger: AppLogger,
  ) {}

  /** The type's config; null when there is no such type. */
  get(taskType: string): Promise<TaskConfig | null> {
    const entry = this.entries.get(taskType);
    if (entry && this.ports.clock.now().getTime() - entry.readAt < this.settings.ttlMs) return Promise.resolve(entry.config);
    return this.reads.get(taskType) ?? this.read(taskType);
  }

  /** The configs of those of `taskTypes` that exist, by type. */
  async getMany(taskTypes: Iterable<string>): Promise<Map<string, TaskConfig>> {
    const types = [...new Set(taskTypes)];
    const configs = await Promise.all(types.map((taskType) => this.get(taskType)));
    return new Map(configs.flatMap((config) => (config ? [[config.taskType, config] as const] : [])));
  }

  /** The type changed (another process said so): the next get reads it again. */
  invalidate(taskType: string): void {
    this.entries.delete(taskType);
    this.reads.delete(taskType);
  }

  /**
   * This process stored a change of the type: it is invalidated here at once and the other
   * processes are told. The change is stored, so a publish that fails is logged (and counted by the
   * transport) but never thrown; the others then see the change once their `ttlMs` has passed.
   */
  async changed(taskType: string): Promise<void> {
    this.invalidate(taskType);
    try {
      await this.ports.events.publish('task-config.changed', { taskType });
    } catch (error) {
      this.logger.warn(
        `task-config.changed of ${taskType} not published; other processes see the change within ${this.settings.ttlMs} ms: ${describeError(error)}`,
        { taskType },
      );
    }
  }

  private read(taskType: string): Promise<TaskConfig | null> {
    const readAt = this.ports.clock.now().getTime();
    const isCurrent = () => this.reads.get(taskType) === read;
    const read: Promise<TaskConfig | null> = this.ports.configs.findByType(taskType).then(
      (props) => {
        const config = props && TaskConfig.restore(props);
        if (isCurrent()) {
          this.reads.delete(taskType);
          if (config) this.entries.set(taskType, { config, readAt });
          else this.entries.delete(taskType);
        }
        return config;
      },
      (error: unknown) => {
        if (isCurrent()) this.reads.delete(taskType);
        throw error;
      },
    );
    this.reads.set(taskType, read);
    return read;
  }
}
