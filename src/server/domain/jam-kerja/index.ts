export * from './kalender';
export * from './kalender-schema';
export * from './waktu-langkah';
export * from './menit-kerja';
