/**
 * The report model (a header, sections with typed columns, rows streamed one at a time) and its two writers:
 * Excel workbooks with POI's streaming SXSSF and A4 PDFs with OpenPDF and an embedded DejaVu Sans. Pure classes
 * without a container, so that what they write can be re-opened and checked in plain unit tests. Neither knows
 * a language: the words they add come in {@link fi.koto.report.writer.ReportLabels}.
 */
package fi.koto.report.writer;
