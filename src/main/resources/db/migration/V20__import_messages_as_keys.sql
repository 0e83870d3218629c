-- An import's problems and the reason it was refused or failed are kept as message keys with their
-- arguments (a JSON array, importing/StoredMessages), so that each reader reads them in their own
-- language; rows written before this hold text, which is still read as it is. The JSON of a refusal
-- can be longer than its text was.
alter table import_batch alter column message type text;
comment on column import_batch.message is 'Why the import was refused or failed: JSON of message keys and arguments (older rows: text)';
comment on column import_row.problems is 'The row''s problems: JSON of message keys and arguments (older rows: one text per line)';
