'use strict';

const GREETINGS = { en: 'Hello', fr: 'Bonjour', zh: '你好' };

/** A greeting for a name in a language; English when the language is unknown. */
function greet(name, language = 'en') {
  const word = GREETINGS[language] ?? GREETINGS.en;
  const who = String(name ?? '').trim();
  return who === '' ? `${word}!` : `${word}, ${who}!`;
}

/** The languages this service can greet in, sorted. */
function languages() {
  return Object.keys(GREETINGS).sort();
}

module.exports = { greet, languages };
