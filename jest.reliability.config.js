/** The fault sweep (npm run test:reliability): long, so kept out of `npm test`. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/reliability'],
  testMatch: ['**/*.test.ts'],
  testTimeout: 600000,
  // the sweep's files run side by side, one per core (jest's default leaves one core to itself)
  maxWorkers: 2,
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
};
