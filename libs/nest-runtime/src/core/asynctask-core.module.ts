import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { AsynctaskPorts, StatsService, TaskConfigService, TaskService } from '@asynctask/application';
import { AdapterSet } from './adapter-set';
import { NestAppLogger } from './nest-app-logger';
import { registerStateGauges } from '../metrics/prometheus-task-metrics';
import { ASYNCTASK_ADAPTERS, ASYNCTASK_PORTS } from './tokens';
import { StopPlan } from '../lifecycle/stop-plan';

export interface CoreModuleOptions {
  /** Opens the adapters; called once at start. */
  readonly adapters: () => Promise<AdapterSet>;
}

/**
 * Provides the adapters' ports, the client-facing use cases and the app's StopPlan to the whole app,
 * and closes the adapters last.
 */
@Global()
@Module({})
export class AsynctaskCoreModule implements OnApplicationShutdown {
  constructor(@Inject(ASYNCTASK_ADAPTERS) private readonly adapters: AdapterSet) {
    registerStateGauges(adapters.ports);
  }

  static forRoot(options: CoreModuleOptions): DynamicModule {
    return {
      module: AsynctaskCoreModule,
      providers: [
        { provide: ASYNCTASK_ADAPTERS, useFactory: options.adapters },
        { provide: ASYNCTASK_PORTS, useFactory: (a: AdapterSet) => a.ports, inject: [ASYNCTASK_ADAPTERS] },
        { provide: TaskService, useFactory: (p: AsynctaskPorts) => new TaskService(p, new NestAppLogger('Tasks')), inject: [ASYNCTASK_PORTS] },
        { provide: TaskConfigService, useFactory: (p: AsynctaskPorts) => new TaskConfigService(p), inject: [ASYNCTASK_PORTS] },
        { provide: StatsService, useFactory: (p: AsynctaskPorts) => new StatsService(p), inject: [ASYNCTASK_PORTS] },
        StopPlan,
      ],
      exports: [ASYNCTASK_ADAPTERS, ASYNCTASK_PORTS, TaskService, TaskConfigService, StatsService, StopPlan],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.adapters.close();
  }
}
