import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { ApiAccess } from '../shared/api-key.guard';

const ACCESS_LEVELS: readonly ApiAccess[] = ['open', 'read', 'write'];

@ApiSchema({ name: 'Auth' })
export class AuthResponse {
  @ApiProperty({
    enum: ACCESS_LEVELS,
    enumName: 'ApiAccess',
    description: 'open: the server has no API keys; read: the key may call GET routes only; write: the key may call every route',
  })
  access!: ApiAccess;
}
