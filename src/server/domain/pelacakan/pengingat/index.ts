export * from './surel-pengingat';
export * from './jatuh-tempo';
export * from './kunci';
export * from './penerima';
