/** The local run's files as printed (npm run test:render): LibreOffice and poppler-utils, so kept out of `npm test`. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/render'],
  testMatch: ['**/*.test.ts'],
  testTimeout: 300000,
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
};
