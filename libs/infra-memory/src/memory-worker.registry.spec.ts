import { describeWorkerRegistryContract } from '@asynctask/testing';
import { MemoryWorkerRegistry } from './memory-worker.registry';

describeWorkerRegistryContract('memory', async () => ({ registry: new MemoryWorkerRegistry(), close: async () => undefined }));
