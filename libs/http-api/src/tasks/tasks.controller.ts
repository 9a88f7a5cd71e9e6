import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  CancelTaskService,
  CreateTaskService,
  FindTaskService,
  ListTaskLogsService,
  ListTasksService,
  RetryTaskService,
} from '@asynctask/application';
import { CreateTaskBatchRequestDto } from './create-task-batch.request.dto';
import { CreateTaskRequestDto } from './create-task.request.dto';
import { ListTasksQueryDto } from './list-tasks.query.dto';
import { presentTask, presentTaskLog } from './task.response';

@ApiTags('tasks')
@Controller('tasks')
export class TasksController {
  constructor(
    private readonly creates: CreateTaskService,
    private readonly cancels: CancelTaskService,
    private readonly retries: RetryTaskService,
    private readonly tasks: FindTaskService,
    private readonly lists: ListTasksService,
    private readonly logLists: ListTaskLogsService,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Submit a task: 201, or 200 with the existing task for a used idempotencyKey' })
  async create(@Body() body: CreateTaskRequestDto, @Res({ passthrough: true }) response: Response) {
    const { task, created } = await this.creates.create(body);
    response.status(created ? 201 : 200);
    return presentTask(task);
  }

  @Post('batch')
  @ApiOperation({ summary: 'Submit up to 1000 tasks at once, all or nothing' })
  async createBatch(@Body() body: CreateTaskBatchRequestDto) {
    const created = await this.creates.createBatch(body.tasks);
    return { tasks: created.map((c) => presentTask(c.task)) };
  }

  @Get()
  @ApiOperation({ summary: 'List tasks, newest first, with cursor pagination' })
  async list(@Query() query: ListTasksQueryDto) {
    const page = await this.lists.list(query);
    return { items: page.items.map(presentTask), nextCursor: page.nextCursor };
  }

  @Get(':taskId')
  async get(@Param('taskId') taskId: string) {
    return presentTask(await this.tasks.find(taskId));
  }

  @Post(':taskId/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel a PENDING, SCHEDULED or RUNNING task; 409 when it already ended' })
  async cancel(@Param('taskId') taskId: string) {
    return presentTask(await this.cancels.cancel(taskId));
  }

  @Post(':taskId/retry')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a FAILED, TIMEOUT or CANCELLED task back to PENDING; 409 otherwise' })
  async retry(@Param('taskId') taskId: string) {
    return presentTask(await this.retries.retry(taskId));
  }

  @Get(':taskId/logs')
  @ApiOperation({ summary: "The task's audit log, oldest first" })
  async logs(@Param('taskId') taskId: string) {
    return { items: (await this.logLists.list(taskId)).map(presentTaskLog) };
  }
}
