import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'out/', 'coverage/', 'node_modules/', 'tests/emulator/concurrent/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Use textContent or DOM nodes, never innerHTML.',
        },
      ],
    },
  },
  {
    // small modules with one job: a file or a function past these sizes is split
    files: ['src/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 300 }],
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // the one boundary to Apps Script: only src/server/gateways/ may touch its services
    files: ['src/server/**/*.ts'],
    ignores: ['src/server/gateways/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...[
          'SpreadsheetApp',
          'DocumentApp',
          'DriveApp',
          'MailApp',
          'CalendarApp',
          'LockService',
          'PropertiesService',
          'CacheService',
          'Session',
          'HtmlService',
          'ScriptApp',
          'Utilities',
          'Logger',
          'Drive',
          'UrlFetchApp',
        ].map((name) => ({
          name,
          message: 'Apps Script services are reached through src/server/gateways only.',
        })),
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
      },
    },
  },
);
