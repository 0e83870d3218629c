-- Backups taken by src/ops/backup.sh report here, so that admins see on the operations page when the
-- last one was taken, whichever node they ask.
create table backup_report (
    id bigint generated always as identity primary key,
    taken_at timestamptz not null default now(),
    file_name text not null,
    size_bytes bigint not null,
    duration_ms bigint not null,
    constraint backup_report_size_valid check (size_bytes >= 0),
    constraint backup_report_duration_valid check (duration_ms >= 0),
    constraint backup_report_file_name_length check (length(file_name) <= 1000)
);
