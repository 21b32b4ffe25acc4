/** What a section parser says about the text it read, before the record's name is put in front. */
export interface SectionWarning {
  kind:
    | 'documents-empty-table'
    | 'documents-outside-rows'
    | 'documents-unknown-count'
    | 'documents-form-only'
    | 'documents-form-unsplit'
    | 'documents-no-name'
    | 'legal-basis-no-number'
    | 'legal-basis-no-header'
    | 'result-unreadable';
  message: string;
}

/** How a section came out: absent, read into structure, or kept as text only. */
export type SectionOutcome = 'absent' | 'none' | 'structured' | 'text';

export interface Parsed<T> {
  value?: T;
  outcome: SectionOutcome;
  warnings: SectionWarning[];
}
