import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Architecture rule 1: imports flow one way, domain → content → storage → features → app.
 * A feature never imports another feature. Shared UI (components) sits beside features
 * and knows nothing of storage or features. src/pdf holds what every PDF shares.
 */
const features = readdirSync('src/features', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const upward = {
  domain: ['content', 'storage', 'features', 'app', 'components', 'i18n', 'pwa', 'lib', 'pdf'],
  content: ['storage', 'features', 'app', 'components', 'i18n', 'pwa', 'pdf'],
  storage: ['features', 'app', 'components', 'pwa', 'pdf'],
  components: ['storage', 'features', 'app', 'pwa', 'pdf'],
  i18n: ['storage', 'features', 'app', 'components', 'pwa', 'pdf'],
  lib: ['domain', 'content', 'storage', 'features', 'app', 'components', 'i18n', 'pwa', 'pdf'],
  pwa: ['storage', 'features', 'app', 'pdf'],
  // The PDF building blocks (renderer, fonts, theme): below the features that make documents.
  pdf: ['storage', 'features', 'app', 'components', 'i18n', 'pwa'],
  features: ['app'],
};

const zones = [
  ...Object.entries(upward).map(([target, from]) => ({
    target: `./src/${target}`,
    from: from.map((f) => `./src/${f}`),
    message: `src/${target} may not import from a higher layer (architecture rule 1).`,
  })),
  ...features.map((f) => ({
    target: `./src/features/${f}`,
    from: './src/features',
    except: [`./${f}`],
    message: 'A feature never imports another feature (architecture rule 1).',
  })),
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dev-dist',
      'coverage',
      'node_modules',
      'playwright-report',
      'test-results',
      'bench',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] }),
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-default-export': 'error',
      'import-x/no-duplicates': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExportAllDeclaration',
          message: 'No barrel re-exports (architecture rule 7).',
        },
      ],
    },
  },
  {
    // Architecture rule 6: zod is configured once (no eval under our CSP) in src/lib/zod.ts.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/lib/zod.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: 'Import z from src/lib/zod.ts.', allowTypeImports: true },
          ],
        },
      ],
    },
  },
  {
    // Pure domain: no clock, no browser (architecture rule 2).
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Pass "today" in.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Pass "today" in.',
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'indexedDB',
      ],
    },
  },
  {
    // Config files and tools use default exports where their hosts require them.
    files: ['*.config.ts', 'scripts/**', 'e2e/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'import-x/no-default-export': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['public/**/*.js', 'src/boot/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The engine journeys (issue 18) run functions in the page as well as in Node.
    files: ['scripts/engines/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
