import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { GetStatsService } from '@asynctask/application';

export class StatsQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 64)
  taskType?: string;
}

@ApiTags('stats')
@Controller('stats')
export class StatsController {
  constructor(private readonly stats: GetStatsService) {}

  @Get()
  @ApiOperation({ summary: 'Tasks per status and queue depths' })
  get(@Query() query: StatsQueryDto) {
    return this.stats.stats(query);
  }
}
