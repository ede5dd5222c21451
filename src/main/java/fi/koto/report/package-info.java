/**
 * Quarterly and annual reports (issue 5; catalogue in reports/README.md). A report is asked for through
 * {@code boundary.Reports} (REST and the reports page) or produced by {@code boundary.ReportSchedule}, and written
 * by the Jakarta Batch job {@code report}: first the figures ({@code control.Snapshots}: a period that is over is
 * read from its snapshot, taken once, so a regenerated past report shows the same figures after corrections; a
 * running period is captured live), then the file ({@code control.ReportComposer} streams each section of the
 * report type's {@code control.ReportDefinition} through the writers of {@code writer}). The figures are read
 * within the scope the person had when asking, through {@link fi.koto.reference.control.ScopeFilter}.
 */
package fi.koto.report;
