package fi.koto.report.batch;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import java.util.Properties;

/** The name and parameter of the report job. */
public final class ReportJob {

    public static final String NAME = "report";
    public static final String REPORT_ID = "reportId";

    private ReportJob() {
    }

    public static Properties parameters(long reportId) {
        Properties p = new Properties();
        p.setProperty(REPORT_ID, String.valueOf(reportId));
        return p;
    }

    /** Starts the job for a stored report row; the job execution's id. */
    public static long start(long reportId) {
        return BatchRuntime.getJobOperator().start(NAME, parameters(reportId));
    }

    static long reportId(JobContext job) {
        return Long.parseLong(BatchRuntime.getJobOperator().getParameters(job.getExecutionId())
                .getProperty(REPORT_ID));
    }
}
