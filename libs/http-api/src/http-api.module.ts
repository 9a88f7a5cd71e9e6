import { Inject, Module } from '@nestjs/common';
import { HealthModule, MetricsModule, StopPlan } from '@asynctask/nest-runtime';
import { AuthController } from './auth/auth.controller';
import { StatsController } from './stats/stats.controller';
import { TaskConfigsController } from './task-configs/task-configs.controller';
import { TasksController } from './tasks/tasks.controller';
import { WorkersController } from './workers/workers.controller';

/** The client-facing HTTP API; served by the api-gateway and the standalone alike. */
@Module({
  imports: [HealthModule, MetricsModule],
  controllers: [TaskConfigsController, TasksController, WorkersController, StatsController, AuthController],
})
export class HttpApiModule {
  constructor(@Inject(StopPlan) plan: StopPlan) {
    // Closing the server lets the requests it is answering finish.
    plan.add(() => 'finishing in-flight requests');
  }
}
