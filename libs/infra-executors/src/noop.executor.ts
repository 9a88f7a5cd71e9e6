import { defineExecutor } from './define-executor';

export const noopExecutor = defineExecutor('noop', async () => ({}));
