// Turns measurements into the Markdown table, the growth summary and the section
// added to bench/RESULTS.md, newest first, with the earlier sections kept below.
import { cpus, release, totalmem } from 'node:os';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const MARKER = '<!-- bench results: newest first -->';

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function machineLine() {
  const cpu = cpus();
  return `${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Linux ${release()}, Node ${process.version}`;
}

/** A target held to the floor of the same run reads "floor + 0.35 = 2.03"; one that is not, as a plain ratio. */
function target(row) {
  if (row.aboveFloor !== undefined) return row.target === undefined ? `floor + ${row.aboveFloor} (no floor measured)` : `floor + ${row.aboveFloor} = ${row.target.toFixed(2)}`;
  return row.target === undefined ? '-' : Number.isInteger(row.target) ? row.target.toFixed(1) : String(row.target);
}

function verdict(row) {
  if (row.skipped || row.target === undefined) return '-';
  return row.ratio <= row.target ? 'yes' : '**no**';
}

export function resultsTable(rows) {
  const lines = [
    '| case | runs | median ms | bare node ms | ratio | target | met | peak MB |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |',
  ];
  for (const row of rows) {
    if (row.skipped) {
      lines.push(`| ${row.name} | - | - | - | - | ${target(row)} | skipped: ${row.skipped} | - |`);
      continue;
    }
    const memory = row.memory === undefined ? '-' : row.memory.toFixed(0);
    lines.push(`| ${row.name} | ${row.runs} | ${row.ms.toFixed(1)} | ${row.bare.toFixed(1)} | ${row.ratio.toFixed(2)} | ${target(row)} | ${verdict(row)} | ${memory} |`);
  }
  return lines.join('\n');
}

/** How the time above bare Node grows with the number of roles, for each pack case kind. */
export function growthLines(rows) {
  const kinds = new Map();
  for (const row of rows) {
    if (row.skipped || row.roles === undefined) continue;
    const list = kinds.get(row.kind) ?? [];
    list.push(row);
    kinds.set(row.kind, list);
  }
  const lines = [];
  for (const [kind, list] of kinds) {
    const sorted = list.sort((a, b) => a.roles - b.roles);
    const points = sorted.map((row) => `${(row.ms - row.bare).toFixed(0)} ms at ${row.roles.toLocaleString('en')}`).join(', ');
    const first = sorted[0];
    const last = sorted[sorted.length - 1];
    const perThousand = last && first && last.roles > first.roles ? (((last.ms - last.bare) - (first.ms - first.bare)) / (last.roles - first.roles)) * 1000 : undefined;
    lines.push(`- ${kind}: above bare Node ${points}${perThousand === undefined ? '' : `; about ${perThousand.toFixed(1)} ms more per 1,000 roles`}.`);
  }
  return lines;
}

export function resultsSection({ label, date, rows, runs, notes }) {
  return [
    `## ${date}${label ? `: ${label}` : ''}`,
    '',
    `Machine: ${machineLine()}. Up to ${runs} runs per case, each paired with a run of \`node -e 0\`; ratio is the median of the per-pair ratios.`,
    '',
    resultsTable(rows),
    '',
    'How the time above bare Node grows with the number of roles:',
    '',
    ...growthLines(rows),
    ...(notes.length > 0 ? ['', ...notes.map((note) => `- ${note}`)] : []),
    '',
  ].join('\n');
}

/** Puts the new section above the earlier ones; the text before the marker is kept as it is. */
export function addToResultsFile(path, section) {
  const heading = `# Benchmark results\n\n<!-- markdownlint-disable MD013 -->\n\nWritten by \`npm run bench\` (bench/run.mjs). Each run adds a section at the top of the list below and keeps the earlier ones for comparison.\n\n${MARKER}\n`;
  const current = existsSync(path) ? readFileSync(path, 'utf8') : heading;
  const at = current.indexOf(MARKER);
  const [head, rest] = at < 0 ? [heading, `\n${current}`] : [current.slice(0, at + MARKER.length + 1), current.slice(at + MARKER.length + 1)];
  writeFileSync(path, `${head}\n${section}${rest.startsWith('\n') ? rest : `\n${rest}`}`.replace(/\n{3,}/g, '\n\n').replace(/\n+$/, '\n'));
}
