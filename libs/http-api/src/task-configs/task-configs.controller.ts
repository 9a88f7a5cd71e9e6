import { Body, Controller, Delete, Get, HttpCode, Param, Put, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import type { Response } from 'express';
import { DeleteTaskConfigService, FindTaskConfigService, ListTaskConfigsService, PutTaskConfigService } from '@asynctask/application';
import { TaskTypePipe } from '../shared/task-type.param';
import { PutTaskConfigRequestDto } from './put-task-config.request.dto';
import { TaskConfigListResponse, TaskConfigResponse, presentTaskConfig } from './task-config.response';
import { ApiErrors, ApiV1Controller } from '../shared/api-docs.decorators';

@ApiV1Controller('task-configs')
@Controller('task-configs')
export class TaskConfigsController {
  constructor(
    private readonly puts: PutTaskConfigService,
    private readonly configs: FindTaskConfigService,
    private readonly lists: ListTaskConfigsService,
    private readonly deletes: DeleteTaskConfigService,
  ) {}

  @Put(':taskType')
  @ApiOperation({ operationId: 'putTaskConfig', summary: 'Create (201) or replace (200) a task type' })
  @ApiCreatedResponse({ type: TaskConfigResponse, description: 'The new task type' })
  @ApiOkResponse({ type: TaskConfigResponse, description: 'The task type, replaced' })
  @ApiErrors(400, 403, 413)
  async put(
    @Param('taskType', TaskTypePipe) taskType: string,
    @Body() body: PutTaskConfigRequestDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TaskConfigResponse> {
    const { config, created } = await this.puts.put({ ...body, taskType });
    response.status(created ? 201 : 200);
    return presentTaskConfig(config);
  }

  @Get()
  @ApiOperation({ operationId: 'listTaskConfigs', summary: 'Every task type' })
  @ApiOkResponse({ type: TaskConfigListResponse })
  async list(): Promise<TaskConfigListResponse> {
    return { items: (await this.lists.list()).map(presentTaskConfig) };
  }

  @Get(':taskType')
  @ApiOperation({ operationId: 'getTaskConfig', summary: 'One task type' })
  @ApiOkResponse({ type: TaskConfigResponse })
  @ApiErrors(400, 404)
  async get(@Param('taskType', TaskTypePipe) taskType: string): Promise<TaskConfigResponse> {
    return presentTaskConfig(await this.configs.find(taskType));
  }

  @Delete(':taskType')
  @HttpCode(204)
  @ApiOperation({ operationId: 'deleteTaskConfig', summary: 'Remove a task type; 409 while it has unfinished tasks' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiErrors(400, 403, 404, 409)
  async remove(@Param('taskType', TaskTypePipe) taskType: string): Promise<void> {
    await this.deletes.delete(taskType);
  }
}
