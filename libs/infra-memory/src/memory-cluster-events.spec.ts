import { CLUSTER_EVENT_TYPES } from '@asynctask/domain';
import { describeClusterEventsContract } from '@asynctask/testing';
import { MemoryClusterEvents } from './memory-cluster-events';

describeClusterEventsContract('memory', async () => {
  const events = new MemoryClusterEvents();
  return {
    events,
    listen: async (hear) => {
      for (const type of CLUSTER_EVENT_TYPES) events.subscribe(type, (event) => hear({ type, event }));
    },
    otherInstallation: async () => new MemoryClusterEvents(),
    close: async () => undefined,
  };
});
