// The pinyin table of src/Yiwang.Web/Features/Catalog/Search/pinyin.txt: every character U+4E00–U+9FA5 with its most
// common reading, toneless (pinyin-pro 3.29.4, MIT). Regenerate: cd /tmp && npm install pinyin-pro@3.29.4 && node tools/pinyin-table.js > …/pinyin.txt
const { pinyin } = require('pinyin-pro');
const out = [];
for (let c = 0x4e00; c <= 0x9fa5; c++) {
  const ch = String.fromCodePoint(c);
  const p = pinyin(ch, { toneType: 'none', type: 'string', v: true });
  if (p && p !== ch && /^[a-z]+$/.test(p)) out.push(ch + p);
}
process.stdout.write(out.join('\n') + '\n');
