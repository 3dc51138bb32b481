/** The example workbook of the 2011 IS/IT plan: clean, or with the documented problems. */
export { examplePlanWorkbook, ACTION_COLUMNS } from './tables';
export { examplePlanWorkbookWithProblems, PROBLEM_EDITS } from './withProblems';
export type { ProblemEdit } from './withProblems';
export { EXAMPLE_PROBLEMS, EXAMPLE_TRAPS } from './problems';
export type { ExampleProblem } from './problems';
export type { PlanWorkbook, PlanTable, PlanColumn, PlanCell, ColumnKind } from './workbook';
