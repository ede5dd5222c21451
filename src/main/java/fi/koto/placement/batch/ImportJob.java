package fi.koto.placement.batch;

import fi.koto.placement.control.ImportFileCheck;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import java.util.Properties;

/** The name and parameters of the placement import job. */
public final class ImportJob {

    public static final String NAME = "placement-import";
    public static final String IMPORT_ID = "importId";
    public static final String IMPORTER = "importer";
    public static final String MEDIA_TYPE = "mediaType";

    private ImportJob() {}

    public static Properties parameters(long importId, String importer, String mediaType) {
        Properties p = new Properties();
        p.setProperty(IMPORT_ID, String.valueOf(importId));
        p.setProperty(IMPORTER, importer);
        p.setProperty(MEDIA_TYPE, mediaType);
        return p;
    }

    static Properties parameters(JobContext job) {
        JobOperator operator = BatchRuntime.getJobOperator();
        return operator.getParameters(job.getExecutionId());
    }

    static long importId(JobContext job) {
        return Long.parseLong(parameters(job).getProperty(IMPORT_ID));
    }

    static ImportFileCheck.Format format(Properties parameters) {
        return ImportFileCheck.XLSX.equals(parameters.getProperty(MEDIA_TYPE))
                ? ImportFileCheck.Format.XLSX
                : ImportFileCheck.Format.CSV;
    }
}
