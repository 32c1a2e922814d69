// Tests of padbench-tally.mjs, the tallies of make padbench-web: which
// part a drawing is counted in, and the comparison with cmd/padbench's
// native report. Run with node --test (no browser).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PARTS, partOf, tallyDigit, compareNative, nativeFor, formatTallies } from './padbench-tally.mjs';

test('partOf names every exported part as cmd/padbench names its rows', () => {
  for (const [d, want] of [
    [{ part: 'tuning', label: 3 }, 'tuning'],
    [{ part: 'held-out', label: 3, heldOut: false }, 'held-out seeds, tuning families'],
    [{ part: 'held-out', label: 3, heldOut: true }, 'held-out families and pen'],
    [{ part: 'fresh', label: 3 }, 'fresh part (report only)'],
    [{ part: 'blind-tuning', label: 3 }, 'blind tuning half'],
    [{ part: 'blind-held-out', label: 3 }, 'blind held-out half (report only)'],
    [{ part: 'unseen-tuning', label: 3 }, 'unseen tuning half'],
    [{ part: 'unseen-held-out', label: 3 }, 'unseen held-out half (report only)'],
    [{ part: 'fonts-tuning', label: 3 }, 'fonts tuning half'],
    [{ part: 'fonts-held-out', label: 3 }, 'fonts held-out half (report only)'],
    [{ part: 'hands-tuning', label: 1 }, 'hands tuning half'],
    [{ part: 'hands-held-out', label: 7 }, 'hands held-out half (report only)'],
    [{ part: 'scribes-tuning', label: 4 }, 'scribes tuning half'],
    [{ part: 'scribes-held-out', label: 9 }, 'scribes held-out half (report only)'],
    [{ part: 'tuning', label: -1 }, 'non-digits, tuning'],
    [{ part: 'final', label: -1 }, 'non-digits, held out'],
  ]) {
    assert.equal(partOf(d), want, JSON.stringify(d));
    if (d.label >= 0) assert.ok(PARTS.includes(want), `${want} is not in PARTS`);
  }
  assert.throws(() => partOf({ part: 'nonsense', label: 3 }), /unknown part/);
  assert.throws(() => partOf({ part: 'nonsense-tuning', label: 3 }), /unknown part/);
});

// prediction is what the page publishes: probs peaking at read, the label
// shown (−1 unless the verdict is digit).
const prediction = (read, verdict) => {
  const probs = Array(10).fill(0.01);
  probs[read] = 0.91;
  return { probs, verdict, label: verdict === 'digit' ? read : -1 };
};

// native builds cmd/padbench's partReport for the same readings, counting
// them independently of tallyDigit.
function native(name, readings) {
  const t = () => ({ n: 0, correct: 0 });
  const r = { name, all: t(), shown_right: t(), rejected: t(), by_digit: Array.from({ length: 10 }, t), by_pen: {}, rejected_by_pen: {} };
  for (const [d, read, verdict] of readings) {
    const ok = read === d.label ? 1 : 0;
    const rej = verdict !== 'digit' ? 1 : 0;
    for (const x of [r.all, r.by_digit[d.label], (r.by_pen[d.pen] ||= t())]) { x.n++; x.correct += ok; }
    r.shown_right.n++; r.shown_right.correct += ok && !rej ? 1 : 0;
    r.rejected.n++; r.rejected.correct += rej;
    const rp = (r.rejected_by_pen[d.pen] ||= t());
    rp.n++; rp.correct += rej;
  }
  return r;
}

const readings = [
  [{ part: 'unseen-tuning', label: 6, pen: 'plain', family: 'bulb' }, 6, 'digit'],
  [{ part: 'unseen-tuning', label: 6, pen: 'plain', family: 'bulb' }, 0, 'digit'],
  [{ part: 'unseen-tuning', label: 9, pen: 'fast', family: 'curl' }, 9, 'not-a-digit'],
  [{ part: 'unseen-held-out', label: 1, pen: 'fast', family: 'upstroke' }, 7, 'not-a-digit'],
  [{ part: 'unseen-held-out', label: 1, pen: 'plain', family: 'upstroke' }, 1, 'digit'],
];

test('compareNative agrees with a native report of the same readings and names each difference', () => {
  const nat = { name: 'h=128, 30 epochs', parts: ['unseen tuning half', 'unseen held-out half (report only)']
    .map((p) => native(p, readings.filter(([d]) => partOf(d) === p))) };
  for (const { name, page, want } of [
    { name: 'the same readings', page: readings, want: [] },
    { name: 'a digit shown wrong', page: readings.map((r, i) => (i === 0 ? [r[0], 5, 'digit'] : r)),
      want: ['unseen tuning half: read right: page 1, native 2', 'unseen tuning half: shown right: page 0, native 1',
        'unseen tuning half: digit 6 read right: page 0, native 1', 'unseen tuning half: pen plain read right: page 0, native 1'] },
    { name: 'a digit rejected', page: readings.map((r, i) => (i === 4 ? [r[0], 1, 'empty'] : r)),
      want: ['unseen held-out half (report only): shown right: page 0, native 1', 'unseen held-out half (report only): rejected: page 2, native 1',
        'unseen held-out half (report only): pen plain rejected: page 1, native 0'] },
    { name: 'a half the page did not read', page: readings.filter(([d]) => d.part === 'unseen-tuning'), want: [] },
    { name: 'a drawing missing', page: readings.slice(1),
      want: ['unseen tuning half: drawings: page 2, native 3', 'unseen tuning half: read right: page 1, native 2',
        'unseen tuning half: shown right: page 0, native 1', 'unseen tuning half: digit 6 read right: page 0, native 1',
        'unseen tuning half: pen plain read right: page 0, native 1'] },
  ]) {
    const tallies = {};
    for (const [d, read, verdict] of page) tallyDigit(tallies, d, prediction(read, verdict));
    assert.deepEqual(compareNative(tallies, nat), want, name);
  }
});

test('formatTallies prints the unseen halves by digit and by pen', () => {
  const tallies = {};
  for (const [d, read, verdict] of readings) tallyDigit(tallies, d, prediction(read, verdict));
  const text = formatTallies(tallies).join('\n');
  for (const want of [/unseen tuning half\s+3\s+33\.3%/, /by pen, shown: fast 0\.0% \(1\), plain 50\.0% \(2\)/,
    /by pen, called not a digit: fast 100\.0% \(1\), plain 0\.0% \(1\)/]) assert.match(text, want);
});

test('nativeFor finds the report of the page\'s config', () => {
  const reports = [[{ name: 'h=128, 30 epochs' }], [{ name: 'h=128 aug=strong, 30 epochs' }]];
  for (const [config, want] of [['h=128', 'h=128, 30 epochs'], ['h=128 aug=strong', 'h=128 aug=strong, 30 epochs'], ['h=64', undefined]]) {
    assert.equal(nativeFor(reports, config)?.name, want, config);
  }
});
