export * from './calendar';
export * from './calendar-schema';
export * from './default-calendar';
export * from './step-timing';
export * from './working-minutes';
export * from './zone';
