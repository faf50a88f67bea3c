/**
 * The framework's verdict in the review (issue #3 item 4): for each LLM decision, the signals found on
 * the knowledge side and the behaviour side with their quoted evidence, what they point to (SPEC §6.1
 * `recommendation`) and whether the chosen approach agrees, as a compact table; above it one Mermaid
 * `quadrantChart` (knowledge need × behaviour need) that GitHub renders. Rendered from the report
 * alone; every PR-derived string is escaped, and chart labels are short ids from a safe alphabet
 * (the table maps them to paths). The section stays within a size budget: past a few rows the table
 * folds into `<details>`, the chart plots at most `MAX_CHART_POINTS` points, and rows that do not fit
 * are counted.
 */
import type { Report } from './report-types.js';
import { escapeHtml, escapeMarkdown, inlineCode } from './escape-markdown.js';
import { pluralize } from './severity.js';
import {
  SIGNALS_PER_AXIS,
  toVerdicts,
  type Agreement,
  type ChosenApproach,
  type Recommendation,
  type Verdict,
  type VerdictSignal,
} from './to-verdicts.js';

/** Characters the verdict section may take in the full comment (about a third of GitHub's 65,536). */
export const VERDICT_MAX_CHARS = 20_000;

/** Characters the verdict section may take when the comment has to be compact. */
export const VERDICT_COMPACT_MAX_CHARS = 6_000;

/** Table rows shown open in the comment; a longer table folds into `<details>`. */
export const VERDICT_OPEN_ROWS = 5;

/** Distinct points on the quadrant chart; decisions at the same place share one point. */
export const MAX_CHART_POINTS = 20;

/** Decision labels named on one chart point before `+N` (short: a label on an edge must not be clipped). */
export const MAX_LABELS_PER_POINT = 1;

/** Signals listed per side in one table cell of the comment; the rest are counted (the job summary lists all). */
export const MAX_SIGNALS_PER_CELL = 3;

/** Evidence quotes in the verdict table are cut to this many characters. */
export const VERDICT_QUOTE_CHARS = 80;

export interface VerdictOptions {
  /** The heading line, e.g. `### The framework's verdict`. */
  heading: string;
  /** `full`: each signal with its line and quote; `compact`: signal names only. Default `full`. */
  detail?: 'full' | 'compact';
  /** Rows shown open; a longer table folds into `<details>`. Default `VERDICT_OPEN_ROWS`. */
  openRows?: number;
  /** Size budget of the whole section, in the unit of `measure`. Default `VERDICT_MAX_CHARS`. */
  maxSize?: number;
  /** How the budget is measured (characters by default; the job summary counts bytes). */
  measure?: (text: string) => number;
  /** Signals listed per side in a cell. Default `MAX_SIGNALS_PER_CELL`. */
  signalsPerSide?: number;
  /** Where rows left out can be found (already escaped Markdown), e.g. `the job summary and the JSON report list them all`. */
  moreHint?: string;
}

const SHORT_APPROACH: Readonly<Record<ChosenApproach, string>> = {
  rag: 'RAG',
  'fine-tuning': 'fine-tuning',
  hybrid: 'hybrid',
  prompting: 'prompting',
  'continued-pretraining': 'continued pre-training',
};

const AGREEMENT_ICON: Readonly<Record<Agreement, string>> = { agrees: '✅', differs: '⚠️', 'no-decision': '➖' };

/** Mermaid accepts `1`, `0` or `0.d+` as a coordinate (never `1.0`). */
export function formatCoordinate(value: number): string {
  if (!(value > 0)) return '0';
  if (value >= 1) return '1';
  return value.toFixed(3).replace(/0+$/, '');
}

interface ChartPoint {
  x: number;
  y: number;
  labels: string[];
}

/** Decisions grouped by place, in table order, at most `MAX_CHART_POINTS` places. */
function chartPoints(verdicts: readonly Verdict[]): { points: ChartPoint[]; left: number } {
  const byPlace = new Map<string, ChartPoint>();
  let left = 0;
  for (const verdict of verdicts) {
    const key = `${verdict.x},${verdict.y}`;
    const point = byPlace.get(key);
    if (point) point.labels.push(verdict.label);
    else if (byPlace.size < MAX_CHART_POINTS) byPlace.set(key, { x: verdict.x, y: verdict.y, labels: [verdict.label] });
    else left += 1;
  }
  return { points: [...byPlace.values()], left };
}

function pointLabel(labels: readonly string[]): string {
  const named = labels.slice(0, MAX_LABELS_PER_POINT).join(', ');
  const more = labels.length - MAX_LABELS_PER_POINT;
  return more > 0 ? `${named} +${more}` : named;
}

/**
 * Room around the quadrants for the labels of decisions on an edge (no signal on a side puts a point
 * on the axis): without it they run into the axis titles. A directive, which every Mermaid version
 * GitHub has used reads; unknown keys are ignored.
 */
