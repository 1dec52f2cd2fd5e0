export * from './model';
export * from './kop';
export * from './penandatangan';
export * from './kantor';
export * from './pengukuran-kinerja';
export * from './surat-pengantar';
