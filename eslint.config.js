// ESLint (flat config): JavaScript's and typescript-eslint's recommended rules, the rules of hooks, and the
// layer rules of docs (shared/ runs on both sides, renderer/ in a sandboxed page, only main/shell/ talks to
// Electron). No type-aware rules: lint stays a few seconds of parsing on two cores. Formatting is Prettier's.
// CommonJS, because package.json has no "type": "module" and a typeless ES module costs Node a re-parse.
const { builtinModules } = require('node:module');
const js = require('@eslint/js');
const globals = require('globals');
const reactHooks = require('eslint-plugin-react-hooks');
const { defineConfig } = require('eslint/config');
const tseslint = require('typescript-eslint');

/**
 * What a folder may not import, as option groups of @typescript-eslint/no-restricted-imports (the base
 * rule plus `allowTypeImports`). Relative imports are matched by regex: `../main/x` from any depth of
 * shared/ or renderer/ can only climb into main/ (none of those folders has a subfolder of that name).
 */
const NODE_BUILT_INS = {
  paths: builtinModules.filter((name) => !name.startsWith('_')),
  regex: '^node:',
  message: 'runs outside Node: no node built-ins here.',
};
const ELECTRON = {
  paths: ['electron', 'electron-store', 'electron-updater'],
  regex: '^electron/',
  message: 'only main/shell/ talks to Electron (electron-store and electron-updater import it too).',
};
const REACT = {
  paths: ['react', 'react-dom', '@lexical/react'],
  regex: '^(react|react-dom|@lexical/react)/',
  message: 'shared/ is pure TypeScript: no React.',
};
const DOM_ONLY = {
  paths: ['dompurify', 'axe-core', '@lexical/html'],
  message: 'shared/ runs without a DOM: no modules that need one.',
};
const LEXICAL_VALUES = {
  paths: ['lexical'],
  regex: '^@lexical/(?!(react|html)(/|$))',
  allowTypeImports: true,
  message: 'shared/ uses Lexical only as `import type` (its editor lives in the renderer).',
};
const MAIN_OR_RENDERER = {
  regex: '^(\\.\\./)+(main|renderer)(/|$)',
  message: 'shared/ is imported by both sides and imports neither.',
};
const MAIN = {
  regex: '^(\\.\\./)+main(/|$)',
  message: 'the renderer reaches main only through window.factdesk (shared/api.ts).',
};
const EDITOR_OR_PANELS = {
  regex: '^(\\.\\./)+(renderer/)?(editor|panels)(/|$)',
  message:
    'renderer/project and renderer/state sit below the editor and the panels: they dispatch editor commands or take callbacks, never import upward.',
};

/** One no-restricted-imports rule from groups: paths (exact names) and regex patterns, each with its message. */
function refuse(...groups) {
  const paths = [];
  const patterns = [];
  for (const { paths: names = [], regex, message, allowTypeImports = false } of groups) {
    for (const name of names) paths.push({ name, message, allowTypeImports });
    if (regex) patterns.push({ regex, message, allowTypeImports });
  }
  return { '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns }] };
}

/**
 * Each file gets exactly one set (a later config object would replace an earlier one's options, not add to
 * them), so the sets for nested folders repeat their parent's groups.
 */
const LAYERS = [
  { files: ['shared/**'], rules: refuse(NODE_BUILT_INS, ELECTRON, REACT, DOM_ONLY, LEXICAL_VALUES, MAIN_OR_RENDERER) },
  {
    files: ['renderer/**'],
    ignores: ['renderer/project/**', 'renderer/state/**'],
    rules: refuse(NODE_BUILT_INS, ELECTRON, MAIN),
  },
  {
    files: ['renderer/project/**', 'renderer/state/**'],
    rules: refuse(NODE_BUILT_INS, ELECTRON, MAIN, EDITOR_OR_PANELS),
  },
  { files: ['main/**'], ignores: ['main/shell/**'], rules: refuse(ELECTRON) },
];

module.exports = defineConfig(
  { ignores: ['dist/', 'release/', 'test-results/', 'playwright-report/', 'bench/out/', 'factdesk-server/'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The two rules of hooks; the React Compiler's rules (the plugin's 7.x "recommended") are for code written for it.
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // `_name` marks a parameter or a destructured-away field kept on purpose.
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  ...LAYERS,
);
