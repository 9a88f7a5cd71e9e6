import { Clock } from '@asynctask/domain';

export const systemClock: Clock = { now: () => new Date() };
