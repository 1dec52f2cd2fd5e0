/** A finding of the importer tied to a line of the source text (0 when it concerns the whole text). */
export interface ImportProblem {
  line: number;
  message: string;
}
