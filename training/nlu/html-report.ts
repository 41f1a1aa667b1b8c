/**
 * A self-contained HTML report of one evaluation: headline numbers, per-intent P/R/F1 as a table and
 * an inline SVG bar chart, the confusion matrix as a heat-mapped table, and the worst mistakes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Evaluation } from './evaluate';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const fixed = (x: number) => x.toFixed(3);

function f1Chart(evaluation: Evaluation): string {
  const rows = evaluation.perClass.filter((m) => m.support > 0).sort((a, b) => a.f1 - b.f1);
  const barHeight = 16;
  const labelWidth = 230;
  const width = 720;
  const bars = rows
    .map((m, i) => {
      const y = i * (barHeight + 4);
      const w = Math.max(1, m.f1 * (width - labelWidth - 60));
      const colour = m.f1 >= 0.9 ? '#2e7d32' : m.f1 >= 0.75 ? '#f9a825' : '#c62828';
      return `<text x="${labelWidth - 6}" y="${y + 12}" text-anchor="end" font-size="12">${escapeHtml(m.label)}</text><rect x="${labelWidth}" y="${y}" width="${w.toFixed(1)}" height="${barHeight}" fill="${colour}"/><text x="${labelWidth + w + 4}" y="${y + 12}" font-size="11">${fixed(m.f1)}</text>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${rows.length * (barHeight + 4)}" role="img" aria-label="F1 per intent">${bars}</svg>`;
}

function confusionTable(evaluation: Evaluation): string {
  const { labels, confusion } = evaluation;
  if (labels.length > 60) return '<p>Confusion matrix omitted: more than 60 labels (see the JSON output).</p>';
  const max = Math.max(1, ...confusion.flat());
  const head = labels.map((l) => `<th class="rot"><div>${escapeHtml(l)}</div></th>`).join('');
  const body = confusion
    .map((row, g) => {
      const cells = row
        .map((n, p) => {
          const alpha = n === 0 ? 0 : 0.15 + 0.85 * (n / max);
          const hue = g === p ? '46,125,50' : '198,40,40';
          return `<td style="background:rgba(${hue},${alpha.toFixed(2)})">${n || ''}</td>`;
        })
        .join('');
      return `<tr><th>${escapeHtml(labels[g]!)}</th>${cells}</tr>`;
    })
    .join('');
  return `<table class="cm"><tr><th>gold \\ predicted</th>${head}</tr>${body}</table>`;
}

export function renderReport(title: string, evaluation: Evaluation, meta: Record<string, string>): string {
  const headline: [string, string][] = [
    ['examples', String(evaluation.count)],
    ['accuracy', fixed(evaluation.accuracy)],
    ['macro-F1', fixed(evaluation.macroF1)],
    ['in-scope accuracy', fixed(evaluation.inScopeAccuracy)],
    ['out-of-scope recall', evaluation.outOfScopeRecall === null ? 'n/a' : fixed(evaluation.outOfScopeRecall)],
    ...Object.entries(meta),
  ];
  const perClass = evaluation.perClass
    .map(
      (m) =>
        `<tr><td>${escapeHtml(m.label)}</td><td>${fixed(m.precision)}</td><td>${fixed(m.recall)}</td><td>${fixed(m.f1)}</td><td>${m.support}</td></tr>`,
    )
    .join('');
  const mistakes = evaluation.predictions
    .filter((p) => p.predicted !== p.gold)
    .sort((a, b) => b.score - a.score)
    .slice(0, 50)
    .map(
      (p) =>
        `<tr><td>${escapeHtml(p.text)}</td><td>${escapeHtml(p.gold)}</td><td>${escapeHtml(p.predicted)}</td><td>${fixed(p.score)}</td></tr>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>
body{font:14px system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}
td,th{border:1px solid #ddd;padding:3px 6px;text-align:left}.cm td{text-align:center;min-width:1.6em}
th.rot{height:140px;white-space:nowrap;vertical-align:bottom}th.rot div{transform:rotate(-60deg);width:1.6em}
</style></head><body><h1>${escapeHtml(title)}</h1>
<table>${headline.map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join('')}</table>
<h2>F1 per intent</h2>${f1Chart(evaluation)}
<h2>Precision, recall, F1</h2><table><tr><th>intent</th><th>precision</th><th>recall</th><th>F1</th><th>support</th></tr>${perClass}</table>
<h2>Confusion matrix</h2>${confusionTable(evaluation)}
<h2>Most confident mistakes</h2><table><tr><th>text</th><th>gold</th><th>predicted</th><th>score</th></tr>${mistakes}</table>
</body></html>`;
}

export function writeReport(dir: string, name: string, html: string): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.html`);
  writeFileSync(file, html);
  return file;
}
