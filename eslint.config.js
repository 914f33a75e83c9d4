const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const prettier = require('eslint-config-prettier');

module.exports = tseslint.config(
  { ignores: ['node_modules/', 'data/', 'test-results/', 'coverage/', 'dist/', 'build/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The rubric and the knowledge base are shared by the bot, the CLI and the tests:
    // they must run without any framework installed.
    files: [
      'src/rubric/**/*.ts',
      'src/knowledge/**/*.ts',
      'src/understanding/**/*.ts',
      'src/words/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['botbuilder*', 'restify*', 'adaptivecards*', 'adaptive-expressions', 'pino*'],
              message: 'The domain core stays framework-free.',
            },
          ],
        },
      ],
    },
  },
  {
    // Cards are plain JSON built from templates: the bot wraps them, so they stay portable.
    files: ['src/cards/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['botbuilder*', 'restify*'], message: 'Cards stay framework-free.' }],
        },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
);
