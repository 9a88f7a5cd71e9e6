export const ROUTE_STRATEGIES = ['least_tasks', 'round_robin', 'consistent_hash'] as const;
export type RouteStrategy = (typeof ROUTE_STRATEGIES)[number];
