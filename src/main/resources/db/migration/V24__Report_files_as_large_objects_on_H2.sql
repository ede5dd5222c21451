-- A report's file becomes a large object on H2 (${large_binary} is binary large object there and bytea on
-- PostgreSQL, where this changes nothing). H2 keeps a binary string (bytea) inside its row: storing a report of 1-2 MB
-- first wrote the stream as a temporary large object, read it back whole into memory to make the row, and then wrote
-- a page of that size; the report benchmark's server spent 15-80 ms per report there, and the page-sized arrays made
-- its collector start old-generation cycles. A large object is written once, in blocks, and read as a stream.
alter table report_file alter column content set data type ${large_binary};
