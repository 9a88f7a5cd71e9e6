import { Controller, Get, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { API_KEY_SCHEME, ApiErrors } from '../shared/api-docs.decorators';
import { apiAccessOf } from '../shared/api-key.guard';
import { AuthResponse } from './auth.response';

/** Tells a client (the dashboard) what its API key may do, so it can offer only what will be allowed. */
@ApiTags('auth')
@ApiSecurity(API_KEY_SCHEME)
// No 503: the answer needs no store.
@ApiErrors(401, 429)
@Controller('auth')
export class AuthController {
  @Get()
  @ApiOperation({ operationId: 'getAuth', summary: 'What the API key sent may do: open (the server has no keys), read or write' })
  @ApiOkResponse({ type: AuthResponse })
  get(@Req() request: Request): AuthResponse {
    return { access: apiAccessOf(request) };
  }
}
