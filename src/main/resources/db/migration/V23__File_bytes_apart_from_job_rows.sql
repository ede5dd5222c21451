-- A report's file and an import's uploaded file, moved out of the rows their jobs update. H2 keeps bytea (BINARY
-- VARYING) inside the row, so every progress update of a report or an import rewrote the page holding the file and
-- every poll of its status read it again: the report benchmark's server allocated about 75 MB per report in H2's
-- page writes and reads, more with every report in the archive. PostgreSQL moves large values out of line by itself
-- (TOAST), so for it the tables only keep the bytes apart; the same pattern as document_content (V9).
create table report_file (
    report_id  bigint not null primary key references report_request (id) on delete cascade,
    content    bytea  not null
);
insert into report_file (report_id, content) select id, content from report_request where content is not null;
alter table report_request drop column content;

create table placement_import_file (
    import_id  bigint not null primary key references placement_import (id) on delete cascade,
    content    bytea  not null
);
insert into placement_import_file (import_id, content)
    select id, content from placement_import where content is not null;
alter table placement_import drop column content;
