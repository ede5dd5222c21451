package fi.koto.report.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import java.util.Properties;

/** The name and parameter of the report job. */
public final class ReportJob {

    public static final String NAME = "report";
    public static final String REPORT_ID = "reportId";

    private ReportJob() {}

    public static Properties parameters(long reportId) {
        Properties p = new Properties();
        p.setProperty(REPORT_ID, String.valueOf(reportId));
        return p;
    }

    /** Starts the job for a stored report row; the job execution's id. */
    public static long start(long reportId) {
        return Operator.INSTANCE.start(NAME, parameters(reportId));
    }

    /**
     * The report's id, from the job's properties: report.xml copies the job parameter there, so the step and the
     * listener need no query of the batch runtime's tables to learn it.
     */
    static long reportId(JobContext job) {
        return Long.parseLong(job.getProperties().getProperty(REPORT_ID));
    }

    /**
     * One job operator for the application: {@link BatchRuntime#getJobOperator()} makes a new one at every call,
     * looking up the batch runtime's services again (a sixth of the time a request for a report took in the
     * server). The operator keeps no state of its own between calls.
     */
    private static final class Operator {
        static final JobOperator INSTANCE = BatchRuntime.getJobOperator();
    }
}