const CHART_CONFIG =
  '%%{init: {"quadrantChart": {"chartWidth": 560, "chartHeight": 500, "quadrantPadding": 50, "pointLabelFontSize": 13, "xAxisLabelFontSize": 14, "yAxisLabelFontSize": 14}}}%%';

/**
 * The Mermaid quadrant chart: x = knowledge need, y = behaviour need, each signal count ÷ 8 capped
 * at 1 (SPEC §6.1). Quadrant 1 is top right. Every line is fixed text or a label from the safe
 * alphabet, so nothing from the pull request reaches Mermaid's parser.
 */
export function renderQuadrantChart(verdicts: readonly Verdict[]): { chart: string; left: number } {
  const { points, left } = chartPoints(verdicts);
  const lines = [
    '```mermaid',
    CHART_CONFIG,
    'quadrantChart',
    '  title Knowledge need × behaviour need',
    '  x-axis Low knowledge need --> High knowledge need',
    '  y-axis Low behaviour need --> High behaviour need',
    '  quadrant-1 Hybrid',
    '  quadrant-2 Fine-tuning',
    '  quadrant-3 Prompting',
    '  quadrant-4 RAG',
    ...points.map((point) => `  ${pointLabel(point.labels)}: [${formatCoordinate(point.x)}, ${formatCoordinate(point.y)}]`),
    '```',
  ];
  return { chart: lines.join('\n'), left };
}

interface CellOptions {
  detail: 'full' | 'compact';
  perSide: number;
}

function signalName(signal: VerdictSignal): string {
  return signal.label ?? escapeMarkdown(signal.fact, { maxLength: 60, table: true });
}

/**
 * One side's signals for a table cell. Full: each with its line and quote, signals quoting the same
 * line and text sharing one quote (a manifest's `behavior:` list); compact: names only.
 */
function sideCell(side: string, signals: readonly VerdictSignal[], { detail, perSide }: CellOptions): string {
  if (signals.length === 0) return `**${side}:** none`;
  // Never "and 1 more": one more entry costs what the note would.
  const limit = signals.length === perSide + 1 ? signals.length : perSide;
  const shown = signals.slice(0, limit);
  const more = signals.length - shown.length;
  const tail = more > 0 ? ` and ${more} more` : '';
  if (detail === 'compact') return `**${side} (${signals.length}):** ${shown.map(signalName).join(', ')}${tail}`;
  const groups: { names: string[]; line: number; quote: string }[] = [];
  for (const signal of shown) {
    const quote = escapeMarkdown(signal.text, { table: true, maxLength: VERDICT_QUOTE_CHARS });
    const same = quote ? groups.find((group) => group.line === signal.line && group.quote === quote) : undefined;
    if (same) same.names.push(signalName(signal));
    else groups.push({ names: [signalName(signal)], line: signal.line, quote });
  }
  const items = groups.map((group) =>
    group.quote ? `${group.names.join(', ')} (line ${group.line}: “${group.quote}”)` : group.names.join(', '),
  );
  return `**${side} (${signals.length}):** ${items.join('; ')}${tail}`;
}

function signalsCell(verdict: Verdict, cells: CellOptions): string {
  return [sideCell('Knowledge', verdict.knowledge, cells), sideCell('Behaviour', verdict.behavior, cells)].join('<br>');
}

function decisionCell(verdict: Verdict, { detail }: CellOptions): string {
  const parts = [inlineCode(verdict.document.path, { table: true })];
  const title = verdict.document.facts['adr.title'];
  if (detail === 'full' && typeof title === 'string' && title.trim() !== '') {
    parts.push(escapeMarkdown(title, { table: true, maxLength: 80 }));
  }
  if (verdict.status) parts.push(`_${verdict.status}_`);
  return parts.join('<br>');
}

function approachCell(approach: ChosenApproach | undefined): string {
  return approach ? SHORT_APPROACH[approach] : '—';
}

function recommendationCell(recommendation: Recommendation): string {
  return `**${SHORT_APPROACH[recommendation]}**`;
}

function agreementCell(verdict: Verdict): string {
  const icon = AGREEMENT_ICON[verdict.agreement];
  if (verdict.agreement === 'agrees') return `${icon} agrees`;
  if (verdict.agreement === 'no-decision') return `${icon} no decision yet`;
  const reason = verdict.reason ? `: ${escapeMarkdown(verdict.reason, { table: true, maxLength: 400 })}` : '';
  return `${icon} differs${reason}`;
}

const TABLE_HEAD = ['| Chart | Decision | Signals found | Recommended | Chosen | Verdict |', '|---|---|---|---|---|---|'].join('\n');

function tableRow(verdict: Verdict, cells: CellOptions): string {
  return `| ${[
    verdict.label,
    decisionCell(verdict, cells),
    signalsCell(verdict, cells),
    recommendationCell(verdict.recommendation),
    approachCell(verdict.approach),
    agreementCell(verdict),
  ].join(' | ')} |`;
}

function count(verdicts: readonly Verdict[], agreement: Agreement): number {
  return verdicts.filter((verdict) => verdict.agreement === agreement).length;
}

