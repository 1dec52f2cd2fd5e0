export * from './email';
export * from './jatuh-tempo';
export * from './kunci';
export * from './penerima';
