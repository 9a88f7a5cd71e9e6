import { ApiProperty, ApiSchema } from '@nestjs/swagger';

/** Every error answer, in NestJS's shape. */
@ApiSchema({ name: 'ApiError' })
export class ApiErrorResponse {
  @ApiProperty({ example: 404 })
  statusCode!: number;

  @ApiProperty({
    oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
    description: 'What went wrong; one entry per invalid field when the input fails validation',
    example: 'task 0190c3a2-7b1e-7c3d-9f00-5a1b2c3d4e5f not found',
  })
  message!: string | string[];

  @ApiProperty({ description: "The status's reason phrase", example: 'Not Found' })
  error!: string;
}
