/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: [
    '/node_modules/',
    '<rootDir>/tests/browser/',
    '<rootDir>/tests/render/',
    '<rootDir>/tests/reliability/',
  ],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  // `npm test -- --coverage` reports the pure domain and holds it to 95 % of lines
  collectCoverageFrom: ['src/server/domain/**/*.ts'],
  coverageReporters: ['text-summary'],
  coverageThreshold: { './src/server/domain/': { lines: 95 } },
};
