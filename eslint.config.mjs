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
    files: ['src/server/domain/**/*.ts'],
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
        ].map((name) => ({
          name,
          message: 'The domain is pure: Apps Script services belong in src/server/gateways.',
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
