import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
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
import { TaskBatchResponse, TaskLogListResponse, TaskPageResponse, TaskResponse, presentTask, presentTaskLog } from './task.response';
import { ApiErrors, ApiV1Controller } from '../shared/api-docs.decorators';

@ApiV1Controller('tasks')
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
  @ApiOperation({ operationId: 'createTask', summary: 'Submit a task: 201, or 200 with the existing task for a used idempotencyKey' })
  @ApiCreatedResponse({ type: TaskResponse, description: 'The new task' })
  @ApiOkResponse({ type: TaskResponse, description: 'The task created earlier with this idempotencyKey' })
  @ApiErrors(400, 403, 409, 413)
  async create(@Body() body: CreateTaskRequestDto, @Res({ passthrough: true }) response: Response): Promise<TaskResponse> {
    const { task, created } = await this.creates.create(body);
    response.status(created ? 201 : 200);
    return presentTask(task);
  }

  @Post('batch')
  @ApiOperation({ operationId: 'createTaskBatch', summary: 'Submit up to 1000 tasks at once, all or nothing' })
  @ApiCreatedResponse({ type: TaskBatchResponse, description: 'The tasks, new or (for a used idempotencyKey) existing' })
  @ApiErrors(400, 403, 409, 413)
  async createBatch(@Body() body: CreateTaskBatchRequestDto): Promise<TaskBatchResponse> {
    const created = await this.creates.createBatch(body.tasks);
    return { tasks: created.map((c) => presentTask(c.task)) };
  }

  @Get()
  @ApiOperation({ operationId: 'listTasks', summary: 'List tasks, newest first, with cursor pagination' })
  @ApiOkResponse({ type: TaskPageResponse })
  @ApiErrors(400)
  async list(@Query() query: ListTasksQueryDto): Promise<TaskPageResponse> {
    const page = await this.lists.list(query);
    return { items: page.items.map(presentTask), nextCursor: page.nextCursor };
  }

  @Get(':taskId')
  @ApiOperation({ operationId: 'getTask', summary: 'One task' })
  @ApiOkResponse({ type: TaskResponse })
  @ApiErrors(404)
  async get(@Param('taskId') taskId: string): Promise<TaskResponse> {
    return presentTask(await this.tasks.find(taskId));
  }

  @Post(':taskId/cancel')
  @HttpCode(200)
  @ApiOperation({ operationId: 'cancelTask', summary: 'Cancel a PENDING, SCHEDULED or RUNNING task; 409 when it already ended' })
  @ApiOkResponse({ type: TaskResponse, description: 'The task, CANCELLED' })
  @ApiErrors(403, 404, 409)
  async cancel(@Param('taskId') taskId: string): Promise<TaskResponse> {
    return presentTask(await this.cancels.cancel(taskId));
  }

  @Post(':taskId/retry')
  @HttpCode(200)
  @ApiOperation({ operationId: 'retryTask', summary: 'Send a FAILED, TIMEOUT or CANCELLED task back to PENDING; 409 otherwise' })
  @ApiOkResponse({ type: TaskResponse, description: 'The task, PENDING' })
  @ApiErrors(403, 404, 409)
  async retry(@Param('taskId') taskId: string): Promise<TaskResponse> {
    return presentTask(await this.retries.retry(taskId));
  }

  @Get(':taskId/logs')
  @ApiOperation({ operationId: 'listTaskLogs', summary: "The task's audit log, oldest first" })
  @ApiOkResponse({ type: TaskLogListResponse })
  @ApiErrors(404)
  async logs(@Param('taskId') taskId: string): Promise<TaskLogListResponse> {
    return { items: (await this.logLists.list(taskId)).map(presentTaskLog) };
  }
}
