/** The findings' list and filters, fetched with the first Validera (App.tsx), not with the pane. */
export { FindingFilters } from './FindingFilters';
export { FindingList } from './FindingList';
