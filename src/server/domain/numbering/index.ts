export * from './format';
export * from './register';
