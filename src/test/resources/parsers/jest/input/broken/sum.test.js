const { sum, clamp } = require('./src/sum');

test('adds', () => expect(sum(1, 2)).toBe(3));
test('adds negatives', () => expect(sum(-1, -2)).toBe(-3));
test('clamps low', () => expect(clamp(-5, 0, 10)).toBe(0));
