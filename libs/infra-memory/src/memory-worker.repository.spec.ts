import { describeWorkerRepositoryContract } from '@asynctask/testing';
import { MemoryWorkerRepository } from './memory-worker.repository';

describeWorkerRepositoryContract('memory', async () => ({ workers: new MemoryWorkerRepository(), close: async () => undefined }));
