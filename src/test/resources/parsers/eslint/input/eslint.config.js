// Rules chosen so the fixture has errors, warnings, and fixable findings of both kinds.
module.exports = [
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { console: 'readonly', require: 'readonly', module: 'writable' } },
    rules: {
      'no-unused-vars': 'error',
      'no-undef': 'error',
      'prefer-const': 'error',
      'no-var': 'warn',
      eqeqeq: 'warn',
      'no-console': 'warn',
    },
  },
];
