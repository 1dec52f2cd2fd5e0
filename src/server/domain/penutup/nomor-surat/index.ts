export * from './format-nomor';
export * from './register';
