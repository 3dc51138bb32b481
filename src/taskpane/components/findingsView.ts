/** The findings' list, filters and export tables, fetched with the first Validera (App.tsx), not with the pane. */
export { FindingFilters } from './FindingFilters';
export { FindingList } from './FindingList';
export { findingsHtml, findingsSheetLayout, findingsTsv } from '../../domain/export/findings';
