'use strict';

const http = require('node:http');
const { greet, languages } = require('./greeting');

/** Answers GET /greet?name=…&lang=… and GET /languages. */
function handle(request, response) {
  const url = new URL(request.url, 'http://localhost');
  if (url.pathname === '/greet') {
    response.end(greet(url.searchParams.get('name'), url.searchParams.get('lang') ?? 'en'));
  } else if (url.pathname === '/languages') {
    response.end(JSON.stringify(languages()));
  } else {
    response.statusCode = 404;
    response.end('not found');
  }
}

function start(port) {
  return http.createServer(handle).listen(port);
}

module.exports = { handle, start };
