import { ChangeStamp, Clock, IdGenerator } from '@asynctask/domain';

/** Stamps domain changes with the current time and a fresh log id. */
export function stamper(clock: Clock, ids: IdGenerator): () => ChangeStamp {
  return () => ({ now: clock.now(), logId: ids.next() });
}
