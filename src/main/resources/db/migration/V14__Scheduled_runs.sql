-- Claims of scheduled runs: every instance of a cluster fires a job's timer, and the one whose insert of
-- (job, period) succeeds does the run (fi.koto.platform.schedule). The period is the business period the run covers
-- (e.g. '2026-11-23' for a daily job), so instances agree on it whatever millisecond their timers fired.
CREATE TABLE scheduled_run (
    job        VARCHAR(60)              NOT NULL,
    period     VARCHAR(40)              NOT NULL,
    instance   VARCHAR(200)             NOT NULL,
    claimed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT scheduled_run_pk PRIMARY KEY (job, period)
);
CREATE INDEX scheduled_run_claimed_at ON scheduled_run (claimed_at);
