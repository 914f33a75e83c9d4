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
    // The domain is shared by the bot, the CLI and the tests: it runs without any framework.
    files: [
      'src/rubric/**/*.ts',
      'src/knowledge/**/*.ts',
      'src/understanding/**/*.ts',
      'src/handoffs/**/*.ts',
      'src/places/**/*.ts',
      'src/words/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'botbuilder*',
                'botframework-*',
                'restify*',
                'adaptivecards*',
                'adaptive-expressions',
                'pino*',
              ],
              message: 'The domain stays framework-free.',
            },
          ],
        },
      ],
    },
  },
  {
    // The application layer and the cards know nothing of the bot SDK or the HTTP host: a
    // port to another SDK replaces the translator (src/teams) and the host (src/server) alone.
    files: ['src/app/**/*.ts', 'src/cards/**/*.ts', 'src/storage/**/*.ts', 'src/config/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['botbuilder*', 'botframework-*', 'restify*'],
              message: 'Only src/teams and src/server may use the bot SDK and the HTTP host.',
            },
          ],
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
