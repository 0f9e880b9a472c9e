-- Per patient: first and latest session day and the pain during the week from the first session,
-- kept up to date on every session write, so the therapist's home needs no scan of all logs.
create table patient_log_summary (
    patient_id               bigint  not null primary key references patient (id),
    first_day                date    not null,
    last_day                 date    not null,
    first_week_pain_sum      int     not null,
    first_week_pain_count    int     not null
);

insert into patient_log_summary (patient_id, first_day, last_day, first_week_pain_sum, first_week_pain_count)
select f.patient_id, f.first_day, f.last_day,
       coalesce((select sum(e.pain) from session_log s join exercise_log e on e.session_id = s.id
                 where s.patient_id = f.patient_id and s.session_date < f.first_day + interval '7' day), 0),
       (select count(e.pain) from session_log s join exercise_log e on e.session_id = s.id
        where s.patient_id = f.patient_id and s.session_date < f.first_day + interval '7' day)
from (select patient_id, min(session_date) as first_day, max(session_date) as last_day
      from session_log group by patient_id) f;
