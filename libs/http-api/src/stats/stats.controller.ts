import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { GetStatsService } from '@asynctask/application';
import { ApiErrors, ApiV1Controller } from '../shared/api-docs.decorators';
import { StatsResponse } from './stats.response';

export class StatsQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 64)
  taskType?: string;
}

@ApiV1Controller('stats')
@Controller('stats')
export class StatsController {
  constructor(private readonly stats: GetStatsService) {}

  @Get()
  @ApiOperation({ operationId: 'getStats', summary: 'Tasks per status, queue depths and the leading scheduler' })
  @ApiOkResponse({ type: StatsResponse })
  @ApiErrors(400)
  get(@Query() query: StatsQueryDto): Promise<StatsResponse> {
    return this.stats.stats(query);
  }
}
