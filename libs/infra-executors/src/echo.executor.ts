import { defineExecutor } from './define-executor';

export const echoExecutor = defineExecutor('echo', async ({ payload }) => payload);
