const answer = 42;

module.exports = { answer };
