-- Issues 4 and 7: crash recovery of batch jobs. Which instance runs an import or a report and when the job last
-- showed it was alive (heartbeat: each chunk, each step of progress), so that an instance starting up can tell the
-- jobs of a dead process (left STARTED for ever) from those another, living instance is running. Rows written
-- before this migration have neither; they are judged by their creation time.
-- Written for both PostgreSQL and H2 (PostgreSQL mode).

alter table placement_import add column instance varchar(200);
alter table placement_import add column heartbeat_at timestamp with time zone;
-- Why the import failed as a whole, as a message key (rejected rows have their own reasons in placement_import_error).
alter table placement_import add column failure_key varchar(100);
create index placement_import_status_idx on placement_import (status);

alter table report_request add column instance varchar(200);
alter table report_request add column heartbeat_at timestamp with time zone;
create index report_request_status_idx on report_request (status);
