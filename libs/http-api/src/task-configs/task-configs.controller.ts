import { Body, Controller, Delete, Get, HttpCode, Param, Put, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { TaskConfigService } from '@asynctask/application';
import { TaskTypePipe } from '../shared/task-type.param';
import { PutTaskConfigRequestDto } from './put-task-config.request.dto';
import { presentTaskConfig } from './task-config.response';

@ApiTags('task-configs')
@Controller('task-configs')
export class TaskConfigsController {
  constructor(private readonly configs: TaskConfigService) {}

  @Put(':taskType')
  @ApiOperation({ summary: 'Create (201) or replace (200) a task type' })
  async put(
    @Param('taskType', TaskTypePipe) taskType: string,
    @Body() body: PutTaskConfigRequestDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { config, created } = await this.configs.put({ ...body, taskType });
    response.status(created ? 201 : 200);
    return presentTaskConfig(config);
  }

  @Get()
  async list() {
    return { items: (await this.configs.list()).map(presentTaskConfig) };
  }

  @Get(':taskType')
  async get(@Param('taskType', TaskTypePipe) taskType: string) {
    return presentTaskConfig(await this.configs.get(taskType));
  }

  @Delete(':taskType')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a task type; 409 while it has unfinished tasks' })
  async remove(@Param('taskType', TaskTypePipe) taskType: string): Promise<void> {
    await this.configs.remove(taskType);
  }
}
