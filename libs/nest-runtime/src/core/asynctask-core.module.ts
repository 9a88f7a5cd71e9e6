import { DynamicModule, Global, Inject, Module, OnApplicationShutdown, Provider, Type } from '@nestjs/common';
import {
  AsynctaskPorts,
  CancelTaskService,
  CreateTaskService,
  DEFAULT_CATALOG_SETTINGS,
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
  TaskConfigCatalog,
  createDispatch,
} from '@asynctask/application';
import { AdapterSet } from './adapter-set';
import { NestAppLogger } from './nest-app-logger';
import { registerStateGauges } from '../metrics/prometheus-task-metrics';
import { ASYNCTASK_ADAPTERS, ASYNCTASK_DISPATCH, ASYNCTASK_PORTS } from './tokens';
import { StopPlan } from '../lifecycle/stop-plan';
import { TaskConfigEventsController } from './task-config-events.controller';

export interface CoreModuleOptions {
  /** Opens the adapters; called once at start. */
  readonly adapters: () => Promise<AdapterSet>;
  /** The dispatch rules the scheduler and the worker of this app share. */
  readonly dispatch?: DispatchSettings;
}

/** The client-facing use cases, each built from the ports it uses (a Pick of them) and what else it needs. */
const SLICES: [Type<object>, (ports: AsynctaskPorts, dispatch: Dispatch, catalog: TaskConfigCatalog) => object][] = [
  [CreateTaskService, (ports, dispatch, catalog) => new CreateTaskService(ports, dispatch, catalog)],
  [CancelTaskService, (ports, dispatch) => new CancelTaskService(ports, dispatch)],
  [RetryTaskService, (ports, dispatch) => new RetryTaskService(ports, dispatch)],
  [FindTaskService, (ports) => new FindTaskService(ports)],
  [ListTasksService, (ports) => new ListTasksService(ports)],
  [ListTaskLogsService, (ports) => new ListTaskLogsService(ports)],
  [PutTaskConfigService, (ports, _dispatch, catalog) => new PutTaskConfigService(ports, catalog)],
  [DeleteTaskConfigService, (ports, _dispatch, catalog) => new DeleteTaskConfigService(ports, catalog)],
  [FindTaskConfigService, (ports) => new FindTaskConfigService(ports)],
  [ListTaskConfigsService, (ports) => new ListTaskConfigsService(ports)],
  [GetStatsService, (ports) => new GetStatsService(ports)],
];

/**
 * Provides the adapters' ports, the dispatch module, the task-config catalog (kept current by the
 * `task-config.changed` events it handles), the client-facing use cases and the app's StopPlan to
 * the whole app, and closes the adapters last.
 */
@Global()
@Module({})
export class AsynctaskCoreModule implements OnApplicationShutdown {
  constructor(@Inject(ASYNCTASK_ADAPTERS) private readonly adapters: AdapterSet) {
    registerStateGauges(adapters.ports);
  }

  static forRoot(options: CoreModuleOptions): DynamicModule {
    const slices: Provider[] = SLICES.map(([slice, build]) => ({
      provide: slice,
      useFactory: build,
      inject: [ASYNCTASK_PORTS, ASYNCTASK_DISPATCH, TaskConfigCatalog],
    }));
    return {
      module: AsynctaskCoreModule,
      controllers: [TaskConfigEventsController],
      providers: [
        { provide: ASYNCTASK_ADAPTERS, useFactory: options.adapters },
        { provide: ASYNCTASK_PORTS, useFactory: (a: AdapterSet) => a.ports, inject: [ASYNCTASK_ADAPTERS] },
        {
          provide: ASYNCTASK_DISPATCH,
          useFactory: (ports: AsynctaskPorts) => createDispatch(ports, options.dispatch ?? DEFAULT_DISPATCH_SETTINGS, new NestAppLogger('Dispatch')),
          inject: [ASYNCTASK_PORTS],
        },
        {
          provide: TaskConfigCatalog,
          useFactory: (ports: AsynctaskPorts) => new TaskConfigCatalog(ports, DEFAULT_CATALOG_SETTINGS, new NestAppLogger('TaskConfigCatalog')),
          inject: [ASYNCTASK_PORTS],
        },
        ...slices,
        StopPlan,
      ],
      exports: [ASYNCTASK_ADAPTERS, ASYNCTASK_PORTS, ASYNCTASK_DISPATCH, TaskConfigCatalog, ...SLICES.map(([slice]) => slice), StopPlan],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.adapters.close();
  }
}