function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** `2 differ, 1 agrees and 1 has no decision yet`: only the kinds present; `long` says against what, for prose. */
function agreementCounts(verdicts: readonly Verdict[], long = false): string {
  const differs = count(verdicts, 'differs');
  const agrees = count(verdicts, 'agrees');
  const undecided = count(verdicts, 'no-decision');
  const their = (n: number): string => (n === 1 ? 'its' : 'their');
  const parts: string[] = [];
  if (differs) {
    const text = `${differs} ${differs === 1 ? 'differs' : 'differ'}`;
    parts.push(long ? `**${text}** from what ${their(differs)} signals point to` : text);
  }
  if (agrees) {
    const text = `${agrees} ${agrees === 1 ? 'agrees' : 'agree'}`;
    parts.push(long && !differs ? `${text} with what ${their(agrees)} signals point to` : text);
  }
  if (undecided) parts.push(`${undecided} ${undecided === 1 ? 'has' : 'have'} no decision yet`);
  return joinAnd(parts);
}

function lead(verdicts: readonly Verdict[]): string {
  const framework =
    'Retrieval changes what a model **knows**, fine-tuning how it **behaves**: knowledge-side signals point to RAG, behaviour-side signals to fine-tuning, both to a hybrid, neither to prompting.';
  let tally: string;
  if (verdicts.length === 1) {
    const only = verdicts[0]?.agreement;
    tally =
      only === 'differs'
        ? '**The LLM decision differs** from what its signals point to.'
        : only === 'agrees'
          ? 'The LLM decision agrees with what its signals point to.'
          : 'The LLM decision chooses no approach yet.';
  } else {
    tally = `Of ${pluralize(verdicts.length, 'LLM decision')}, ${agreementCounts(verdicts, true)}.`;
  }
  return `${framework} ${tally}`;
}

function caption(verdicts: readonly Verdict[], left: number): string {
  const plotted =
    left > 0
      ? ` The chart shows ${verdicts.length - left} of ${verdicts.length} decisions (at most ${MAX_CHART_POINTS} points); the table lists them.`
      : '';
  return `<sub>Each decision sits at (knowledge-side signals ÷ ${SIGNALS_PER_AXIS}, behaviour-side signals ÷ ${SIGNALS_PER_AXIS}), capped at 1. One signal on a side already counts for the recommendation, so a decision near the lower left may still point to RAG or fine-tuning: the table has the verdict.${plotted}</sub>`;
}

function folded(verdicts: readonly Verdict[], table: string): string {
  return [
    '<details>',
    `<summary>Verdict table: ${escapeHtml(`${pluralize(verdicts.length, 'LLM decision')} (${agreementCounts(verdicts)})`)}</summary>`,
    '',
    table,
    '',
    '</details>',
  ].join('\n');
}

/**
 * The verdict section for the report's LLM decisions (ADRs with `adr.llmRelated`, manifests), or
 * undefined when there is none. Never larger than `maxSize`: rows that do not fit are counted; when
 * not even the chart fits, only the tally is left, and when not even that, nothing.
 */
export function renderVerdict(report: Report, opts: VerdictOptions): string | undefined {
  const verdicts = toVerdicts(report.documents);
  if (verdicts.length === 0) return undefined;
  const openRows = opts.openRows ?? VERDICT_OPEN_ROWS;
  const maxSize = opts.maxSize ?? VERDICT_MAX_CHARS;
  const measure = opts.measure ?? ((text: string) => text.length);
  const { chart, left } = renderQuadrantChart(verdicts);
  const cells: CellOptions = { detail: opts.detail ?? 'full', perSide: Math.max(1, opts.signalsPerSide ?? MAX_SIGNALS_PER_CELL) };
  const rows = verdicts.map((verdict) => tableRow(verdict, cells));

  const build = (shown: number): string => {
    const hidden = verdicts.length - shown;
    const table = shown > 0 ? [TABLE_HEAD, ...rows.slice(0, shown)].join('\n') : '';
    const note =
      hidden > 0
        ? `_… and ${pluralize(hidden, 'more LLM decision')} left out to keep this within GitHub's size limit${opts.moreHint ? `: ${opts.moreHint}` : ''}._`
        : undefined;
    const body = [table, note].filter(Boolean).join('\n\n');
    const blocks = [
      opts.heading,
      lead(verdicts),
      chart,
      caption(verdicts, left),
      verdicts.length > openRows && body ? folded(verdicts, body) : body,
    ];
    return blocks.filter(Boolean).join('\n\n');
  };

  let low = 0;
  let high = rows.length;
  if (measure(build(high)) <= maxSize) return build(high);
  if (measure(build(0)) > maxSize) {
    const minimal = [opts.heading, lead(verdicts)].join('\n\n');
    return measure(minimal) <= maxSize ? minimal : undefined;
  }
  // Sizes grow with the rows shown: binary-search the most that fit.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(build(mid)) <= maxSize) low = mid;
    else high = mid - 1;
  }
  return build(low);
}
