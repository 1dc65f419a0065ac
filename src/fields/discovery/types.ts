import type { BoardEstimation, JiraFieldInfo, LogicalField, ProjectStyleInfo } from '../logical-fields';

export interface DiscoveryInput {
  fields: JiraFieldInfo[];
  boards: BoardEstimation[];
  projects: ProjectStyleInfo[];
}

export interface Candidate {
  fieldId: string;
  fieldName: string;
  /** 0..1, two decimals. */
  confidence: number;
  /** Short sentences naming the evidence, strongest first. */
  reasons: string[];
}

export interface Suggestion {
  logical: LogicalField;
  /** Null when no candidate reaches the suggestion threshold. */
  fieldId: string | null;
  confidence: number;
  reasons: string[];
  /** The other candidates, best first. */
  alternatives: Candidate[];
  /** The admin has a real choice to make: a close second, disagreeing boards, or a legacy Epic Link field. */
  ambiguous: boolean;
}

export interface BoardDisagreement {
  logical: 'storyPoints';
  /** Most used first. */
  byField: Array<{ fieldId: string; fieldName: string; boardIds: number[] }>;
}

export interface DiscoveryResult {
  suggestions: Record<LogicalField, Suggestion>;
  boardDisagreement: BoardDisagreement | null;
}
