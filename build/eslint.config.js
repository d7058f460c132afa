// Lint rules, including which code may run in which process (after Signal Desktop):
//   shared/   runs everywhere: no DOM, no Node, no Electron, no React, no renderer or electron code;
//   electron/ may not import the renderer;
//   renderer/ may not import Node or Electron, nor electron/ code.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];
const nodeImports = { paths: nodeBuiltins.map((name) => ({ name, message: 'Node built-ins are not available here.' })) };

const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'location', 'HTMLElement', 'Blob', 'URL', 'fetch', 'XMLHttpRequest', 'WebSocket', 'Image'];
const nodeGlobals = ['process', 'Buffer', 'require', '__dirname', '__filename', 'global', 'module'];

export default tseslint.config(
  { ignores: ['tmp-*', 'dist/**', 'release/**', 'node_modules/**', 'bench-results/**', 'test-results/**', 'build/**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...nodeImports,
          patterns: [
            { group: ['electron', 'react', 'react-dom', 'react/*', '@xyflow/*', 'dexie', 'zustand', 'zustand/*'], message: 'shared/ must run anywhere: no UI, storage or Electron libraries.' },
            { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ may not depend on a process-specific folder.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...[...domGlobals, ...nodeGlobals].map((name) => ({ name, message: 'shared/ runs in every process: no DOM or Node globals.' }))],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**', 'react', 'react-dom', '@xyflow/*', 'dexie'], message: 'electron/ may not import the renderer.' }] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          ...nodeImports,
          patterns: [{ group: ['electron', '**/electron/**'], message: 'The renderer talks to the shell through the Platform interface only.' }],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'build/**/*.{ts,js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-console': 'off' },
  },
);
