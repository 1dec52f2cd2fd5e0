export * from './catat';
export * from './log';
export * from './proyeksi';
export * from './tampilan';
export * from './templat-pelacakan';
export * from './penyunting';
