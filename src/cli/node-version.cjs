// Runs on any Node (plain CommonJS, no modern syntax): the npm scripts that need Node >= 22.12 run it first,
// so an old Node stops with one line saying what is needed instead of "bad option: --experimental-strip-types".
// `npm install` is stopped earlier by engine-strict (.npmrc) against package.json's "engines".
'use strict';
var need = [22, 12];
var have = process.versions.node.split('.').map(Number);
var ok = have[0] > need[0] || (have[0] === need[0] && have[1] >= need[1]);
if (!ok) {
  console.error(
    'On Record needs Node.js >= ' + need.join('.') + ' (this is ' + process.version + '): install Node 24 ' +
      '(nvm install 24, or `npm install --prefix ~/.cache/node24 node@24` and put ~/.cache/node24/node_modules/.bin ' +
      'first on PATH), then run the command again.'
  );
  process.exit(1);
}
