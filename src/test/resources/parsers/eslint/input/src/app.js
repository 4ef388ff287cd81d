var total = 0;
let count = 1;
const unused = 2;

function add(a, b) {
  if (a == b) {
    console.log('same');
  }
  return a + b + missing;
}

module.exports = { add, total, count };
