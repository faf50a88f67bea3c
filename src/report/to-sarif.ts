/**
 * The report as a SARIF 2.1.0 log (`sarif-file` input, `--format sarif`), for GitHub code scanning
 * (`github/codeql-action/upload-sarif`) and any SARIF viewer. Rendered from the report alone. Pure.
 *
 * - one run; the driver lists every rule the policy has on plus any rule a finding names (engine rules),
 *   with short and full descriptions, help text and Markdown (description, remedy) and `helpUri`;
 * - one result per finding (suppressed ones carry an `inSource` suppression with the reason), located at the
 *   finding's file and line relative to the repository root (`%SRCROOT%`); the other evidence quotes are
 *   related locations;
 * - `partialFingerprints` holds the finding's fingerprint (rule id, path and normalised evidence text), which
 *   survives line moves, so code scanning tracks one alert across pushes.
 */
import type { Finding, Report, ReportRule, Severity } from './report-types.js';
import { sanitizeText } from './escape-markdown.js';

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** The key of our fingerprint in `partialFingerprints` (versioned: a change of the fingerprint recipe bumps it). */
export const SARIF_FINGERPRINT_KEY = 'llmArchLintFingerprint/v1';
export const TOOL_URI = 'https://github.com/llm-arch-lint/llm-arch-lint';

type SarifLevel = 'error' | 'warning' | 'note' | 'none';

const LEVEL: Readonly<Record<Severity | 'off', SarifLevel>> = { error: 'error', warning: 'warning', notice: 'note', off: 'none' };

/** Every SARIF object this module writes, loosely typed (the schema test holds it to SARIF 2.1.0). */
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

export interface SarifRun {
  tool: { driver: SarifDriver };
  originalUriBaseIds: Record<string, { description: { text: string } }>;
  results: SarifResult[];
  properties?: Record<string, unknown>;
}

interface SarifDriver {
  name: string;
  version: string;
  semanticVersion?: string;
  informationUri: string;
  rules: SarifRule[];
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel; enabled: boolean };
  properties: { tags: string[] };
}

interface SarifLocation {
  physicalLocation: {
    artifactLocation: { uri: string; uriBaseId: '%SRCROOT%' };
    region: { startLine: number; snippet?: { text: string } };
  };
  message?: { text: string };
  id?: number;
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: SarifLocation[];
  relatedLocations?: SarifLocation[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: 'inSource'; justification: string }[];
}

/** Text for SARIF: no control characters (a document cannot drive a viewer's terminal), bounded. */
function text(value: string, max = 4000): string {
  const clean = sanitizeText(value);
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** `finetune-for-fresh-facts` → `FinetuneForFreshFacts` (SARIF's rule `name` is an identifier-like label). */
function ruleName(id: string): string {
  const name = id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
  return name || 'Rule';
}

/** A repository-relative path as a relative URI reference (each segment percent-encoded). */
export function toUri(path: string): string {
  return path
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+/, '')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

function safeHelpUri(uri: string | undefined): string | undefined {
  if (!uri) return undefined;
  try {
    const parsed = new URL(uri);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function toRule(rule: Pick<ReportRule, 'id' | 'severity' | 'title' | 'description' | 'remedy' | 'helpUri'>): SarifRule {
  const title = text(rule.title || rule.id, 1000);
  const description = text(rule.description || rule.title || rule.id);
  const remedy = text(rule.remedy);
  const helpUri = safeHelpUri(rule.helpUri);
  const helpText = [description, remedy ? `Remedy: ${remedy}` : '', helpUri ? `Documentation: ${helpUri}` : '']
    .filter(Boolean)
    .join('\n\n');
  const helpMarkdown = [
    `**${title}**`,
    description,
    remedy ? `**Remedy:** ${remedy}` : '',
    helpUri ? `[Rule documentation](${helpUri})` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: title },
    fullDescription: { text: description },
    help: { text: helpText, markdown: helpMarkdown },
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level: LEVEL[rule.severity] ?? 'warning', enabled: rule.severity !== 'off' },
    properties: { tags: ['llm-architecture', 'maintainability'] },
  };
}

function location(path: string, line: number, snippet?: string): SarifLocation {
  return {
    physicalLocation: {
      artifactLocation: { uri: toUri(path), uriBaseId: '%SRCROOT%' },
      region: { startLine: Number.isInteger(line) && line >= 1 ? line : 1, ...(snippet ? { snippet: { text: text(snippet, 1000) } } : {}) },
    },
  };
}

function toResult(finding: Finding, ruleIndex: number): SarifResult {
  const remedy = text(finding.remedy);
  const primary = finding.evidence.find((e) => e.path === finding.path && e.line === finding.line);
  const related = finding.evidence
    .filter((e) => e !== primary)
    .slice(0, 20)
    .map((e, i) => ({ ...location(e.path, e.line), id: i + 1, message: { text: text(e.text, 1000) || 'evidence' } }));
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity] ?? 'warning',
    message: { text: [text(finding.message) || text(finding.title), remedy ? `Remedy: ${remedy}` : ''].filter(Boolean).join(' ') },
    locations: [location(finding.path, finding.line, primary?.text)],
    ...(related.length > 0 ? { relatedLocations: related } : {}),
    partialFingerprints: { [SARIF_FINGERPRINT_KEY]: text(finding.fingerprint, 200) },
    ...(finding.suppressed ? { suppressions: [{ kind: 'inSource' as const, justification: text(finding.suppressed.reason, 1000) }] } : {}),
  };
}

/** The SARIF 2.1.0 log of a report. */
export function toSarif(report: Report): SarifLog {
  const rules: SarifRule[] = [];
  const index = new Map<string, number>();
  const addRule = (rule: Parameters<typeof toRule>[0]): number => {
    const known = index.get(rule.id);
    if (known !== undefined) return known;
    index.set(rule.id, rules.length);
    rules.push(toRule(rule));
    return rules.length - 1;
  };
  for (const rule of report.policy.rules) if (rule.severity !== 'off') addRule(rule);
  const results = report.findings.map((finding) =>
    toResult(
      finding,
      addRule({
        id: finding.ruleId,
        severity: finding.severity,
        title: finding.title,
        description: finding.title,
        remedy: finding.remedy,
        helpUri: finding.helpUri,
      }),
    ),
  );
  const semver = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(report.tool.version) ? report.tool.version : undefined;
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'llm-arch-lint',
            version: text(report.tool.version, 100),
            ...(semver ? { semanticVersion: semver } : {}),
            informationUri: TOOL_URI,
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The root of the repository.' } } },
        results,
        properties: { repository: text(report.repository, 300) },
      },
    ],
  };
}

/** The log as written to a file: two-space JSON with a trailing newline. */
export function toSarifJson(report: Report): string {
  return `${JSON.stringify(toSarif(report), null, 2)}\n`;
}
