/** The fault sweep (npm run test:reliability): long, so kept out of `npm test`. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/reliability'],
  testMatch: ['**/*.test.ts'],
  testTimeout: 600000,
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
};
