package fi.koto.report.boundary;

import java.io.Serializable;

/** A report type with its label and description in the asker's language. */
public record ReportTypeView(String id, String label, String description) implements Serializable {}
