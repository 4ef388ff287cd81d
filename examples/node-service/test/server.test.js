const { handle } = require('../src/server');

function call(url) {
  const response = { statusCode: 200, body: '', end(text) { this.body = text; } };
  handle({ url }, response);
  return response;
}

test('answers /greet', () => expect(call('/greet?name=Ada&lang=zh').body).toBe('你好, Ada!'));
test('answers /languages', () => expect(call('/languages').body).toBe('["en","fr","zh"]'));
test('says 404 elsewhere', () => expect(call('/nope').statusCode).toBe(404));
