const test = require('node:test');
const assert = require('node:assert');

test('adds', () => assert.strictEqual(1 + 2, 3));
test('fails', () => assert.strictEqual(1 + 1, 3));
test('is skipped', { skip: 'not yet' }, () => {});
test('is still to write', { todo: true }, () => {});
test('groups', async (t) => {
  await t.test('first', () => {});
  await t.test('second', () => {});
});
test('leaves a subtest behind', (t) => {
  // not awaited: the parent ends first and node cancels the subtest
  t.test('cancelled', () => new Promise((resolve) => setTimeout(resolve, 1000)));
});
