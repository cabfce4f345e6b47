import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'bench/results.json', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Function']", message: 'No new Function: extension pages run under a strict CSP.' }],
      'no-eval': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Extension APIs only through src/shared/browser.ts (webextension-polyfill behind one door), and
    // in the content script through src/shared/content-browser.ts (its four calls, no polyfill).
    files: ['src/**/*.ts'],
    ignores: ['src/shared/browser.ts', 'src/shared/content-browser.ts', 'src/classifier/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'webextension-polyfill', message: 'Import the extension API from src/shared/browser.ts.' }] }],
      'no-restricted-globals': ['error', { name: 'chrome', message: 'Use src/shared/browser.ts.' }, { name: 'browser', message: 'Use src/shared/browser.ts.' }],
    },
  },
  {
    files: ['src/classifier/**/*.ts'],
    rules: {
      // The classifier is pure: no extension API, no page mutation helpers.
      'no-restricted-imports': ['error', { patterns: ['webextension-polyfill', '**/shared/browser*', '**/clean-view/**'] }],
      'no-restricted-globals': ['error', 'chrome', 'browser'],
    },
  },
);
