// index.d.ts — types of @storylens/core: the API and the analysis object (`storylens.analysis/1`,
// docs/schema.md). Offsets (`start`, `end`) are UTF-8 byte offsets into `text`, half-open.

export interface Span { text: string; start: number; end: number; }
export interface Range { start: number; end: number; }

export type DctOrigin = 'given' | 'metadata' | 'inferred' | 'none';

export interface Source {
  format: 'text' | 'html' | 'json';
  headline: string | null;
  byline: string | null;
  url: string | null;
  published: string | null;
  dateline: { text: string; location: string; date: string | null; start: number; end: number } | null;
  dct: { value: string; origin: DctOrigin };
}

export interface Paragraph { id: number; start: number; end: number; }
export interface Sentence { id: number; start: number; end: number; paragraph: number; }

export interface Timex {
  id: number; text: string; start: number; end: number;
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  value: string; mod: string | null; sentence: number;
  anchor: number | null;  // the timex it was resolved against; null: the publication date
}

export interface When { value: string; mod: string | null; timex: number | null; }

export interface StoryEvent {
  id: number; sentence: number; text: string; start: number; end: number;
  when: When | null;
  interval: { start: string; end: string; precision: string } | null;
  participants: number[];    // entity ids
  reported_by: number | null;  // claim id
  mentions: Range[];
}

export interface Relation { before: number; after: number; cue: string; start: number; end: number; }

export interface Entity {
  id: number; name: string;
  type: 'PERSON' | 'ORG' | 'PLACE' | 'GROUP';
  aliases: string[];
  mentions: Array<Range & { sentence: number }>;
  role: string | null;
  organization: number | null;
}

export interface Figure {
  text: string; start: number; end: number; value: string; unit: string | null; mod: string | null; sentence: number;
}

export interface Claim {
  id: number;
  source: Span & { entity: number | null };
  /** the source leaves the speaker unnamed: "officials said", "a source close to the campaign" */
  anonymous: boolean;
  cue: Span;
  content: Span;
  kind: 'direct' | 'indirect' | 'mixed';
  parent: number | null;
  sentence: number;
  when: When | null;
  addressee: (Span & { entity: number | null }) | null;
  figures: Figure[];
  disputed_by: Span | null;
}

export interface Diagnostic {
  level: 'info' | 'warning' | 'error';
  code: string;
  message: string;
  start: number | null;
}

export interface Analysis {
  schema: 'storylens.analysis/1';
  text: string;
  source: Source;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  timexes: Timex[];
  events: StoryEvent[];
  timeline: number[];  // event ids, oldest first
  relations: Relation[];
  entities: Entity[];
  claims: Claim[];
  figures: Figure[];
  diagnostics: Diagnostic[];
}

export type InputFormat = 'auto' | 'text' | 'html' | 'json';

export interface AnalyzeOptions {
  /** Publication date YYYY-MM-DD that relative dates resolve against. */
  dct?: string;
  /** Input format; 'auto' (the default) detects by content. */
  format?: InputFormat;
}

export interface ExportFormat { name: string; extension: string; mime: string; }

export interface StorylensCore {
  analyze(text: string, options?: AnalyzeOptions): Analysis;
  formats(): ExportFormat[];
  export(text: string, format: string, options?: AnalyzeOptions): string;
}

/** Instantiates the WebAssembly module once; later calls return the same core. */
export function load(): Promise<StorylensCore>;

declare const _default: { load: typeof load };
export default _default;
