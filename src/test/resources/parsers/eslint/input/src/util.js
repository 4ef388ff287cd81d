let name = 'util';

module.exports = { name };
