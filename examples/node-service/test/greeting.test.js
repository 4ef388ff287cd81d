const { greet, languages } = require('../src/greeting');

test('greets by name', () => expect(greet('Ada')).toBe('Hello, Ada!'));
test('greets in French', () => expect(greet('Ada', 'fr')).toBe('Bonjour, Ada!'));
test('falls back to English', () => expect(greet('Ada', 'xx')).toBe('Hello, Ada!'));
test('greets nobody', () => expect(greet('  ')).toBe('Hello!'));
test('lists languages', () => expect(languages()).toEqual(['en', 'fr', 'zh']));
