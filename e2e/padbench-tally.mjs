// The tallies of e2e/padbench-web.mjs, apart from the browser so that they
// can be tested: which part a drawing of cmd/padbench's -export file is
// counted in, what the page answered to it, and how that compares with
// cmd/padbench's own figures (-json) for the same drawings.

// PARTS are the groups of drawn digits, named and ordered as cmd/padbench
// names its rows, so that a page report and a native one can be matched.
export const PARTS = ['tuning', 'held-out seeds, tuning families', 'held-out families and pen', 'fresh part (report only)',
  'blind tuning half', 'blind held-out half (report only)', 'unseen tuning half', 'unseen held-out half (report only)',
  'sealed tuning half', 'sealed held-out half (report only)', 'outside tuning half', 'outside held-out half (report only)',
  'fonts tuning half', 'fonts held-out half (report only)', 'hands tuning half', 'hands held-out half (report only)',
  'scribes tuning half', 'scribes held-out half (report only)'];

// halfPart matches the -export file's part of a halved set's digit
// ("hands-tuning", "fonts-held-out"), which names its row: "<set> tuning
// half" or "<set> held-out half (report only)", as cmd/padbench's halved
// sets name their rows.
const halfPart = /^([a-z]+)-(tuning|held-out)$/;

// partOf names the group a drawing is counted in.
export function partOf(d) {
  if (d.label < 0) return d.part === 'tuning' ? 'non-digits, tuning' : 'non-digits, held out';
  if (d.part === 'tuning') return 'tuning';
  if (d.part === 'fresh') return 'fresh part (report only)';
  const half = halfPart.exec(d.part);
  if (half) {
    const row = half[2] === 'tuning' ? `${half[1]} tuning half` : `${half[1]} held-out half (report only)`;
    if (PARTS.includes(row)) return row;
  }
  if (d.part === 'held-out') return d.heldOut ? 'held-out families and pen' : 'held-out seeds, tuning families';
  throw new Error(`a drawn digit of unknown part ${JSON.stringify(d.part)}`);
}

const count = () => ({ n: 0, read: 0, shown: 0, rejected: 0 });
const add = (c, read, shown, rejected) => {
  c.n++;
  c.read += read;
  c.shown += shown;
  c.rejected += rejected;
};

// newPart is the tally of one part: read counts the network's answer
// whatever the verdict (cmd/padbench's acc), shown the answers the pad
// shows right (read right and the verdict says digit), rejected the digits
// the verdict calls not-a-digit or empty.
const newPart = () => ({ ...count(), digits: Array.from({ length: 10 }, count), pens: {}, families: {} });

// tallyDigit adds to tallies (an object of parts) the page's prediction p
// for the drawn digit d.
export function tallyDigit(tallies, d, p) {
  const t = (tallies[partOf(d)] ||= newPart());
  const best = p.probs.indexOf(Math.max(...p.probs));
  const read = best === d.label ? 1 : 0;
  const rejected = p.verdict !== 'digit' ? 1 : 0;
  const shown = p.label === d.label && !rejected ? 1 : 0;
  add(t, read, shown, rejected);
  add(t.digits[d.label], read, shown, rejected);
  add((t.pens[d.pen] ||= count()), read, shown, rejected);
  add((t.families[d.family] ||= count()), read, shown, rejected);
}

// compareNative lists where the page's tallies differ from the native
// report r (one config's object of cmd/padbench -json) on the parts both
// have: the digits read right, shown right and rejected, in all, by digit
// and by pen. An empty list means they agree.
export function compareNative(tallies, r) {
  const diffs = [];
  const same = (what, page, native) => {
    if (page !== native) diffs.push(`${what}: page ${page}, native ${native}`);
  };
  for (const np of r.parts) {
    const t = tallies[np.name];
    if (!t) continue;
    same(`${np.name}: drawings`, t.n, np.all.n);
    same(`${np.name}: read right`, t.read, np.all.correct);
    same(`${np.name}: shown right`, t.shown, np.shown_right.correct);
    same(`${np.name}: rejected`, t.rejected, np.rejected.correct);
    np.by_digit.forEach((nd, k) => same(`${np.name}: digit ${k} read right`, t.digits[k].read, nd.correct));
    for (const [pen, nt] of Object.entries(np.by_pen)) {
      const pt = t.pens[pen] || count();
      same(`${np.name}: pen ${pen} read right`, pt.read, nt.correct);
      same(`${np.name}: pen ${pen} rejected`, pt.rejected, np.rejected_by_pen[pen].correct);
    }
  }
  return diffs;
}

// nativeFor picks from reports (cmd/padbench -json outputs, each an array of
// configs) the one that measured config (the page's compact string), or
// undefined.
export function nativeFor(reports, config) {
  return reports.flat().find((r) => r.name.startsWith(`${config}, `));
}

const pct = (c, n) => (n ? `${((100 * c) / n).toFixed(1)}%` : '-').padStart(6);

// formatTallies prints the parts' rows (read and shown, in all and by digit;
// rejected), then for each part its figures by pen and by family.
export function formatTallies(tallies) {
  const out = [];
  const head = (what, rejected) => `${what.padEnd(40)} ${'n'.padStart(5)} ${'all'.padStart(6)} ` +
    [...Array(10).keys()].map((k) => String(k).padStart(6)).join(' ') + (rejected ? ' rejected' : '');
  const row = (name, t, field) => `${name.padEnd(40)} ${String(t.n).padStart(5)} ${pct(t[field], t.n)} ` +
    t.digits.map((u) => pct(u[field], u.n)).join(' ') + (field === 'shown' ? ` ${pct(t.rejected, t.n)}` : '');
  const parts = PARTS.filter((p) => tallies[p]);
  out.push(head('shown right (read right, verdict digit)', true));
  for (const p of parts) out.push(row(p, tallies[p], 'shown'));
  out.push(head('read right whatever the verdict (acc)', false));
  for (const p of parts) out.push(row(p, tallies[p], 'read'));
  const group = (m, field) => Object.keys(m).sort().map((k) => `${k} ${pct(m[k][field], m[k].n).trim()} (${m[k].n})`).join(', ');
  for (const p of parts) {
    const t = tallies[p];
    out.push(`${p}:`);
    out.push(`  by pen, shown: ${group(t.pens, 'shown')}`);
    out.push(`  by pen, read:  ${group(t.pens, 'read')}`);
    out.push(`  by pen, called not a digit: ${group(t.pens, 'rejected')}`);
    out.push(`  by family, shown: ${group(t.families, 'shown')}`);
  }
  return out;
}
