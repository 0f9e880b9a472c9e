-- Per patient: where they stood on the day in as_of, the figures of the therapist's home and of the
-- alerts (adherence over 14 days, days without a log, pain in the last 7 days, ...). Computed once
-- and kept: a write that changes them (a session saved, changed or removed, a next-morning answer,
-- a program version published) marks the row stale (as_of null) and bumps generation in the
-- writer's transaction; the next reader computes the row again and stores it only if generation
-- has not moved meanwhile. A row of an earlier day is stale too (the 14-day window moved).
create table patient_standing (
    patient_id             bigint           not null primary key references patient (id),
    generation             bigint           not null default 0,
    as_of                  date,
    has_program            boolean          not null default false,
    adherence14            int,
    days_without_log       int              not null default 0,
    last_session           date,
    worse_twice            boolean          not null default false,
    max_pain7              int,
    mean_pain7             double precision,
    first_session          date,
    first_week_pain        double precision,
    first_published        date,
    scheduled_days_so_far  int              not null default 0
);

insert into patient_standing (patient_id) select id from patient;
