export * from './cycle';
export * from './period';
export * from './step-events';
export * from './step-state';
