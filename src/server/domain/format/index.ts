export * from './tanggal';
export * from './bilangan';
export * from './romawi';
export * from './nip';
