/** The inputs of one analysis: already-read files (the core never touches the file system). */
import type { TrainingDataScan } from '../extract/data/create-training-data-scanner.js';
import type { Suppression } from '../facts/types.js';
import type { Policy } from '../policy/policy-types.js';
import type { Finding, PullRequestInfo } from '../report/report-types.js';

export type FileRole = 'adr' | 'config' | 'data';

export interface SourceFile {
  path: string;
  /** The file's text; empty for training data that the edge streamed through the scanner (`scan`). */
  text: string;
  /** Training data scanned line by line at the edge (never held whole): the core builds the document from it. */
  scan?: TrainingDataScan;
  /** How discovery matched it; `explicit` files were named on the command line or by an explicit include glob. */
  role: FileRole;
  explicit?: boolean;
}

export interface AnalyzeInput {
  /** Every candidate file of the repository (linking sees them all, whatever the scope). */
  files: SourceFile[];
  /** Paths that receive findings; undefined = all. */
  scope?: ReadonlySet<string>;
  policy: Policy;
  repository: string;
  version: string;
  pullRequest?: PullRequestInfo;
  /** The run's date, for suppression expiry (UTC). */
  now: Date;
  notes?: string[];
  /** Findings made at the edges (policy-changed, invalid-policy), merged into the report. */
  extraFindings?: Finding[];
  /**
   * True for a suppression the pull request adds (absent from the base version of its file): it takes effect only
   * after merge, so the finding stays open and says so (SPEC §3).
   */
  isPendingSuppression?: (path: string, suppression: Suppression) => boolean;
}
