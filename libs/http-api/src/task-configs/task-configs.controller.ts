import { Body, Controller, Delete, Get, HttpCode, Param, Put, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DeleteTaskConfigService, FindTaskConfigService, ListTaskConfigsService, PutTaskConfigService } from '@asynctask/application';
import { TaskTypePipe } from '../shared/task-type.param';
import { PutTaskConfigRequestDto } from './put-task-config.request.dto';
import { presentTaskConfig } from './task-config.response';

@ApiTags('task-configs')
@Controller('task-configs')
export class TaskConfigsController {
  constructor(
    private readonly puts: PutTaskConfigService,
    private readonly configs: FindTaskConfigService,
    private readonly lists: ListTaskConfigsService,
    private readonly deletes: DeleteTaskConfigService,
  ) {}

  @Put(':taskType')
  @ApiOperation({ summary: 'Create (201) or replace (200) a task type' })
  async put(
    @Param('taskType', TaskTypePipe) taskType: string,
    @Body() body: PutTaskConfigRequestDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { config, created } = await this.puts.put({ ...body, taskType });
    response.status(created ? 201 : 200);
    return presentTaskConfig(config);
  }

  @Get()
  async list() {
    return { items: (await this.lists.list()).map(presentTaskConfig) };
  }

  @Get(':taskType')
  async get(@Param('taskType', TaskTypePipe) taskType: string) {
    return presentTaskConfig(await this.configs.find(taskType));
  }

  @Delete(':taskType')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a task type; 409 while it has unfinished tasks' })
  async remove(@Param('taskType', TaskTypePipe) taskType: string): Promise<void> {
    await this.deletes.delete(taskType);
  }
}
