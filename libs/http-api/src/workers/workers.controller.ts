import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { AsynctaskPorts } from '@asynctask/application';
import { WorkerProps } from '@asynctask/domain';
import { ASYNCTASK_PORTS } from '@asynctask/nest-runtime';
import { ApiV1Controller } from '../shared/api-docs.decorators';
import { WorkerListResponse, WorkerResponse } from './worker.response';

@ApiV1Controller('workers')
@Controller('workers')
export class WorkersController {
  constructor(@Inject(ASYNCTASK_PORTS) private readonly ports: Pick<AsynctaskPorts, 'registry'>) {}

  @Get()
  @ApiOperation({ operationId: 'listWorkers', summary: 'Registered workers with their live status and load' })
  @ApiOkResponse({ type: WorkerListResponse })
  async list(): Promise<WorkerListResponse> {
    const workers = await this.ports.registry.list();
    return { items: workers.sort((a, b) => a.workerId.localeCompare(b.workerId)).map(presentWorker) };
  }
}

function presentWorker(worker: WorkerProps): WorkerResponse {
  return {
    workerId: worker.workerId,
    workerName: worker.workerName,
    address: worker.address,
    status: worker.status,
    capacity: worker.capacity,
    currentLoad: worker.currentLoad,
    executorTypes: worker.executorTypes,
    lastHeartbeat: worker.lastHeartbeat.toISOString(),
    startedAt: worker.startedAt.toISOString(),
  };
}
