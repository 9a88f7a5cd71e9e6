export * from './define-executor';
export * from './executor-registry';
export * from './create-executor-registry';
export * from './http.executor';
export * from './noop.executor';
export * from './echo.executor';
export * from './sleep.executor';
export * from './fail.executor';
