function sum(a, b) {
  return a + b;
}

function clamp(n, low, high) {
  if (n < low) {
    return low;
  }
  if (n > high) {
    return high;
  }
  return n;
}

module.exports = { sum, clamp };
