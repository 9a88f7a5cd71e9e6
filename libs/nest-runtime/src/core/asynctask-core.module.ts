import { DynamicModule, Global, Inject, Module, OnApplicationShutdown, Provider } from '@nestjs/common';
import {
  AsynctaskPorts,
  CancelTaskService,
  CreateTaskService,
  DEFAULT_DISPATCH_SETTINGS,
  DeleteTaskConfigService,
  Dispatch,
  DispatchSettings,
  FindTaskConfigService,
  FindTaskService,
  GetStatsService,
  ListTaskConfigsService,
  ListTaskLogsService,
  ListTasksService,
  PutTaskConfigService,
  RetryTaskService,
  createDispatch,
} from '@asynctask/application';
import { AdapterSet } from './adapter-set';
import { NestAppLogger } from './nest-app-logger';
import { registerStateGauges } from '../metrics/prometheus-task-metrics';
import { ASYNCTASK_ADAPTERS, ASYNCTASK_DISPATCH, ASYNCTASK_PORTS } from './tokens';
import { StopPlan } from '../lifecycle/stop-plan';

export interface CoreModuleOptions {
  /** Opens the adapters; called once at start. */
  readonly adapters: () => Promise<AdapterSet>;
  /** The dispatch rules the scheduler and the worker of this app share. */
  readonly dispatch?: DispatchSettings;
}

/** The client-facing use cases; each takes the ports it uses (a Pick of them) and, if it changes a status, the dispatch module. */
const SLICES: (new (ports: AsynctaskPorts, dispatch: Dispatch) => object)[] = [
  CreateTaskService,
  CancelTaskService,
  RetryTaskService,
  FindTaskService,
  ListTasksService,
  ListTaskLogsService,
  PutTaskConfigService,
  DeleteTaskConfigService,
  FindTaskConfigService,
  ListTaskConfigsService,
  GetStatsService,
];

/**
 * Provides the adapters' ports, the dispatch module, the client-facing use cases and the app's
 * StopPlan to the whole app, and closes the adapters last.
 */
@Global()
@Module({})
export class AsynctaskCoreModule implements OnApplicationShutdown {
  constructor(@Inject(ASYNCTASK_ADAPTERS) private readonly adapters: AdapterSet) {
    registerStateGauges(adapters.ports);
  }

  static forRoot(options: CoreModuleOptions): DynamicModule {
    const slices: Provider[] = SLICES.map((slice) => ({
      provide: slice,
      useFactory: (ports: AsynctaskPorts, dispatch: Dispatch) => new slice(ports, dispatch),
      inject: [ASYNCTASK_PORTS, ASYNCTASK_DISPATCH],
    }));
    return {
      module: AsynctaskCoreModule,
      providers: [
        { provide: ASYNCTASK_ADAPTERS, useFactory: options.adapters },
        { provide: ASYNCTASK_PORTS, useFactory: (a: AdapterSet) => a.ports, inject: [ASYNCTASK_ADAPTERS] },
        {
          provide: ASYNCTASK_DISPATCH,
          useFactory: (ports: AsynctaskPorts) => createDispatch(ports, options.dispatch ?? DEFAULT_DISPATCH_SETTINGS, new NestAppLogger('Dispatch')),
          inject: [ASYNCTASK_PORTS],
        },
        ...slices,
        StopPlan,
      ],
      exports: [ASYNCTASK_ADAPTERS, ASYNCTASK_PORTS, ASYNCTASK_DISPATCH, ...SLICES, StopPlan],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.adapters.close();
  }
}
