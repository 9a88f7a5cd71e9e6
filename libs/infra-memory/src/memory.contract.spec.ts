import {
  describeCancellationBusContract,
  describeDispatchQueueContract,
  describeLeaderElectionContract,
  describeTaskConfigRepositoryContract,
  describeTaskRepositoryContract,
  describeWorkerRegistryContract,
  describeWorkerRepositoryContract,
} from '@asynctask/testing';
import { createMemoryAdapters } from './create-memory-adapters';

const systemClock = { now: () => new Date() };

const open = async () => ({ ...createMemoryAdapters(systemClock), close: async () => undefined });

describeTaskRepositoryContract('memory', open);
describeTaskConfigRepositoryContract('memory', open);
describeWorkerRepositoryContract('memory', open);
describeWorkerRegistryContract('memory', open);
describeDispatchQueueContract('memory', open);
describeLeaderElectionContract('memory', open);
describeCancellationBusContract('memory', async () => ({ bus: createMemoryAdapters(systemClock).cancellations, close: async () => undefined }));
