export * from './http-api.module';
export * from './configure-http-app';
export * from './shared/domain-error.filter';
export * from './shared/api-key.guard';
export * from './create-http-app';
export * from './shared/rate-limit.module';
export { dashboardDir, DASHBOARD_PATH } from './dashboard/dashboard-router';
export * from './openapi/openapi-document';
