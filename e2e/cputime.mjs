// CPU time from /proc (Linux), for benchmarks on a shared machine: there a
// benchmark's wall time measures the other programs' load as much as its
// own speed, while the CPU time its threads get does not.
import { readdirSync, readFileSync } from 'node:fs';

// Clock ticks per second of /proc's times (USER_HZ, 100 on Linux).
const hz = 100;

// stat returns the fields of a /proc stat file after the command name
// (field 3 onwards), or undefined when the process or thread is gone.
function stat(path) {
  try {
    const s = readFileSync(path, 'utf8');
    return s.slice(s.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

// descendants returns the ids of pid's live descendant processes.
function descendants(pid) {
  const children = new Map();
  for (const p of readdirSync('/proc')) {
    const f = /^\d+$/.test(p) && stat(`/proc/${p}/stat`);
    if (!f) continue;
    const ppid = f[1];
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid).push(p);
  }
  const out = [], todo = [String(pid)];
  while (todo.length) {
    for (const c of children.get(todo.pop()) || []) {
      out.push(c);
      todo.push(c);
    }
  }
  return out;
}

// threadSeconds returns the CPU seconds (user and system) so far of the
// threads named name (a thread's name is at most 15 bytes) in pid's
// descendant processes: Chromium names a Web Worker's thread
// "DedicatedWorker thread", so "DedicatedWorker" is the workers' CPU time.
export function threadSeconds(pid, name) {
  let ticks = 0;
  for (const p of descendants(pid)) {
    let tasks = [];
    try { tasks = readdirSync(`/proc/${p}/task`); } catch { continue; }
    for (const t of tasks) {
      let comm;
      try { comm = readFileSync(`/proc/${p}/task/${t}/comm`, 'utf8').trim(); } catch { continue; }
      const f = comm.startsWith(name) && stat(`/proc/${p}/task/${t}/stat`);
      if (f) ticks += Number(f[11]) + Number(f[12]);
    }
  }
  return ticks / hz;
}
