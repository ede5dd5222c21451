-- Issue 4: imports of realised placements from CSV or XLSX files, run as a Jakarta Batch chunk job.
-- Written for both PostgreSQL and H2 (PostgreSQL mode). Sequences start at 50 because EclipseLink reads a sequence
-- value as the last id of its block of 50. The file itself is kept, so a restarted job reads the same bytes.

create sequence placement_import_seq start with 50 increment by 50;
create table placement_import (
    id                bigint        not null primary key,
    importer          varchar(64)   not null,
    media_type        varchar(100)  not null,
    original_size     bigint        not null,
    content           bytea,
    status            varchar(20)   not null,
    total_rows        integer,
    rows_processed    integer       not null default 0,
    last_line         integer       not null default 0,
    accepted          integer       not null default 0,
    rejected          integer       not null default 0,
    job_execution_id  bigint,
    created_at        timestamp with time zone not null,
    finished_at       timestamp with time zone,
    version           bigint        not null default 0
);
create index placement_import_importer_idx on placement_import (importer);

-- One reason a row was rejected: its line in the file and a message key with its arguments.
create sequence placement_import_error_seq start with 50 increment by 50;
create table placement_import_error (
    id            bigint        not null primary key,
    import_id     bigint        not null references placement_import (id),
    line          integer       not null,
    message_key   varchar(100)  not null,
    message_args  varchar(2000)
);
create index placement_import_error_import_idx on placement_import_error (import_id, line);
