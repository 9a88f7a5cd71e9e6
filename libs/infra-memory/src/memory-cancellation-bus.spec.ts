import { describeCancellationBusContract } from '@asynctask/testing';
import { MemoryCancellationBus } from './memory-cancellation-bus';

describeCancellationBusContract('memory', async () => ({ bus: new MemoryCancellationBus(), close: async () => undefined }));
