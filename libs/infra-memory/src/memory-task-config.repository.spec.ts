import { describeTaskConfigRepositoryContract } from '@asynctask/testing';
import { MemoryTaskConfigRepository } from './memory-task-config.repository';

describeTaskConfigRepositoryContract('memory', async () => ({ configs: new MemoryTaskConfigRepository(), close: async () => undefined }));
