package fi.koto.report.boundary;

import java.nio.file.Path;

/**
 * A report's file ready to be sent: a temporary copy (the sender deletes it when done), its name and media type.
 */
public record ReportFile(String filename, String mediaType, long size, Path path) {}
